/**
 * What the tests of the built add-in share: a webpack build into a folder of test-output/, and,
 * for the ones that open the page in headless Chromium, the Chromium to use, its flags and a tiny
 * static HTTP server (127.0.0.1) over the build.
 */
import { execFile } from "child_process";
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";
import { promisify } from "util";

export const ROOT = path.join(__dirname, "..");

/** Builds the add-in (webpack-cli in a child process, no type checking: `npm run typecheck` does that) into `dist`. */
export async function buildAddin(dist: string, mode: "development" | "production", env: Record<string, string> = {}): Promise<void> {
  fs.rmSync(dist, { recursive: true, force: true });
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  try {
    await promisify(execFile)(process.execPath, [cli, "--mode", mode], {
      cwd: ROOT,
      env: { ...process.env, SMM_DIST_DIR: dist, SMM_TRANSPILE_ONLY: "1", ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`webpack --mode ${mode} failed: ${err.message}\n${err.stdout ?? ""}\n${err.stderr ?? ""}`);
  }
}

/** The Chromium to drive (SMM_CHROMIUM or CHROMIUM_PATH, else the usual places), or undefined when there is none. */
export const CHROMIUM = [process.env.SMM_CHROMIUM, process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
  (p) => p && fs.existsSync(p),
);

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "text/xml",
};

/** A URL path served instead of the build: a file (from anywhere) or a fixed body. */
export type Override = { file: string } | { body: string };

export interface Served {
  /** http://127.0.0.1:<port> */
  base: string;
  close: () => Promise<void>;
}

/** Serves `dist` (nothing outside it) and `overrides` by URL path, uncached. */
export function serveBuild(dist: string, overrides: Record<string, Override> = {}): Promise<Served> {
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    const o = overrides[p];
    const type = TYPES[path.extname(p)] ?? "application/octet-stream";
    if (o && "body" in o) {
      res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
      res.end(o.body);
      return;
    }
    const file = o ? o.file : path.join(dist, path.normalize(p).replace(/^([/\\])+/, ""));
    if ((!o && !file.startsWith(dist)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () =>
      resolve({
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => {
          server.closeAllConnections();
          return new Promise<void>((done) => server.close(() => done()));
        },
      }),
    );
  });
}
