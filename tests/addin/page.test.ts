/**
 * The built runtime page (taskpane.html) in headless Chromium, outside Excel: the local office.js
 * copy loads and Office.onReady resolves, functions.js registers the functions with office.js,
 * the shared runtime loads the bundled dataset over HTTP, and a registered function answers.
 * Skipped (with a message) when no Chromium is installed (apt-get install chromium).
 */
import { execFile } from "child_process";
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";
import { promisify } from "util";
import { datasetJson, FEB, JAN } from "./fixtures";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "test-output", "addin-page");
const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => p && fs.existsSync(p));

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "application/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
};

if (!CHROMIUM) {
  test.skip("runtime page in Chromium (no Chromium installed: apt-get install chromium, or set CHROMIUM_PATH)", () => undefined);
  // eslint-disable-next-line no-console
  console.log("tests/addin/page.test.ts skipped: no Chromium (apt-get install chromium, or set CHROMIUM_PATH)");
} else {
  let server: http.Server;
  let base = "";

  beforeAll(async () => {
    fs.rmSync(DIST, { recursive: true, force: true });
    const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
    await promisify(execFile)(process.execPath, [cli, "--mode", "development"], {
      cwd: ROOT,
      env: { ...process.env, SMM_DIST_DIR: DIST, SMM_TRANSPILE_ONLY: "1", SMM_OFFICE_JS: "local" },
      maxBuffer: 64 * 1024 * 1024,
    });
    const bundled = datasetJson(JAN, FEB);
    server = http.createServer((req, res) => {
      const url = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
      if (url === "/data/bundled.json") {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(bundled);
        return;
      }
      const file = path.join(DIST, path.normalize(url).replace(/^([/\\])+/, ""));
      if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test("office.js loads, the runtime loads the bundled dataset, a registered function answers", async () => {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const blocked: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) blocked.push(m.text());
      });
      await page.goto(`${base}/taskpane.html`);
      await page.waitForFunction(
        () => {
          const rt = (globalThis as { __smmAddinRuntime?: { isReady(): boolean } }).__smmAddinRuntime;
          return rt?.isReady() === true;
        },
        null,
        { timeout: 30_000 },
      );
      const result = await page.evaluate(() => {
        type Rt = { loadStatus(): { phase: string; sources: Record<string, { state: string; editions: string[] }> } };
        const g = globalThis as unknown as {
          __smmAddinRuntime: Rt;
          CustomFunctions: { _association: { mappings: Record<string, (...a: unknown[]) => unknown> } };
        };
        const fns = g.CustomFunctions._association.mappings;
        let error = "";
        try {
          // returned, not thrown: Excel's runtime shows a returned CustomFunctions.Error as the cell's error
          const e = fns.MOM?.("unobtainium", "2025-02") as { code?: string; message?: string } | undefined;
          error = String(e?.code ?? e?.message ?? "no error");
        } catch (e) {
          error = `thrown: ${String((e as { code?: string }).code ?? (e as Error).message)}`;
        }
        return {
          status: g.__smmAddinRuntime.loadStatus(),
          ids: Object.keys(fns).sort(),
          mom: fns.MOM?.("nickel", "2025-02"),
          series: fns.SERIES?.("copper-cathode", "mom"),
          error,
        };
      });
      expect(errors).toEqual([]);
      // the page's own CSP (written at build) lets the real office.js and the bundles run, and blocks nothing they need
      expect(blocked).toEqual([]);
      // office.js in a plain browser answers "no host": the pane runs as a browser preview at once
      await page.waitForSelector("html[data-ready=true]", { timeout: 10_000 });
      expect(await page.getAttribute("html", "data-host")).toBe("browser");
      expect(result.status.phase).toBe("ready");
      expect(result.status.sources.bundled).toMatchObject({ state: "ok", editions: ["2025-01", "2025-02"] });
      expect(result.ids).toEqual(["ACTUAL", "FORECAST", "INFO", "MOM", "PRODUCTS", "SERIES", "SURPRISE", "TABLE", "TREND", "VALUE", "YOY"]);
      expect(result.mom).toBe(-0.0569);
      expect(result.series).toEqual([
        ["2025-01", -0.02],
        ["2025-02", 0.0438],
      ]);
      expect(result.error).toMatch(/#VALUE!/);
    } finally {
      await browser.close();
    }
  }, 60_000);
}
