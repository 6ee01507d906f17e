/**
 * Templates figure: forecast versus actual over 24 months for every product of the generated
 * editions (the seed's 54 sections), built in core (src/core/templates) and written through a mock
 * Excel context (src/excel/grid.ts writeGrid, to a new sheet) whose context.sync() calls are counted here,
 * independently of the adapter's own count. Until both modules exist the figure says
 * "not measured yet".
 *
 * The mock is a recording Proxy: every Office.js object is a proxy that accepts any call and any
 * property write, `getItemOrNullObject(...).isNullObject` is true (no sheet name taken), and
 * `context.sync()` counts. It checks the number of round trips, not Excel's rendering (the
 * colleague's tests/templates cover that against office-addin-mock).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "../src/core/dataset";
import { figure, notMeasured, now, type Figure } from "./figure";

const ROOT = path.resolve(__dirname, "..");

export function templatesAvailable(): { ok: boolean; why: string } {
  const core = existsSync(path.join(ROOT, "src/core/templates/index.ts")) || existsSync(path.join(ROOT, "src/core/templates.ts"));
  const excel = existsSync(path.join(ROOT, "src/excel/grid.ts"));
  if (core && excel) return { ok: true, why: "" };
  const missing = [core ? "" : "src/core/templates", excel ? "" : "src/excel/grid.ts"].filter(Boolean).join(" and ");
  return { ok: false, why: `${missing} not written yet` };
}

interface MockStats {
  syncs: number;
  calls: number;
  writes: number;
  cellsWritten: number;
}

/** A context whose every object accepts anything, recording calls, property writes and syncs. */
export function recordingContext(): { context: unknown; stats: MockStats } {
  const stats: MockStats = { syncs: 0, calls: 0, writes: 0, cellsWritten: 0 };
  const make = (pathName: string): unknown => {
    const target = function () {
      /* callable */
    };
    return new Proxy(target, {
      get(_t, prop) {
        if (prop === "then") return undefined; // not a thenable
        if (prop === "isNullObject") return true;
        if (prop === "sync") {
          return async () => {
            stats.syncs++;
          };
        }
        if (prop === "load" || prop === "track" || prop === "untrack") return () => make(`${pathName}.${String(prop)}()`);
        if (prop === Symbol.toPrimitive) return () => pathName;
        return make(`${pathName}.${String(prop)}`);
      },
      set(_t, prop, value) {
        stats.writes++;
        if ((prop === "formulas" || prop === "values") && Array.isArray(value))
          stats.cellsWritten += value.reduce((n: number, r: unknown) => n + (Array.isArray(r) ? r.length : 1), 0);
        return true;
      },
      apply() {
        stats.calls++;
        return make(`${pathName}()`);
      },
    });
  };
  return { context: make("context"), stats };
}

export async function benchTemplates(ds: Dataset, log: (s: string) => void): Promise<Figure[]> {
  const target = { of: "value", max: 3 } as const;
  const products = ds.catalog.all().filter((p) => ds.periodsOf(p.id, "", "actual").length > 0).length;
  const name = `templates: forecast vs actual, ${products} products x 24 months (context.sync calls)`;
  const a = templatesAvailable();
  if (!a.ok) {
    log(`  templates: not measured yet: ${a.why}`);
    return [notMeasured(name, "syncs", target, `yet: ${a.why}`)];
  }
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const core = require("../src/core/templates") as typeof import("../src/core/templates");
    const excel = require("../src/excel/grid") as typeof import("../src/excel/grid");
    /* eslint-enable @typescript-eslint/no-require-imports */
    const eds = ds.listEditions();
    const last = eds[eds.length - 1]?.id;
    if (!last) return [notMeasured(name, "syncs", target, "no editions")];
    const [y, m] = last.split("-").map(Number) as [number, number];
    const t = y * 12 + m - 1 - 23;
    const from = `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`;
    const t0 = now();
    const grid = core.buildTemplate(ds, { kind: "forecast-vs-actual", from, to: last, builtAt: "2025-03-01T00:00:00Z" }, "smm");
    const tBuild = now() - t0;
    const { context, stats } = recordingContext();
    const t1 = now();
    const g = globalThis as { Excel?: unknown };
    const before = g.Excel;
    g.Excel = { run: (body: (ctx: unknown) => Promise<unknown>) => body(context) };
    const outcome = await excel.writeGrid({ kind: "sheet" }, grid, { supports: () => true, activate: true }).finally(() => {
      g.Excel = before;
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const r = outcome;
    const tWrite = now() - t1;
    log(
      `  templates: ${from}..${last}: ${Object.keys(grid.cells).length} cells built in ${tBuild.toFixed(0)} ms, written in ${tWrite.toFixed(0)} ms with ${stats.syncs} syncs (adapter says ${r.syncs})`,
    );
    const note = `${from}..${last}, ${Object.keys(grid.cells).length.toLocaleString("en-US")} cells (${stats.cellsWritten.toLocaleString("en-US")} written as one 2-D array), ${stats.calls.toLocaleString("en-US")} API calls, ${stats.writes.toLocaleString("en-US")} property writes; built in ${tBuild.toFixed(0)} ms, queued in ${tWrite.toFixed(0)} ms; counted by the mock${r.syncs !== stats.syncs ? ` (the adapter reports ${r.syncs})` : ""}`;
    return [figure(name, "syncs", stats.syncs, null, target, note)];
  } catch (e) {
    return [notMeasured(name, "syncs", target, `the template modules failed: ${e instanceof Error ? e.message : String(e)}`)];
  }
}
