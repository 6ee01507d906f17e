/**
 * The Excel adapter (src/excel/templates.ts) against office-addin-mock: a template goes in with at
 * most 3 context.sync() calls (2 in fact), whatever its size, and the formulas, number formats,
 * merges, conditional formats, chart and frozen panes reach the worksheet.
 */
// tests/stubs/office-addin-manifest.js is an empty object; office-addin-mock reads OfficeApp from it.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

import { OfficeMockObject } from "office-addin-mock";
import { buildTemplate, FMT } from "../../src/core/templates";
import type { Grid } from "../../src/core/templates";
import { cellText, gridMatrices, insertTemplate, nameCandidates, styleRuns, writeGrid } from "../../src/excel/templates";
import { loadBundled } from "../templates/engine";

interface Recorded {
  added: string[];
  ranges: { address: string; props: Record<string, unknown>; format: any }[];
  merges: string[];
  conditionalFormats: { range: string; type: string; formula?: string; fill?: string; color?: string }[];
  charts: {
    type: string;
    source: string;
    seriesBy: string;
    title?: string;
    series: { name?: string; values?: string; x?: string }[];
    position?: [string, string];
  }[];
  freeze: string[];
  activated: number;
}

/** A workbook mock: office-addin-mock objects for what is loaded and synced, recorders for what is written. */
function mockContext(existing: string[]): { context: any; rec: Recorded; syncs: () => number } {
  const rec: Recorded = { added: [], ranges: [], merges: [], conditionalFormats: [], charts: [], freeze: [], activated: 0 };
  const makeRange = (address: string): any => {
    const props: Record<string, unknown> = {};
    const format: any = { font: {}, fill: {}, borders: { items: {} as Record<string, any>, getItem: (edge: string) => (format.borders.items[edge] ??= {}) } };
    const r: any = {
      address,
      format,
      merge: () => void rec.merges.push(address),
      conditionalFormats: {
        add: (type: string) => {
          const cf: any = { custom: { rule: {}, format: { fill: {}, font: {} } } };
          rec.conditionalFormats.push({
            range: address,
            type,
            get formula() {
              return cf.custom.rule.formula;
            },
            get fill() {
              return cf.custom.format.fill.color;
            },
            get color() {
              return cf.custom.format.font.color;
            },
          });
          return cf;
        },
      },
    };
    rec.ranges.push({ address, props, format });
    return new Proxy(r, {
      set: (t, k, v) => {
        props[k as string] = v;
        t[k as string] = v;
        return true;
      },
    });
  };
  const sheet = {
    getRange: (address: string) => makeRange(address),
    freezePanes: {
      freezeAt: (range: any) => void rec.freeze.push(`at ${range.address}`),
      freezeRows: (n: number) => void rec.freeze.push(`rows ${n}`),
      freezeColumns: (n: number) => void rec.freeze.push(`cols ${n}`),
    },
    charts: {
      add: (type: string, source: any, seriesBy: string) => {
        const series: Recorded["charts"][number]["series"] = [{ values: source.address }];
        const entry: Recorded["charts"][number] = { type, source: source.address, seriesBy, series };
        rec.charts.push(entry);
        const seriesObj = (s: Recorded["charts"][number]["series"][number]): any => ({
          set name(v: string) {
            s.name = v;
          },
          setValues: (r: any) => void (s.values = r.address),
          setXAxisValues: (r: any) => void (s.x = r.address),
        });
        return {
          title: {
            set text(v: string) {
              entry.title = v;
            },
          },
          legend: {},
          axes: { valueAxis: {} },
          series: {
            getItemAt: (i: number) => seriesObj(series[i] as Recorded["charts"][number]["series"][number]),
            add: (name: string) => {
              const s = { name };
              series.push(s);
              return seriesObj(s);
            },
          },
          setPosition: (from: string, to: string) => void (entry.position = [from, to]),
        };
      },
    },
    activate: () => void rec.activated++,
  };
  const taken = new Set(existing);
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        taken: { isNullObject: false },
        free: { isNullObject: true },
        getItemOrNullObject(this: any, name: string) {
          return taken.has(name) ? this.taken : this.free;
        },
        add(name: string) {
          rec.added.push(name);
          return sheet;
        },
      },
    },
  });
  let n = 0;
  const realSync = mock.sync.bind(mock);
  mock.sync = async () => {
    n++;
    await realSync();
  };
  return { context: mock, rec, syncs: () => n };
}

