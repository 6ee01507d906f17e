/**
 * A small workbook model behind office-addin-mock objects, for testing src/excel/*: ranges are
 * OfficeMockObjects (load + sync needed before reading, as in Office.js) created with the model's
 * current cells; what the adapter assigns (formulas, numberFormat, bold) is read back from them
 * and applied to the model with `commit()`. context.sync is spied to count round trips.
 *
 * Worksheets can be added (templates): `worksheets.getItemOrNullObject(name)` answers after a sync
 * (as Office.js does), `worksheets.add(name)` records a TemplateSheet whose ranges (and the order
 * of what was assigned to them), merges, conditional formats, charts, frozen panes and activation
 * tests read back. This is the one office-addin-mock recorder of the tests (tests/excel,
 * tests/taskpane).
 */
import { OfficeMockObject } from "office-addin-mock";
import { areaAddress, parseArea, type Area } from "../../src/core/a1";

export interface Cell {
  value: unknown;
  formula?: string;
  format?: string;
  bold?: boolean;
}

export interface MockOptions {
  sheet?: string;
  active?: string;
  selection?: string;
  protected?: boolean;
  cells?: Record<string, unknown>;
  settings?: Record<string, string>;
  names?: Record<string, string>;
  /** Names of other worksheets already in the workbook. */
  sheets?: string[];
  /** Error thrown by the first sync (e.g. { code: "InvalidSelection" }). */
  syncError?: { code: string; message: string };
}

type AnyMock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A worksheet added through `worksheets.add` and what was queued on it. */
export interface TemplateSheet {
  name: string;
  /** Every range asked for, with what was assigned to it (formulas, numberFormat, format.*...). */
  ranges: AnyMock[];
  /** [range address, property] for each assignment to a range, in order. */
  assigned: [string, string][];
  merges: string[];
  conditionalFormats: { range: string; type: string; rule: { formula?: string }; format: AnyMock }[];
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

export class MockWorkbook {
  sheet: string;
  cells = new Map<string, Cell>();
  settings: Record<string, string>;
  names: Record<string, string>;
  active: string;
  selection: string;
  protected: boolean;
  ranges: AnyMock[] = [];
  calls: unknown[][] = [];
  /** Other sheets (by name) and the sheets added by `worksheets.add`, in order. */
  otherSheets: string[];
  added: TemplateSheet[] = [];
  excel: AnyMock;
  syncSpy: jest.SpyInstance;
  private syncError: MockOptions["syncError"];
  pendingError: Error | null = null;

  constructor(o: MockOptions = {}) {
    this.sheet = o.sheet ?? "Sheet1";
    this.active = o.active ?? "B2";
    this.selection = o.selection ?? this.active;
    this.protected = o.protected ?? false;
    this.settings = { ...(o.settings ?? {}) };
    this.names = { ...(o.names ?? {}) };
    this.syncError = o.syncError;
    this.otherSheets = [...(o.sheets ?? [])];
    for (const [a, v] of Object.entries(o.cells ?? {})) {
      const p = parseArea(a, this.sheet) as Area;
      this.cells.set(`${p.r0},${p.c0}`, typeof v === "string" && v.startsWith("=") ? { value: 0, formula: v } : { value: v });
    }
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const wb = this;
    const data = {
      context: {
        workbook: {
          getActiveCell: () => wb.range(wb.active),
          getSelectedRange: () => wb.range(wb.selection),
          worksheets: {
            getItemOrNullObject: (name: string) => wb.sheetProbe(name),
            add: (name: string) => wb.addSheet(name),
            getActiveWorksheet: () => wb.worksheet(),
            getItem: () => wb.worksheet(),
            items: [] as unknown[],
            load: function () {
              (this as { items: unknown[] }).items = [wb.worksheet(true)];
              return this;
            },
          },
          names: {
            add: (name: string, range: AnyMock, comment: string) => {
              wb.calls.push(["names.add", name, wb.addrOf(range), comment]);
              wb.names[name] = wb.addrOf(range);
            },
            getItem: (name: string) => ({
              getRange: () => {
                const a = wb.names[name];
                if (!a) {
                  // as in Office.js, the error surfaces at the next sync
                  wb.pendingError = Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
                  return wb.range("A1");
                }
                return wb.range(a);
              },
              delete: () => {
                wb.calls.push(["names.delete", name]);
                delete wb.names[name];
              },
            }),
            getItemOrNullObject: (name: string) => ({
              isNullObject: !(name in wb.names),
              formula: wb.names[name] ? `=${wb.names[name]}` : undefined,
              load() {
                return this;
              },
              delete: () => {
                delete wb.names[name];
              },
            }),
          },
          settings: {
            add: (k: string, v: string) => {
              wb.calls.push(["settings.add", k]);
              wb.settings[k] = v;
            },
            getItemOrNullObject: (k: string) => {
              if (!(k in wb.settings))
                return {
                  isNullObject: true,
                  load() {
                    return this;
                  },
                };
              const m = new OfficeMockObject({ value: wb.settings[k] }) as AnyMock;
              wb.ranges.push(m);
              return m;
            },
          },
          application: { calculate: (t: string) => wb.calls.push(["application.calculate", t]) },
        },
        sync: async () => undefined,
      },
      run: async function (cb: (ctx: unknown) => Promise<unknown>) {
        return cb((this as { context: unknown }).context);
      },
    };
    this.excel = new OfficeMockObject(data) as AnyMock;
    const ctx = this.excel.context as AnyMock;
    let first = true;
    this.syncSpy = jest.spyOn(ctx, "sync").mockImplementation(async () => {
      if (first && wb.syncError) {
        first = false;
        throw Object.assign(new Error(wb.syncError.message), { code: wb.syncError.code });
      }
      first = false;
      if (wb.pendingError) {
        const e = wb.pendingError;
        wb.pendingError = null;
        throw e;
      }
      // propagate loads like OfficeMockObject.sync, for every range and worksheet created
      for (const r of wb.ranges) await (r as OfficeMockObject).sync();
      await OfficeMockObject.prototype.sync.call(ctx);
    });
  }

