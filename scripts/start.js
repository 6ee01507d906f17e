#!/usr/bin/env node
/**
 * npm start: certificates (scripts/certs.js), a development build served over
 * https://localhost:3000 by webpack-dev-server, then:
 *  - Windows/macOS: sideloads into desktop Excel with office-addin-debugging when it is installed
 *    (a devDependency; .npmrc has legacy-peer-deps=true for its keytar peer);
 *  - elsewhere (Linux), or without it: keeps serving and prints how to sideload in Excel on the web.
 * Ctrl+C stops the server (and, after a desktop sideload, unregisters the add-in).
 *
 * Options: --port N (default 3000; the served manifest is rewritten to it), --no-sideload.
 */
const fs = require("fs");
const path = require("path");
const { spawn, spawnSync } = require("child_process");
const { ensureCerts } = require("./certs");

const ROOT = path.join(__dirname, "..");
const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(argValue("--port") || process.env.SMM_PORT || 3000);
const sideload = !args.includes("--no-sideload");
const base = `https://localhost:${port}`;

function debuggingCli() {
  try {
    return require.resolve("office-addin-debugging/cli.js", { paths: [ROOT] });
  } catch {
    try {
      const pkg = require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
      const bin = require(pkg).bin;
      const rel = typeof bin === "string" ? bin : bin && bin["office-addin-debugging"];
      return rel ? path.join(path.dirname(pkg), rel) : null;
    } catch {
      return null;
    }
  }
}

function webInstructions(manifestPath) {
  return [
    "",
    "Sideload in Excel on the web:",
    `  1. Open ${base}/taskpane.html once in this browser and accept the certificate if it warns.`,
    "  2. Open a workbook at https://www.office.com (Excel).",
    "  3. Home > Add-ins > More Settings (or Add-ins > Advanced) > Upload My Add-in.",
    `  4. Upload ${manifestPath}`,
    '  5. Type =SMM.MOM("nickel","2025-02") in a cell; Home > SMM Data opens the task pane.',
    "",
  ].join("\n");
}

async function main() {
  const certs = await ensureCerts();
  if (certs) {
    process.env.SMM_CERT_DIR = certs.dir;
    console.log(`[smm] HTTPS certificate: ${certs.dir} (${certs.how})${certs.trusted ? "" : "; not trusted by this machine"}`);
  } else {
    console.log("[smm] HTTPS certificate: webpack-dev-server's self-signed one (not trusted)");
  }
  process.env.SMM_PORT = String(port);
  if (port !== 3000 && !process.env.ADDIN_PUBLIC_URL) process.env.ADDIN_PUBLIC_URL = base;

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer({ ...config.devServer, port }, compiler);

  let first = true;
  compiler.hooks.done.tap("smm-start", (stats) => {
    if (!first) return;
    first = false;
    if (stats.hasErrors()) console.log("[smm] the first build has errors (above); fix them and save: the server rebuilds.");
    afterFirstBuild().catch((e) => console.error("[smm]", e));
  });

  let sideloaded = null;
  async function afterFirstBuild() {
    const manifest = port === 3000 ? path.join(ROOT, "manifest.xml") : `${base}/manifest.xml (download it, then upload)`;
    console.log(`\n[smm] serving ${base}/taskpane.html (manifest: ${port === 3000 ? "manifest.xml" : `${base}/manifest.xml`})`);
    const desktop = process.platform === "win32" || process.platform === "darwin";
    if (!sideload) {
      console.log(webInstructions(manifest));
      return;
    }
    if (!desktop) {
      console.log(`[smm] desktop Excel sideloading is not available on ${process.platform}; keeping the server running.`);
      console.log(webInstructions(manifest));
      return;
    }
    const cli = debuggingCli();
    if (!cli) {
      console.log("[smm] to sideload into desktop Excel automatically: npm i -D --save-exact office-addin-debugging@7.0.0");
      console.log(webInstructions(manifest));
      return;
    }
    const manifestFile = port === 3000 ? path.join(ROOT, "manifest.xml") : path.join(config.output.path, "manifest.xml");
    console.log("[smm] sideloading into desktop Excel (office-addin-debugging)...");
    const child = spawn(process.execPath, [cli, "start", manifestFile, "desktop", "--app", "excel", "--dev-server-port", String(port)], {
      cwd: ROOT,
      stdio: "inherit",
    });
    sideloaded = { cli, manifestFile };
    child.on("exit", (code) => {
      if (code) {
        console.log(`[smm] office-addin-debugging exited with ${code}; the server keeps running.`);
        console.log(webInstructions(manifest));
      }
    });
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (sideloaded) spawnSync(process.execPath, [sideloaded.cli, "stop", sideloaded.manifestFile], { cwd: ROOT, stdio: "inherit" });
    await server.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  try {
    await server.start();
  } catch (e) {
    const msg =
      e && e.code === "EADDRINUSE"
        ? `port ${port} is in use (another npm start?). Stop it or use: npm start -- --port 3001`
        : String(e && e.message ? e.message : e);
    console.error(`[smm] could not start the dev server: ${msg}`);
    process.exit(1);
  }
  if (!fs.existsSync(path.join(ROOT, "data", "bundled.json"))) {
    console.log("[smm] note: data/bundled.json does not exist yet (npm run data); the add-in starts with an empty bundled dataset.");
  }
}

main().catch((e) => {
  console.error("[smm]", e);
  process.exit(1);
});
