/**
 * Linked tables: a table inserted as values remembers its query in the workbook; Refresh rebuilds
 * its grid from the current data. Pure: the records come from src/excel/linkedTables.ts.
 */
import type { Dataset } from "../../core/dataset";
import type { Grid } from "../../core/grid";
import type { LinkRecord } from "../../excel/types";
import { buildTable, describeQuery, toGrid, validateQuery, type TableModel } from "./table";

/** The grid a linked table should hold now, or why it cannot be rebuilt. */
export function linkedGrid(ds: Dataset, rec: LinkRecord): Grid | { error: string } {
  const q = validateQuery(rec.query);
  if (!q.ok) return { error: `its stored query is invalid (${q.message})` };
  const t = buildTable(ds, q.value);
  if (!t.ok) return { error: t.message };
  return toGrid(t.value, "values");
}

/** The table model of a linked table (for Trace of a value cell). */
export function linkedModel(ds: Dataset, rec: LinkRecord): TableModel | null {
  const q = validateQuery(rec.query);
  if (!q.ok) return null;
  const t = buildTable(ds, q.value);
  return t.ok ? t.value : null;
}

export function linkedTitle(ds: Dataset, rec: LinkRecord): string {
  const q = validateQuery(rec.query);
  return q.ok ? describeQuery(ds, q.value) : rec.title || rec.name;
}