const ds = loadBundled();
const builtAt = "2025-11-26T10:00:00.000Z";
const supports = (): boolean => true;

function formulasOf(rec: Recorded): (string | number | boolean)[][] {
  const used = rec.ranges.find((r) => r.props.formulas !== undefined);
  if (!used) throw new Error("no formulas written");
  return used.props.formulas as (string | number | boolean)[][];
}
const at = (m: unknown[][], ref: string): unknown => {
  const mm = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  const col = (mm[1] as string).split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return (m[Number(mm[2]) - 1] as unknown[])[col - 1];
};

describe("writeGrid (Office.js adapter) with office-addin-mock", () => {
  test("forecast vs actual 2025-03: 2 syncs, formulas, formats, merges, conditional formats, chart, frozen header", async () => {
    const grid = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const { context, rec, syncs } = mockContext(["Sheet1", "FvA 2025-03"]);
    const res = await writeGrid(context, grid, { supports });
    expect(syncs()).toBeLessThanOrEqual(3);
    expect(res.syncs).toBe(syncs());
    expect(res.name).toBe("FvA 2025-03 (2)"); // the name was taken
    expect(rec.added).toEqual(["FvA 2025-03 (2)"]);

    const f = formulasOf(rec);
    expect(at(f, "A7")).toBe("copper-cathode");
    expect(at(f, "D7")).toBe('=SMM.FORECAST($A7,"2025-03","mom")');
    expect(at(f, "E7")).toBe('=SMM.ACTUAL($A7,"2025-03","mom")');
    expect(at(f, "F7")).toBe('=IF(AND(ISNUMBER(D7),ISNUMBER(E7)),SMM.SURPRISE($A7,"2025-03","mom"),"")');
    expect(at(f, "H7")).toBe('=SMM.TREND($A7,"2025-03","forecast")');
    expect(at(f, "I7")).toBe('=SMM.TREND($A7,"2025-03")');
    expect(String(at(f, "S10"))).toMatch(/^=IF\(S8=0,"n\/a",S9\/S8\)$/);
    const nf = rec.ranges.find((r) => r.props.numberFormat !== undefined)?.props.numberFormat as string[][];
    expect(at(nf, "D7")).toBe(FMT.pctSigned);
    expect(at(nf, "K7")).toBe(FMT.tonnes);
    // number formats are queued before the formulas (text stays text)
    const order = rec.ranges.filter((r) => r.props.formulas !== undefined || r.props.numberFormat !== undefined);
    expect(order).toHaveLength(1);
    expect(Object.keys(order[0]?.props ?? {})).toEqual(["numberFormat", "formulas"]);

    expect(rec.merges).toEqual(expect.arrayContaining(["A1:O1", "A2:O2", "A3:O3", "D5:J5"]));
    expect(rec.conditionalFormats.length).toBe(grid.conditionalFormats.length);
    const miss = rec.conditionalFormats.find((c) => c.formula === '=$J7="miss"');
    expect(miss).toMatchObject({ range: `A7:O${grid.anchors.lastRow?.slice(1)}`, type: "Custom", fill: "#FCE4E4" });
    expect(rec.freeze).toEqual(["at A1:B6"]);
    expect(rec.charts).toHaveLength(1);
    const chart = rec.charts[0];
    expect(chart?.type).toBe("ColumnClustered");
    expect(chart?.series.map((s) => s.values)).toEqual(["D7:D14", "E7:E14"]);
    expect(chart?.series.every((s) => s.x === "B7:B14")).toBe(true);
    expect(chart?.series.map((s) => s.name)).toEqual(["Forecast (2025-02 edition)", "Actual (2025-03 edition)"]);
    expect(rec.activated).toBe(1);
    // column P (sort key) is hidden
    const colP = rec.ranges.find((r) => r.address === "P:P");
    expect(colP?.props.columnHidden).toBe(true);
    // styles are set by runs, not per cell
    const styled = rec.ranges.filter((r) => Object.keys(r.format.font).length || r.format.fill.color);
    expect(styled.length).toBeLessThan(Object.values(grid.cells).filter((c) => c.style).length);
  });

  test.each([
    ["dashboard", { kind: "dashboard" as const, month: "2025-03", builtAt }],
    ["product history", { kind: "product-history" as const, product: "copper", from: "2024-01", to: "2025-12", builtAt }],
    ["forecast vs actual over a range", { kind: "forecast-vs-actual" as const, from: "2024-01", to: "2025-12", builtAt }],
  ])("%s goes in with at most 3 syncs", async (_label, request) => {
    const grid: Grid = buildTemplate(ds, request, "smm");
    const { context, rec, syncs } = mockContext([]);
    const res = await writeGrid(context, grid, { supports });
    expect(syncs()).toBeLessThanOrEqual(3);
    expect(res.name).toBe(grid.name);
    expect(
      formulasOf(rec)
        .flat()
        .filter((x) => (typeof x === "string" && x.startsWith("=SMM.")) || (typeof x === "string" && x.includes("SMM."))).length,
    ).toBeGreaterThan(10);
    expect(rec.charts.length).toBe(grid.charts.length);
  });

  test("product history: SMM.SERIES is written once at its anchor and spills; months stay text", async () => {
    const grid = buildTemplate(ds, { kind: "product-history", product: "copper-cathode", from: "2024-01", to: "2025-12", builtAt }, "smm");
    const { context, rec } = mockContext([]);
    await writeGrid(context, grid, { supports });
    const f = formulasOf(rec);
    expect(at(f, "A6")).toBe("'2024-01");
    const anchor = grid.anchors["series:mom"] as string;
    expect(at(f, anchor)).toBe('=SMM.SERIES("copper-cathode","mom","2024-01","2025-12")');
    const below = anchor.replace(/\d+$/, (d) => String(Number(d) + 1));
    expect(at(f, below)).toBe(""); // spill area left empty
    expect(rec.freeze).toEqual(["at A1:A5"]);
  });

  test("skips what the host does not support instead of failing", async () => {
    const grid = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const { context, rec, syncs } = mockContext([]);
    await writeGrid(context, grid, { supports: (v) => v <= "1.5" });
    expect(syncs()).toBe(2);
    expect(rec.conditionalFormats).toHaveLength(0);
    expect(rec.charts).toHaveLength(0);
    expect(rec.freeze).toHaveLength(0);
  });
});

