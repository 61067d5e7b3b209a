// HTTPS options for the development server (https://localhost:3000).
//
// Office only loads add-ins over HTTPS from a certificate it trusts. office-addin-dev-certs creates a
// developer CA, installs it in the user's trust store (Windows, macOS; it asks for permission) and
// returns a localhost certificate signed by it. Where that is not possible (Linux, CI, a machine without
// admin rights) the server still starts, with a self-signed certificate made in memory at each start:
// browsers warn about it and Office does not trust it, but the page and its assets can be served and
// tested. The fallback's private key never touches the disk.
//
// PERFCHECK_DEV_CERT=selfsigned skips office-addin-dev-certs altogether (used by the tests, so they never
// install a CA on the machine that runs them).

const selfsigned = require("selfsigned");

/**
 * @returns {Promise<{
 *   source: "office-addin-dev-certs" | "self-signed",
 *   options: { key: string | Buffer, cert: string | Buffer, ca?: string | Buffer },
 * }>}
 */
async function getDevServerHttpsOptions(log = console.log) {
  if (process.env.PERFCHECK_DEV_CERT !== "selfsigned") {
    try {
      const devCerts = require("office-addin-dev-certs");
      // On Linux, installing the CA means running `sudo update-ca-certificates`, which changes the whole
      // system's trust store; only use certificates someone already installed on purpose
      // (`npx office-addin-dev-certs install`).
      if (process.platform !== "linux" || devCerts.verifyCertificates()) {
        const options = await devCerts.getHttpsServerOptions();
        return { source: "office-addin-dev-certs", options };
      }
      log("office-addin-dev-certs: no trusted localhost certificate is installed on this machine.");
    } catch (error) {
      log(`office-addin-dev-certs failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  log("Using a temporary self-signed certificate for https://localhost (browsers warn; Office does not trust it).");
  return { source: "self-signed", options: await generateSelfSigned() };
}

async function generateSelfSigned() {
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    algorithm: "sha256",
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

module.exports = { getDevServerHttpsOptions };
