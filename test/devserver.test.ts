import { type ChildProcess, spawn } from "child_process";
import https from "https";
import net from "net";
import path from "path";
import { TLSSocket } from "tls";

const ROOT = path.resolve(__dirname, "..");
/** The dev server answers once webpack has built both pages: about 20 s on two idle cores, minutes on a loaded machine. */
const STARTUP_TIMEOUT_MS = 540_000;

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET over HTTPS, trusting the server's self-signed certificate for this request only. */
function get(url: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = https.get(url, { rejectUnauthorized: false, timeout: 60_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`timed out: ${url}`)));
    request.on("error", reject);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, output: () => string, deadlineMs: number) {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dev server exited with ${child.exitCode}:\n${output()}`);
    try {
      await get(url);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`dev server did not answer at ${url}: ${String(error)}\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

describe("development server", () => {
  let child: ChildProcess | undefined;
  let origin = "";
  let log = "";

  beforeAll(async () => {
    const port = await freePort();
    origin = `https://localhost:${port}`;
    // The same command as `npm run dev-server`, on a free port and with a throwaway certificate, so the
    // test never installs a CA on the machine it runs on.
    const webpackCli = require.resolve("webpack-cli/bin/cli.js");
    child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development", "--port", String(port)], {
      cwd: ROOT,
      env: { ...process.env, PERFCHECK_DEV_CERT: "selfsigned", OFFICE_JS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    await waitForServer(`${origin}/taskpane.html`, child, () => log, STARTUP_TIMEOUT_MS);
  }, STARTUP_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    if (child) await stop(child);
  });

  it("serves the task pane over HTTPS with CORS open to Office", async () => {
    const response = await get(`${origin}/taskpane.html`);
    expect(response.status).toBe(200);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    const html = response.body.toString("utf8");
    expect(html).toContain("绩效表校验助手");
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    expect(html).toMatch(/<script[^>]+src="taskpane\.js"/);
    // The pane's check worker, named for the pane to start and served beside it.
    expect(html).toContain('<meta name="perfcheck-check-worker" content="check-worker.js" />');
    const worker = await get(`${origin}/check-worker.js`);
    expect(worker.status).toBe(200);
    expect(worker.body.length).toBeGreaterThan(1000);
  });

  it("serves the bundle, the manifest and the icons", async () => {
    const bundle = await get(`${origin}/taskpane.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.body.length).toBeGreaterThan(1000);

    const manifest = await get(`${origin}/manifest.xml`);
    expect(manifest.status).toBe(200);
    expect(manifest.body.toString("utf8")).toContain("<Permissions>ReadWriteDocument</Permissions>");

    for (const size of [16, 32, 64, 80]) {
      const icon = await get(`${origin}/assets/icon-${size}.png`);
      expect(icon.status).toBe(200);
      expect(icon.body.readUInt32BE(16)).toBe(size);
    }
  });

  it("serves the web page (网页版) under /web/, its CSP open to the live-reload socket only here", async () => {
    const page = await get(`${origin}/web/index.html`);
    expect(page.status).toBe(200);
    const html = page.body.toString("utf8");
    expect(html).toMatch(/<script[^>]+src="\/web\/web\.js"/);
    expect(html).toContain("connect-src 'self';");
    expect(html).not.toContain("office.js");
    expect((await get(`${origin}/web/web.js`)).status).toBe(200);
  });

  it("uses the fallback self-signed certificate for localhost", async () => {
    type Peer = { subject: string | string[] | undefined; subjectaltname?: string };
    const certificate = await new Promise<Peer>((resolve, reject) => {
      const request = https.get(`${origin}/taskpane.html`, { rejectUnauthorized: false }, (response) => {
        const socket = response.socket;
        const peer = socket instanceof TLSSocket ? socket.getPeerCertificate() : undefined;
        response.resume();
        if (peer) resolve({ subject: peer.subject.CN, subjectaltname: peer.subjectaltname });
        else reject(new Error("not a TLS socket"));
      });
      request.on("error", reject);
    });
    expect(certificate.subject).toBe("localhost");
    expect(certificate.subjectaltname).toContain("DNS:localhost");
    expect(log).toContain("temporary self-signed certificate");
  });
});
