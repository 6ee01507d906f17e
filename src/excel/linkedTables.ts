/**
 * Linked tables in the workbook. Each table inserted as values is
 *   - a workbook-scoped named range SMM_T_<id> (it follows the block when rows/columns are inserted), and
 *   - an entry in the add-in's workbook setting "smm.linkedTables.v1" (saved inside the file, so it
 *     survives save, reopen and sharing) holding the query that re-pulls it.
 * Refresh re-pulls tables (grows or shrinks them: cells it would grow into must be empty; cells it
 * leaves are cleared; nothing outside the old and new block is touched) and recalculates =SMM.*
 * formulas in the selection, the sheet or the workbook: two syncs when the registry is known.
 */
import { areaAddress, intersects, parseArea, type Area } from "../core/a1";
import { gridSize } from "../core/grid";
import { queueCells, rangesFrom } from "./grid";
import { isEmptyCell, runExcel } from "./run";
import type { ExcelOutcome, Grid, LinkRecord, RefreshReport, RefreshScope, TableRefresh } from "./types";

export const REGISTRY_KEY = "smm.linkedTables.v1";
export const NAME_PREFIX = "SMM_T_";

interface Registry {
  v: 1;
  tables: LinkRecord[];
}

/** The registry as last read or written (refresh uses it to plan its reads in one sync). */
let cache: LinkRecord[] | null = null;

export function resetLinkCache(): void {
  cache = null;
}

export function cachedLinks(): LinkRecord[] | null {
  return cache ? cache.map((r) => ({ ...r })) : null;
}

const str = (x: unknown): x is string => typeof x === "string";

/** Reads the setting's value (JSON text, or an object). Never throws; drops malformed entries. */
export function parseRegistry(value: unknown): LinkRecord[] {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return [];
    }
  }
  if (typeof v !== "object" || v === null || !Array.isArray((v as { tables?: unknown }).tables)) return [];
  const out: LinkRecord[] = [];
  const seen = new Set<string>();
  for (const t of (v as { tables: unknown[] }).tables) {
    if (typeof t !== "object" || t === null) continue;
    const r = t as Record<string, unknown>;
    if (!str(r.id) || !/^[a-z0-9]{4,24}$/.test(r.id) || seen.has(r.id)) continue;
    if (!str(r.name) || r.name !== NAME_PREFIX + r.id) continue;
    seen.add(r.id);
    out.push({
      id: r.id,
      name: r.name,
      title: str(r.title) ? r.title.slice(0, 300) : "",
      query: r.query ?? null,
      createdAt: str(r.createdAt) ? r.createdAt : "",
      updatedAt: str(r.updatedAt) ? r.updatedAt : "",
      address: str(r.address) ? r.address : "",
    });
  }
  return out;
}

const serialize = (tables: readonly LinkRecord[]): string => JSON.stringify({ v: 1, tables: [...tables] } satisfies Registry);

/** Queues a read of the registry setting; call `registryOf` after the sync. */
export function readRegistryInBatch(ctx: Excel.RequestContext): Excel.Setting {
  const item = ctx.workbook.settings.getItemOrNullObject(REGISTRY_KEY);
  item.load("value");
  return item;
}

export function registryOf(item: Excel.Setting): LinkRecord[] {
  if (item.isNullObject === true) return [];
  return parseRegistry(item.value);
}

function writeRegistryInBatch(ctx: Excel.RequestContext, tables: readonly LinkRecord[]): void {
  ctx.workbook.settings.add(REGISTRY_KEY, serialize(tables));
  cache = tables.map((r) => ({ ...r }));
}

const newId = (): string => {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  const bytes = new Uint8Array(6);
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("") + Date.now().toString(36).slice(-4);
};

