/**
 * Bundle sizes: a production webpack build (the project's webpack.config.js) into a scratch folder,
 * then the gzip size of the functions bundle and the task pane bundle.
 *
 * The build goes to a temporary SMM_DIST_DIR rather than dist/ because the config cleans its output
 * folder, and dist/ may be in use (dev server, a colleague's checks). Same config, same mode; types
 * are not checked (SMM_TRANSPILE_ONLY=1; `npm run typecheck` does that), which does not change the
 * emitted code.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { figure, notMeasured, type Figure } from "./figure";

const ROOT = path.resolve(__dirname, "..");

export interface BuildOutput {
  dir: string;
  files: string[];
  cleanup: () => void;
}

/** Runs the production build into a temporary folder; null (with the reason) when it fails. */
export function buildProduction(log: (s: string) => void): { out: BuildOutput | null; why: string } {
  if (!existsSync(path.join(ROOT, "webpack.config.js"))) return { out: null, why: "no webpack.config.js" };
  const dir = mkdtempSync(path.join(os.tmpdir(), "smm-bench-dist-"));
  const webpackCli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  const r = spawnSync(process.execPath, [webpackCli, "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, SMM_DIST_DIR: dir, SMM_TRANSPILE_ONLY: "1" },
    encoding: "utf8",
    timeout: 120_000,
  });
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    const tail = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim().split("\n").slice(-5).join(" | ");
    return { out: null, why: `webpack --mode production failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ""}): ${tail}` };
  }
  log(`  built into ${dir}`);
  return { out: { dir, files: readdirSync(dir), cleanup: () => rmSync(dir, { recursive: true, force: true }) }, why: "" };
}

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

export function benchSize(build: BuildOutput | null, why: string): Figure[] {
  const fnTarget = { of: "value", max: 120 } as const;
  const tpTarget = { of: "value", max: 350 } as const;
  if (!build) return [notMeasured("size: functions bundle (gzip)", "KB", fnTarget, why), notMeasured("size: task pane bundle (gzip)", "KB", tpTarget, why)];
  const js = build.files.filter((f) => f.endsWith(".js"));
  const fn = js.find((f) => /^functions(\.[\w]+)?\.js$/.test(f));
  const tp = js.find((f) => /^taskpane(\.[\w]+)?\.js$/.test(f));
  const out: Figure[] = [];
  out.push(
    fn
      ? figure(
          "size: functions bundle (gzip)",
          "KB",
          gz(path.join(build.dir, fn)),
          null,
          fnTarget,
          `${fn}: ${(readFileSync(path.join(build.dir, fn)).length / 1024).toFixed(1)} KB minified`,
        )
      : notMeasured("size: functions bundle (gzip)", "KB", fnTarget, `no functions*.js among ${js.join(", ")}`),
  );
  if (tp) {
    // the task pane page loads every script tag of taskpane.html: report that total too
    const html = build.files.includes("taskpane.html") ? readFileSync(path.join(build.dir, "taskpane.html"), "utf8") : "";
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/gi)]
      .map((m) => (m[1] ?? "").replace(/\?.*$/, ""))
      .filter((s) => !/^https?:/i.test(s) && build.files.includes(s));
    const page = scripts.reduce((n, s) => n + gz(path.join(build.dir, s)), 0);
    out.push(
      figure(
        "size: task pane bundle (gzip)",
        "KB",
        gz(path.join(build.dir, tp)),
        null,
        tpTarget,
        `${tp} alone; the task pane page loads ${scripts.join(" + ") || "?"} = ${page.toFixed(1)} KB gzip (office.js from Microsoft's CDN not counted)`,
      ),
    );
  } else out.push(notMeasured("size: task pane bundle (gzip)", "KB", tpTarget, `no taskpane*.js among ${js.join(", ")}`));
  return out;
}
