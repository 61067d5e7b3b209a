// Builds the task pane into dist/ and serves it at https://localhost:3000 for development.
//
// OFFICE_JS=local (e.g. `OFFICE_JS=local npm run build`) bundles Office.js from
// node_modules/@microsoft/office-js into dist/office-js/ for intranets that cannot reach Microsoft's CDN.

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { getDevServerHttpsOptions } = require("./scripts/dev-certs");
const packageJson = require("./package.json");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const localOfficeJs = process.env.OFFICE_JS === "local";
  const serving = Boolean(env.WEBPACK_SERVE);

  const copyPatterns = [
    { from: "manifest.xml", to: "manifest.xml" },
    { from: "assets", to: "assets" },
  ];
  if (localOfficeJs) {
    copyPatterns.push({
      from: path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
      to: "office-js",
      // office.js loads only the minified host files; the .debug.js twins, IntelliSense and typings
      // would add about 50 MB.
      globOptions: { ignore: ["**/*.debug.js", "**/*-vsdoc.js", "**/*.d.ts"] },
      // Already minified by Microsoft; re-minifying 250 files would take minutes.
      info: { minimized: true },
    });
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; ES modules let webpack drop unused Fluent UI code.
              transpileOnly: true,
              compilerOptions: { module: "es2020", noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl: localOfficeJs ? OFFICE_JS_LOCAL : OFFICE_JS_CDN },
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    performance: {
      // React and Fluent UI make a single bundle of several hundred KB, loaded once from localhost or an
      // intranet server; webpack's default 244 KB warning is aimed at public web pages.
      maxAssetSize: 2 * 1024 * 1024,
      maxEntrypointSize: 2 * 1024 * 1024,
    },
    devServer: serving
      ? {
          port: packageJson.config.dev_server_port,
          server: { type: "https", options: (await getDevServerHttpsOptions()).options },
          headers: { "Access-Control-Allow-Origin": "*" },
          // The task pane has no index page; open taskpane.html directly.
          static: false,
        }
      : undefined,
  };
};
