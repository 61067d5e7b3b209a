// `npm run web`: serves the web page (网页版) from dist/web on this computer, building it first when it is missing
// or older than its sources. Any static file server can host dist/web; this one is for trying it out.
//
//   npm run web [-- --port 8080] [-- --host 0.0.0.0] [-- --build]
//
// --host 0.0.0.0 lets other computers on the network open it; the default answers this computer only.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import { readFile } from "node:fs/promises";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WEB = path.join(ROOT, "dist", "web");
const INDEX = path.join(WEB, "index.html");
/** What the page is built from: newer than the build means building again. */
const SOURCES = ["src", "assets/icon-32.png", "webpack.config.js", "package.json"];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

function newestIn(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newestIn(path.join(file, name))));
}

function needsBuild() {
  if (!existsSync(INDEX)) return true;
  const built = statSync(INDEX).mtimeMs;
  return SOURCES.some((source) => existsSync(path.join(ROOT, source)) && newestIn(path.join(ROOT, source)) > built);
}

function build() {
  console.log("正在构建网页版 (building the web page) …");
  const cli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  const run = spawnSync(process.execPath, [cli, "--mode", "production", "--env", "pages=web"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) {
    console.error("构建失败 (the build failed): npx webpack --mode production --env pages=web");
    process.exit(run.status ?? 1);
  }
  // webpack leaves an unchanged index.html as it was: mark the build as newer than the sources it was made from.
  const now = new Date();
  utimesSync(INDEX, now, now);
}

function serve(host, port) {
  const server = http.createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = path.resolve(WEB, `.${pathname.endsWith("/") ? `${pathname}index.html` : pathname}`);
    if (!file.startsWith(WEB + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
            "x-content-type-options": "nosniff",
            // index.html names the current scripts; the scripts' names change with their content.
            "cache-control": path.extname(file) === ".html" ? "no-cache" : "max-age=31536000, immutable",
          })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  server.on("error", (error) => {
    console.error(error.code === "EADDRINUSE" ? `端口 ${port} 已被占用，请用 --port 换一个 (port ${port} is in use; pick another with --port)` : String(error));
    process.exit(1);
  });
  server.listen(port, host, () => {
    const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
    console.log(`绩效表校验助手 网页版: http://${shown}:${server.address().port}/`);
    console.log("按 Ctrl+C 结束 (Ctrl+C to stop)");
  });
}

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "8080" },
    host: { type: "string", default: "127.0.0.1" },
    build: { type: "boolean", default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port ${values.port}: 不是端口号 (not a port number)`);
  process.exit(2);
}
if (values.build || needsBuild()) build();
serve(values.host, port);