describe("insertTemplate (the task pane's entry point)", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  test("runs in one Excel.run with 2 counted syncs", async () => {
    const grid = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const { context, rec, syncs } = mockContext([]);
    (globalThis as { Excel?: unknown }).Excel = { run: (body: (ctx: unknown) => Promise<unknown>) => body(context) };
    const outcome = await insertTemplate(grid, { supports });
    expect(outcome).toMatchObject({ ok: true, syncs: 2, value: { name: "FvA 2025-03", syncs: 2 } });
    expect(syncs()).toBe(2);
    expect(rec.added).toEqual(["FvA 2025-03"]);
  });

  test("outside Excel: a message, not an exception", async () => {
    const grid = buildTemplate(ds, { kind: "dashboard", month: "2025-03", builtAt }, "smm");
    const outcome = await insertTemplate(grid, { supports });
    expect(outcome).toMatchObject({ ok: false, code: "no-excel", syncs: 0 });
  });
});

describe("adapter helpers", () => {
  test("text that Excel would coerce keeps a leading apostrophe", () => {
    expect(cellText("2025-03")).toBe("'2025-03");
    expect(cellText("=x")).toBe("'=x");
    expect(cellText("TRUE")).toBe("'TRUE");
    expect(cellText("copper-cathode")).toBe("copper-cathode");
    expect(cellText("co3o4")).toBe("co3o4");
  });
  test("sheet names stay within 31 characters", () => {
    const c = nameCandidates("History overseas-metallurgical-grade-alumina");
    expect(c.every((n) => n.length <= 31)).toBe(true);
    expect(c[1]).toMatch(/ \(2\)$/);
  });
  test("matrices and style runs cover the grid", () => {
    const grid = buildTemplate(ds, { kind: "dashboard", month: "2025-03", builtAt }, "smm");
    const m = gridMatrices(grid);
    expect(m.formulas).toHaveLength(m.rows);
    expect(m.formulas[0]).toHaveLength(m.cols);
    const runs = styleRuns(grid);
    expect(runs.some(([r]) => r === "A1:K1")).toBe(true); // the title row is one run
  });
});