  /** Installs this workbook as the global Excel. */
  install(): this {
    (globalThis as { Excel?: unknown }).Excel = this.excel;
    return this;
  }

  get syncs(): number {
    return this.syncSpy.mock.calls.length;
  }

  addrOf(r: AnyMock): string {
    return r._addr as string;
  }

  worksheet(loaded = false): AnyMock {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const wb = this;
    const ws = new OfficeMockObject({
      name: this.sheet,
      protection: { protected: this.protected },
      getUsedRangeOrNullObject: () => {
        const keys = [...wb.cells.keys()].map((k) => k.split(",").map(Number) as [number, number]);
        if (!keys.length)
          return {
            isNullObject: true,
            load() {
              return this;
            },
          };
        const a: Area = {
          sheet: wb.sheet,
          r0: Math.min(...keys.map((k) => k[0])),
          c0: Math.min(...keys.map((k) => k[1])),
          r1: Math.max(...keys.map((k) => k[0])),
          c1: Math.max(...keys.map((k) => k[1])),
        };
        return wb.range(areaAddress(a));
      },
      calculate: (all: boolean) => wb.calls.push(["worksheet.calculate", all]),
      getRange: (addr: string) => wb.range(addr),
    }) as AnyMock;
    if (loaded) ws.load("name");
    this.ranges.push(ws);
    return ws;
  }

  /** Is there a sheet of that name (case-insensitive, as in Excel)? */
  hasSheet(name: string): boolean {
    const n = name.toLowerCase();
    return [this.sheet, ...this.otherSheets, ...this.added.map((x) => x.name)].some((x) => x.toLowerCase() === n);
  }

  /** worksheets.getItemOrNullObject: isNullObject is readable after load + sync. */
  sheetProbe(name: string): AnyMock {
    const p = new OfficeMockObject({ isNullObject: !this.hasSheet(name), name }) as AnyMock;
    this.ranges.push(p);
    return p;
  }

