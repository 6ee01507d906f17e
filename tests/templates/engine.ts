/**
 * A formula engine for the template tests: HyperFormula 3.5.0 (GPL-3, tests only) with a function
 * plugin whose SMM.MOM, SMM.FORECAST, ... call the core's `callFunction` on a Dataset, i.e. the
 * real SMM implementations. Grids are loaded as sheets and every formula is evaluated.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ArraySize, CellError, DetailedCellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { ImplementedFunctions } from "hyperformula";
import { Dataset } from "../../src/core/dataset";
import { callFunction, FUNCTIONS, type FunctionName } from "../../src/core/query";
import { readDatasetFile } from "../../src/core/store";
import { colLetter, gridBounds, isErrorValue, parseA1, type CellValue, type Grid } from "../../src/core/templates/grid";
import type { QueryResult } from "../../src/core/types";

export const ROOT = path.resolve(__dirname, "../..");

/**
 * The template tests' history as a Dataset: a frozen copy of data/bundled.json as it was before the
 * history grew (the Feb 2025 report + the shared CSV), so the hand-checked numbers below stay put
 * when `npm run data` adds figures. The live bundle has its own tests (tests/data).
 */
export function loadBundled(): Dataset {
  const ds = new Dataset();
  const r = readDatasetFile(readFileSync(path.join(ROOT, "tests/templates/history-snapshot.json"), "utf8"));
  for (const e of r.editions) ds.addEdition(e, "bundled");
  return ds;
}

// ------------------------------------------------------------------------------- the SMM plugin

/** The dataset the plugin reads (HyperFormula instantiates plugins itself, so it is module state). */
let current: Dataset | null = null;

type HfArg = unknown;

function toArg(v: HfArg): unknown {
  if (v === undefined) return undefined;
  if (typeof v === "symbol") return null; // EmptyValue
  if (v instanceof SimpleRangeValue) return v.rawData();
  return v;
}

function toHf(r: QueryResult): any {
  if (!r.ok) return new CellError(r.error === "#N/A" ? ErrorType.NA : ErrorType.VALUE, r.message);
  if (Array.isArray(r.value)) return SimpleRangeValue.onlyValues(r.value as (string | number)[][]);
  return r.value;
}

const NAMES = Object.keys(FUNCTIONS) as FunctionName[];

class SmmPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    NAMES.map((name) => {
      const spec = FUNCTIONS[name];
      return [
        `SMM.${name}`,
        {
          method: "call",
          parameters: spec.params.map((p) => ({ argumentType: FunctionArgumentType.SCALAR, ...(p.optional ? { optionalArg: true } : {}) })),
          ...(spec.result === "matrix" ? { sizeOfResultArrayMethod: "size", vectorizationForbidden: true } : {}),
        },
      ];
    }),
  );

  private nameOf(ast: { procedureName: string }): FunctionName {
    return ast.procedureName.replace(/^SMM\./i, "").toUpperCase() as FunctionName;
  }

  call(ast: any, state: any): any {
    const name = this.nameOf(ast);
    return this.runFunction(ast.args, state, this.metadata(`SMM.${name}`), (...args: HfArg[]) => {
      if (!current) return new CellError(ErrorType.NA, "no dataset");
      return toHf(callFunction(current, name, args.map(toArg)));
    });
  }

  size(ast: any, state: any): ArraySize {
    const name = this.nameOf(ast);
    if (!current) return ArraySize.scalar();
    const args = (ast.args as any[]).map((a) => {
      const v = this.evaluateAst(a, state);
      return toArg(v);
    });
    const r = callFunction(current, name, args);
    if (!r.ok || !Array.isArray(r.value) || r.value.length === 0) return ArraySize.scalar();
    return new ArraySize((r.value[0] as unknown[]).length, r.value.length);
  }
}

let registered = false;
function register(): void {
  if (registered) return;
  const names = Object.fromEntries(NAMES.map((n) => [`SMM.${n}`, `SMM.${n}`]));
  HyperFormula.registerFunctionPlugin(SmmPlugin, { enGB: names, enUS: names });
  registered = true;
}

// ------------------------------------------------------------------------------- grids -> engine

export interface Engine {
  hf: HyperFormula;
  /** Evaluated value of a cell: numbers, strings, booleans, "" for empty, { error } for errors. */
  value(sheet: string, ref: string): CellValue;
  /** Formula cells whose evaluated value differs from the grid's expected value. */
  mismatches(grid: Grid, tol?: number): string[];
}

function sheetContent(g: Grid): (string | number | boolean | null)[][] {
  const { rows, cols } = gridBounds(g);
  const out: (string | number | boolean | null)[][] = Array.from({ length: rows }, () => new Array<string | number | boolean | null>(cols).fill(null));
  for (const [ref, c] of Object.entries(g.cells)) {
    const { row, col } = parseA1(ref);
    const line = out[row - 1] as (string | number | boolean | null)[];
    if (c.formula) line[col - 1] = c.formula;
    else if (c.value === undefined || c.value === null || isErrorValue(c.value)) line[col - 1] = null;
    else line[col - 1] = typeof c.value === "string" && /^[=+\-'0-9.]/.test(c.value) ? `'${c.value}` : c.value;
  }
  return out;
}

export function sameValue(got: CellValue, want: CellValue, tol = 1e-9): boolean {
  if (isErrorValue(want)) return isErrorValue(got) && got.error === want.error;
  if (typeof want === "number") return typeof got === "number" && Math.abs(got - want) <= tol * Math.max(1, Math.abs(want));
  if (want === null || want === "") return got === "" || got === null;
  return got === want;
}

/** Loads grids as sheets of one engine (the dataset feeds the SMM functions). */
export function evaluate(ds: Dataset, grids: readonly Grid[]): Engine {
  register();
  current = ds;
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const g of grids) sheets[g.name] = sheetContent(g);
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: false });
  const value = (sheet: string, ref: string): CellValue => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    const { row, col } = parseA1(ref);
    const v = hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
    if (v instanceof DetailedCellError) return { error: v.value as "#N/A" };
    if (v === null || v === undefined) return "";
    return v as CellValue;
  };
  return {
    hf,
    value,
    mismatches(grid, tol = 1e-9) {
      const out: string[] = [];
      for (const [ref, c] of Object.entries(grid.cells)) {
        if (!c.formula) continue;
        const got = value(grid.name, ref);
        if (!sameValue(got, c.value ?? "", tol)) out.push(`${grid.name}!${ref} ${c.formula}: got ${JSON.stringify(got)}, expected ${JSON.stringify(c.value)}`);
        if (c.spill) {
          const { row, col } = parseA1(ref);
          c.spill.values.forEach((line, i) =>
            line.forEach((want, j) => {
              const r2 = `${colLetter(col + j)}${row + i}`;
              const g2 = value(grid.name, r2);
              if (!sameValue(g2, want, tol)) out.push(`${grid.name}!${r2} (spill of ${ref}): got ${JSON.stringify(g2)}, expected ${JSON.stringify(want)}`);
            }),
          );
        }
      }
      return out;
    },
  };
}
