/**
 * Worksheet recalculation in HyperFormula (GPL-3, dev/test only): 10,000 =SMM.MOM(product, period)
 * cells answered by the add-in's wrapper, against the same 10,000 answers looked up with
 * INDEX/MATCH over the figures pasted as a product x month table. Both workbooks are fully
 * recalculated (rebuildAndRecalculate) side by side.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from "hyperformula";
import { CellError, ErrorType } from "hyperformula";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { Dataset } from "../src/core/dataset";
import { figure, median, now, type Figure } from "./figure";
import { Rng } from "./prng";
import type { CallPath } from "./calls-bench";

let currentPath: CallPath | null = null;

/** =SMM.MOM as an HyperFormula function plugin that calls the add-in's MOM wrapper. */
class SmmPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    "SMM.MOM": {
      method: "mom",
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
      ],
    },
  };
  mom(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata("SMM.MOM"), (product: unknown, period: unknown, basis: unknown) => {
      const p = currentPath;
      if (!p) return new CellError(ErrorType.NA, "no call path");
      const a = p.call({ fn: "MOM", args: basis === undefined ? [product, period] : [product, period, basis], key: "", expect: "value" });
      if (typeof a === "number" || typeof a === "string") return a;
      if (Array.isArray(a)) return new CellError(ErrorType.VALUE, "matrix");
      return new CellError((a as { error: string }).error === "#VALUE!" ? ErrorType.VALUE : ErrorType.NA, (a as { message: string }).message);
    });
  }
}

let registered = false;
function register(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(SmmPlugin, { enGB: { "SMM.MOM": "SMM.MOM" }, enUS: { "SMM.MOM": "SMM.MOM" } });
  registered = true;
}

const colName = (i: number): string => {
  let s = "";
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

export function benchRecalc(ds: Dataset, cp: CallPath, log: (s: string) => void): { figures: Figure[]; problems: string[] } {
  register();
  currentPath = cp;
  const problems: string[] = [];
  const figs = ds.allFigures().filter((o) => o.measure === "mom" && o.basis === "actual" && o.segment === "");
  const products = [...new Set(figs.map((o) => o.product))].sort();
  const periods = [...new Set(figs.map((o) => o.period))].sort();
  const value = new Map(figs.map((o) => [`${o.product}|${o.period}`, o.value] as const));
  // the pasted table: products down, months across
  const table: (string | number | null)[][] = [[null, ...periods]];
  for (const p of products) table.push([p, ...periods.map((m) => value.get(`${p}|${m}`) ?? null)]);
  const lastCol = colName(periods.length);
  const lastRow = products.length + 1;
  const N = 10_000;
  const rng = new Rng(11);
  const rows: [string, string, number][] = [];
  while (rows.length < N) {
    const o = rng.pick(figs);
    rows.push([o.product, o.period, o.value]);
  }
  const smmSheet = rows.map(([p, m], i) => [p, m, `=SMM.MOM(A${i + 1},B${i + 1})`]);
  const nativeSheet = rows.map(([p, m], i) => [
    p,
    m,
    `=INDEX(Data!$B$2:$${lastCol}$${lastRow},MATCH(A${i + 1},Data!$A$2:$A$${lastRow},0),MATCH(B${i + 1},Data!$B$1:$${lastCol}$1,0))`,
  ]);
  const config = { licenseKey: "gpl-v3" };
  const t0 = now();
  const hfSmm = HyperFormula.buildFromSheets({ Sheet1: smmSheet }, config);
  const tSmmBuild = now() - t0;
  const t1 = now();
  const hfNative = HyperFormula.buildFromSheets({ Sheet1: nativeSheet, Data: table }, config);
  const tNativeBuild = now() - t1;
  // the same answers?
  const s1 = hfSmm.getSheetId("Sheet1") ?? 0;
  const s2 = hfNative.getSheetId("Sheet1") ?? 0;
  let bad = 0;
  for (let i = 0; i < N; i++) {
    const a = hfSmm.getCellValue({ sheet: s1, row: i, col: 2 });
    const b = hfNative.getCellValue({ sheet: s2, row: i, col: 2 });
    const want = (rows[i] as [string, string, number])[2];
    if (a !== want || b !== want) {
      if (bad++ < 3) problems.push(`recalc row ${i + 1}: SMM.MOM gave ${JSON.stringify(a)}, INDEX/MATCH ${JSON.stringify(b)}, want ${want}`);
    }
  }
  if (bad > 3) problems.push(`recalc: ${bad} of ${N} cells differ`);
  const smm: number[] = [];
  const nat: number[] = [];
  for (let r = 0; r < 3; r++) {
    const a = now();
    hfSmm.rebuildAndRecalculate();
    const b = now();
    hfNative.rebuildAndRecalculate();
    const c = now();
    smm.push(b - a);
    nat.push(c - b);
  }
  log(
    `  recalc: first build SMM ${tSmmBuild.toFixed(0)} ms, native ${tNativeBuild.toFixed(0)} ms; table ${products.length} products x ${periods.length} months`,
  );
  hfSmm.destroy();
  hfNative.destroy();
  currentPath = null;
  return {
    figures: [
      figure(
        `recalc: ${N.toLocaleString("en-US")} =SMM.MOM cells (full recalc)`,
        "ms",
        median(smm),
        median(nat),
        { of: "ratio", max: 1.0 },
        `HyperFormula rebuildAndRecalculate; baseline INDEX/MATCH over a pasted ${products.length}x${periods.length} table; ${cp.label}`,
      ),
    ],
    problems,
  };
}
