// Builds the task pane into dist/ and the web page (网页版, the checker without Office) into dist/web/, and serves
// them at https://localhost:3000 (the web page at /web/index.html) for development.
//
// Two configurations, so that dist/web holds everything the web page loads, with paths relative to itself: it can be
// copied alone to any static server, under any path. --env pages=taskpane or --env pages=web builds only one.
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
const CHECK_WORKER = "check-worker";

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const localOfficeJs = process.env.OFFICE_JS === "local";
  const serving = Boolean(env.WEBPACK_SERVE);
  const pages = String(env.pages ?? "taskpane,web").split(",");

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

  /** What both pages share: TypeScript, production file names, size limits. */
  const common = {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
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
    performance: {
      // React and Fluent UI make a single bundle of several hundred KB, loaded once from localhost or an
      // intranet server; webpack's default 244 KB warning is aimed at public web pages.
      maxAssetSize: 2 * 1024 * 1024,
      maxEntrypointSize: 2 * 1024 * 1024,
    },
  };
  const fileName = production ? "[name].[contenthash:8].js" : "[name].js";
  /** The check worker's file, its name carrying its content hash: each page reads it from a meta tag. */
  const checkWorkerFile = (compilation) => compilation.entrypoints.get(CHECK_WORKER).getFiles().find((f) => f.endsWith(".js"));

  const taskpane = {
    ...common,
    name: "taskpane",
    // The check worker (src/taskpane/check/worker.ts) checks what Office.js read off the pane's thread.
    entry: { taskpane: "./src/taskpane/index.tsx", [CHECK_WORKER]: "./src/taskpane/check/worker.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: fileName,
      chunkFilename: fileName,
      // dist/web is the web page's build, emitted beside this one.
      clean: { keep: /^web[\\/]/ },
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        templateParameters: (compilation) => ({
          officeJsUrl: localOfficeJs ? OFFICE_JS_LOCAL : OFFICE_JS_CDN,
          checkWorker: checkWorkerFile(compilation),
        }),
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
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

  const web = {
    ...common,
    name: "web",
    // The check worker (src/web/check/worker.ts) reads and checks files off the page's thread.
    entry: { web: "./src/web/index.tsx", [CHECK_WORKER]: "./src/web/check/worker.ts" },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: fileName,
      chunkFilename: fileName,
      // Chunks load relative to the page's own script, wherever dist/web is put; the dev server mounts it at /web/.
      publicPath: serving ? "/web/" : "auto",
      clean: true,
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // What the page loads later is two chunks, each whole: xlsx (the reader and patcher with fflate, see
          // src/web/xlsx.ts) and check (reading and checking on the page, where no worker can start: see
          // src/web/check/client.ts). The reader is in both rather than in a third chunk of its own.
          defaultVendors: false,
          default: false,
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/web/index.html",
        filename: "index.html",
        chunks: ["web"],
        templateParameters: (compilation) => ({
          connectSrc: serving ? "'self'" : "'none'",
          checkWorker: checkWorkerFile(compilation),
        }),
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-32.png", to: "assets/icon-32.png" }] }),
    ],
  };

  const configs = [taskpane, web].filter((c) => pages.includes(c.name));
  return configs.length === 1 ? configs[0] : configs;
};