  /** worksheets.add: a new sheet whose writes are recorded. */
  addSheet(name: string): AnyMock {
    this.calls.push(["worksheets.add", name]);
    if (this.hasSheet(name))
      this.pendingError = Object.assign(new Error("A resource with the same name or identifier already exists."), { code: "ItemAlreadyExists" });
    const sheet: TemplateSheet = { name, ranges: [], assigned: [], merges: [], conditionalFormats: [], charts: [], freeze: [], activated: 0 };
    this.added.push(sheet);
    const range = (address: string): AnyMock => {
      const r = new OfficeMockObject({
        address,
        format: { font: {}, fill: {}, borders: { getItem: () => ({}) } },
        merge: () => void sheet.merges.push(address),
        conditionalFormats: {
          add: (type: string) => {
            const cf = { range: address, type, rule: {} as { formula?: string }, format: new OfficeMockObject({ fill: {}, font: {} }) as AnyMock };
            sheet.conditionalFormats.push(cf);
            return { custom: { rule: cf.rule, format: cf.format } };
          },
        },
      }) as AnyMock;
      r._addr = address;
      const recorded = new Proxy(r, {
        set: (t, k, v) => {
          if (typeof k === "string" && !k.startsWith("_")) sheet.assigned.push([address, k]);
          return Reflect.set(t, k, v);
        },
      });
      sheet.ranges.push(recorded);
      return recorded;
    };
    return new OfficeMockObject({
      name,
      getRange: (address: string) => range(address),
      freezePanes: {
        freezeAt: (r: AnyMock) => void sheet.freeze.push(`at ${r._addr as string}`),
        freezeRows: (n: number) => void sheet.freeze.push(`rows ${n}`),
        freezeColumns: (n: number) => void sheet.freeze.push(`cols ${n}`),
      },
      charts: {
        add: (type: string, source: AnyMock, seriesBy: string) => {
          const entry: TemplateSheet["charts"][number] = { type, source: source._addr as string, seriesBy, series: [{ values: source._addr as string }] };
          sheet.charts.push(entry);
          const series = (s: { name?: string; values?: string; x?: string }) => ({
            set name(v: string) {
              s.name = v;
            },
            setValues: (r: AnyMock) => void (s.values = r._addr as string),
            setXAxisValues: (r: AnyMock) => void (s.x = r._addr as string),
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
              getItemAt: (i: number) => series(entry.series[i] as { name?: string; values?: string }),
              add: (n: string) => {
                const s = { name: n };
                entry.series.push(s);
                return series(s);
              },
            },
            setPosition: (from: string, to: string) => void (entry.position = [from, to]),
          };
        },
      },
      activate: () => void sheet.activated++,
    }) as AnyMock;
  }

  /** A range mock with the model's current values. */
  range(address: string): AnyMock {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const wb = this;
    const a = parseArea(address, this.sheet) as Area;
    const rows = a.r1 - a.r0 + 1;
    const cols = a.c1 - a.c0 + 1;
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    for (let i = 0; i < rows; i++) {
      const vr: unknown[] = [];
      const fr: unknown[] = [];
      for (let j = 0; j < cols; j++) {
        const c = this.cells.get(`${a.r0 + i},${a.c0 + j}`);
        vr.push(c ? c.value : "");
        fr.push(c ? (c.formula ?? c.value) : "");
      }
      values.push(vr);
      formulas.push(fr);
    }
    const r = new OfficeMockObject({
      address: areaAddress(a),
      values,
      formulas,
      numberFormat: values.map((row) => row.map(() => "General")),
      rowCount: rows,
      columnCount: cols,
      format: { font: { bold: false }, autofitColumns: () => wb.calls.push(["autofit", areaAddress(a)]) },
      worksheet: { name: wb.sheet, protection: { protected: wb.protected } },
      getResizedRange: (dr: number, dc: number) => wb.range(areaAddress({ ...a, r1: a.r1 + dr, c1: a.c1 + dc })),
      getCell: (i: number, j: number) => wb.range(areaAddress({ ...a, r0: a.r0 + i, c0: a.c0 + j, r1: a.r0 + i, c1: a.c0 + j })),
      clear: (what: string) => {
        wb.calls.push(["clear", areaAddress(a), what]);
        for (let i = a.r0; i <= a.r1; i++) for (let j = a.c0; j <= a.c1; j++) wb.cells.delete(`${i},${j}`);
      },
      calculate: () => wb.calls.push(["range.calculate", areaAddress(a)]),
    }) as AnyMock;
    r._addr = areaAddress(a);
    r._area = a;
    r._initial = { formulas, numberFormat: r.numberFormat };
    this.ranges.push(r);
    return r;
  }

  /** Ranges the adapter assigned formulas to (in order). */
  writes(): { address: string; formulas: unknown[][]; numberFormat: unknown; bold: unknown }[] {
    return this.ranges
      .filter((r) => Array.isArray(r.formulas) && r._initial && r.formulas !== r._initial.formulas)
      .map((r) => ({ address: r._addr as string, formulas: r.formulas as unknown[][], numberFormat: r.numberFormat, bold: r.format?.font?.bold }));
  }

  /** Applies what was written to the model (so a later action sees it). */
  commit(): void {
    for (const w of this.writes()) {
      const a = parseArea(w.address, this.sheet) as Area;
      w.formulas.forEach((row, i) =>
        row.forEach((v, j) => {
          const k = `${a.r0 + i},${a.c0 + j}`;
          if (v === "" || v === null) this.cells.delete(k);
          else this.cells.set(k, typeof v === "string" && v.startsWith("=") ? { value: 0, formula: v } : { value: v });
        }),
      );
    }
    this.ranges = [];
  }

  value(addr: string): unknown {
    const a = parseArea(addr, this.sheet) as Area;
    const c = this.cells.get(`${a.r0},${a.c0}`);
    return c ? (c.formula ?? c.value) : undefined;
  }
}