/** Inside writeGrid's write batch: names the block and adds its entry to the registry (after the registry was read). */
export function addLinkInBatch(
  ctx: Excel.RequestContext,
  registryItem: Excel.Setting,
  range: Excel.Range,
  address: string,
  query: unknown,
  title: string,
): LinkRecord {
  const existing = registryOf(registryItem);
  const now = new Date().toISOString();
  const id = newId();
  const rec: LinkRecord = { id, name: NAME_PREFIX + id, title: title.slice(0, 300), query, createdAt: now, updatedAt: now, address };
  ctx.workbook.names.add(rec.name, range, `SMM linked table: ${rec.title}`.slice(0, 250));
  writeRegistryInBatch(ctx, [...existing, rec]);
  return rec;
}

export interface LinkedTableState extends LinkRecord {
  /** Current address of the named range, or null when its cells were deleted. */
  current: string | null;
}

/** Lists the workbook's linked tables with their current addresses (two syncs). */
export async function listLinkedTables(): Promise<ExcelOutcome<LinkedTableState[]>> {
  return runExcel("read the linked tables", async (ctx, sync) => {
    const item = readRegistryInBatch(ctx);
    await sync();
    const recs = registryOf(item);
    cache = recs.map((r) => ({ ...r }));
    if (!recs.length) return [];
    const names = recs.map((r) => {
      const n = ctx.workbook.names.getItemOrNullObject(r.name);
      n.load("formula");
      return n;
    });
    await sync();
    return recs.map((r, i) => {
      const n = names[i];
      const f = n && n.isNullObject !== true && typeof n.formula === "string" ? n.formula : "";
      const current = f && !/#REF!/i.test(f) ? f.replace(/^=/, "") : null;
      return { ...r, current };
    });
  });
}

/** Forgets a linked table (its cells stay as they are). */
export async function unlinkTable(id: string): Promise<ExcelOutcome<boolean>> {
  return runExcel("unlink the table", async (ctx, sync) => {
    const item = readRegistryInBatch(ctx);
    await sync();
    const recs = registryOf(item);
    const rec = recs.find((r) => r.id === id);
    if (!rec) return false;
    ctx.workbook.names.getItemOrNullObject(rec.name).delete();
    writeRegistryInBatch(
      ctx,
      recs.filter((r) => r.id !== id),
    );
    await sync();
    return true;
  });
}

const countSmm = (formulas: unknown): number => {
  let n = 0;
  if (!Array.isArray(formulas)) return 0;
  for (const row of formulas) if (Array.isArray(row)) for (const f of row) if (typeof f === "string" && /^=.*\bSMM\s*\.\s*[A-Z]+\s*\(/i.test(f)) n++;
  return n;
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

interface Planned {
  rec: LinkRecord;
  grid: Grid;
  old: Excel.Range;
  target: Excel.Range;
  ws: Excel.Worksheet;
}

/**
 * Refresh: re-pulls the linked tables in the scope (with `build`, which computes a table's grid from
 * its query) and recalculates the =SMM.* formulas there. Reads in one sync, writes in a second
 * (plus one the first time, to learn the registry, and one if a table's cells were deleted).
 */
export async function refreshSmm(scope: RefreshScope, build: (rec: LinkRecord) => Grid | { error: string }): Promise<ExcelOutcome<RefreshReport>> {
  return runExcel("refresh", async (ctx, sync) => {
    const wb = ctx.workbook;
    if (!cache) {
      const item = readRegistryInBatch(ctx);
      await sync();
      cache = registryOf(item);
    }
    let recs = cache.map((r) => ({ ...r }));
    const results: TableRefresh[] = [];
    const status = (rec: LinkRecord, s: TableRefresh["status"], message: string, extra: Partial<TableRefresh> = {}): void => {
      results.push({ id: rec.id, name: rec.name, title: rec.title, status: s, message, ...extra });
    };

    // ---- 1. read: scope, registry (to check the cache), every table's block and the cells it would grow into
    const readAll = () => {
      const registry = readRegistryInBatch(ctx);
      let sel: Excel.Range | null = null;
      let sheet: Excel.Worksheet | null = null;
      let used: Excel.Range | null = null;
      let sheets: Excel.WorksheetCollection | null = null;
      if (scope === "selection") {
        sel = wb.getSelectedRange();
        sel.load("address,formulas");
      } else if (scope === "sheet") {
        sheet = wb.worksheets.getActiveWorksheet();
        sheet.load("name");
        used = sheet.getUsedRangeOrNullObject();
        used.load("formulas");
      } else {
        sheets = wb.worksheets;
        sheets.load("items/name");
      }
      const planned: Planned[] = [];
      for (const rec of recs) {
        const grid = build(rec);
        if ("error" in grid) {
          status(rec, "invalid", `not refreshed: ${grid.error}`);
          continue;
        }
        const { rows, cols } = gridSize(grid);
        const old = wb.names.getItem(rec.name).getRange();
        old.load("address,rowCount,columnCount");
        const ws = old.worksheet;
        ws.load("name");
        ws.protection.load("protected");
        const target = old.getCell(0, 0).getResizedRange(rows - 1, cols - 1);
        target.load("values");
        planned.push({ rec, grid, old, target, ws });
      }
      return { registry, sel, sheet, used, sheets, planned };
    };
    let r = readAll();
    try {
      await sync();
    } catch (e) {
      if (!recs.length) throw e;
      // a table's name or cells are gone: find which, drop them from the registry, read again
      const names = recs.map((rec) => {
        const n = wb.names.getItemOrNullObject(rec.name);
        n.load("formula");
        return n;
      });
      await sync();
      const keep: LinkRecord[] = [];
      recs.forEach((rec, i) => {
        const n = names[i];
        const ok = n && n.isNullObject !== true && typeof n.formula === "string" && !/#REF!/i.test(n.formula);
        if (ok) keep.push(rec);
        else {
          status(rec, "missing", "its cells or its name were deleted: unlinked");
          if (n && n.isNullObject !== true) n.delete();
        }
      });
      recs = keep;
      writeRegistryInBatch(ctx, recs);
      results.splice(0, results.length, ...results.filter((x) => x.status === "missing"));
      r = readAll();
      await sync();
    }

    // ---- decide
    const sheetName = r.sheet?.name ?? "";
    const selArea: Area | null = r.sel ? parseArea(r.sel.address) : null;
    const refresh: { p: Planned; oldArea: Area; rows: number; cols: number }[] = [];
    for (const p of r.planned) {
      const oldArea = parseArea(p.old.address, p.ws.name);
      if (!oldArea) {
        status(p.rec, "missing", `unreadable address ${p.old.address}`);
        continue;
      }
      const inScope =
        scope === "workbook" ||
        (scope === "sheet"
          ? oldArea.sheet.toLowerCase() === sheetName.toLowerCase()
          : !!selArea && intersects(oldArea, { ...selArea, sheet: selArea.sheet || oldArea.sheet }));
      if (!inScope) {
        status(p.rec, "out-of-scope", "outside the scope", { address: p.old.address });
        continue;
      }
      if (p.ws.protection.protected === true) {
        status(p.rec, "protected", `not refreshed: sheet "${p.ws.name}" is protected`, { address: p.old.address });
        continue;
      }
      const oldRows = p.old.rowCount;
      const oldCols = p.old.columnCount;
      const values = p.target.values as unknown[][];
      let busy = 0;
      for (let i = 0; i < values.length; i++) {
        const row = values[i] ?? [];
        for (let j = 0; j < row.length; j++) if ((i >= oldRows || j >= oldCols) && !isEmptyCell(row[j])) busy++;
      }
      const { rows, cols } = gridSize(p.grid);
      if (busy) {
        status(
          p.rec,
          "blocked",
          `not refreshed: it grows to ${rows} x ${cols} cells and ${plural(busy, "cell")} below or right of it ${busy === 1 ? "is" : "are"} not empty. Clear ${busy === 1 ? "it" : "them"} or move the table.`,
          { address: p.old.address, before: { rows: oldRows, cols: oldCols }, after: { rows, cols } },
        );
        continue;
      }
      refresh.push({ p, oldArea, rows, cols });
    }

    // ---- 2. write
    const now = new Date().toISOString();
    for (const { p, oldArea, rows, cols } of refresh) {
      const oldRows = p.old.rowCount;
      const oldCols = p.old.columnCount;
      // clear what the table leaves (inside its old block only)
      if (oldRows > rows)
        p.old
          .getCell(rows, 0)
          .getResizedRange(oldRows - rows - 1, oldCols - 1)
          .clear("All");
      if (oldCols > cols)
        p.old
          .getCell(0, cols)
          .getResizedRange(Math.min(rows, oldRows) - 1, oldCols - cols - 1)
          .clear("All");
      queueCells(rangesFrom(p.target), p.grid, false);
      wb.names.getItem(p.rec.name).delete();
      wb.names.add(p.rec.name, p.target, `SMM linked table: ${p.rec.title}`.slice(0, 250));
      const address = areaAddress({ ...oldArea, r1: oldArea.r0 + rows - 1, c1: oldArea.c0 + cols - 1 });
      const rec = recs.find((x) => x.id === p.rec.id);
      if (rec) {
        rec.address = address;
        rec.updatedAt = now;
      }
      const change =
        rows === oldRows && cols === oldCols
          ? "same size"
          : rows > oldRows || cols > oldCols
            ? `grew from ${oldRows} x ${oldCols}`
            : `shrank from ${oldRows} x ${oldCols}`;
      status(p.rec, "refreshed", `${rows} x ${cols} cells (${change})`, { address, before: { rows: oldRows, cols: oldCols }, after: { rows, cols } });
    }
    // the registry as stored now (another copy of the pane may have added tables): update it by id
    const stored = registryOf(r.registry);
    const gone = new Set(results.filter((x) => x.status === "missing").map((x) => x.id));
    const merged = stored.filter((x) => !gone.has(x.id)).map((x) => recs.find((y) => y.id === x.id) ?? x);
    const unknown = stored.filter((x) => !recs.find((y) => y.id === x.id)).length;
    if (refresh.length || gone.size) writeRegistryInBatch(ctx, merged);
    else cache = merged;
    let perSheet: Excel.Range[] = [];
    if (scope === "selection" && r.sel) r.sel.calculate();
    else if (scope === "sheet" && r.sheet) r.sheet.calculate(true);
    else {
      wb.application.calculate("Full");
      perSheet = (r.sheets?.items ?? []).map((s) => {
        const u = s.getUsedRangeOrNullObject();
        u.load("formulas");
        return u;
      });
    }
    await sync();

    let formulaCells = 0;
    if (r.sel) formulaCells = countSmm(r.sel.formulas);
    else if (r.used && r.used.isNullObject !== true) formulaCells = countSmm(r.used.formulas);
    else for (const u of perSheet) if (u.isNullObject !== true) formulaCells += countSmm(u.formulas);
    const where =
      scope === "selection"
        ? (r.sel?.address ?? "the selection")
        : scope === "sheet"
          ? `sheet ${sheetName}`
          : `the workbook (${plural(r.sheets?.items.length ?? 0, "sheet")})`;
    // tables another copy of the pane linked meanwhile are refreshed next time (the cache now knows them)
    if (unknown) cache = merged;
    return { scope, formulaCells, tables: results, where };
  });
}

/** The linked table (from the cache) whose last written block contains a cell, with the cell's offset. */
export function linkAt(
  sheet: string,
  row: number,
  col: number,
  current: Record<string, string | null> = {},
): { rec: LinkRecord; row: number; col: number } | null {
  for (const rec of cache ?? []) {
    const addr = current[rec.id] ?? rec.address;
    const a = addr ? parseArea(addr) : null;
    if (a && a.sheet.toLowerCase() === sheet.toLowerCase() && row >= a.r0 && row <= a.r1 && col >= a.c0 && col <= a.c1)
      return { rec, row: row - a.r0, col: col - a.c0 };
  }
  return null;
}
