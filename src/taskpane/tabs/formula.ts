/** Formula tab: build one =SMM.* formula, see its value, write it into the active cell. */
import { FUNCTIONS, measureOf } from "../../core/query";
import { tableGrid } from "../../core/grid";
import { measureFormat } from "../actions/format";
import type { FormulaSpec } from "../actions/formula";
import { defaultFormulaArgs, functionSpecs, previewFormula } from "../actions/formula";
import { FormulaView } from "../view/formulaView";
import type { PaneContext, TabController } from "./context";
import { writeAtActive } from "./context";

export class FormulaController implements TabController {
  private readonly view: FormulaView;
  private lastSpec: FormulaSpec | null = null;

  constructor(private readonly ctx: PaneContext) {
    const names = ctx.ds.catalog.all().flatMap((p) => [p.id, ...p.aliases.filter((a) => /^[\x20-\x7e]+$/.test(a))]);
    this.view = new FormulaView({ change: (s) => this.preview(s), insert: (s) => void this.insert(s) }, functionSpecs(), [...new Set(names)]);
  }

  get el(): HTMLElement {
    return this.view.el;
  }

  setHost(inExcel: boolean): void {
    this.view.setHost(inExcel);
  }

  dataChanged(): void {
    const d = defaultFormulaArgs(this.ctx.ds);
    if (d) this.view.setDefaults(d.product, d.period);
    else if (this.lastSpec) this.preview(this.lastSpec);
  }

  private preview(spec: FormulaSpec): void {
    this.lastSpec = spec;
    this.view.renderPreview(previewFormula(this.ctx.ds, spec));
  }

  private async insert(spec: FormulaSpec): Promise<void> {
    const p = previewFormula(this.ctx.ds, spec);
    const spills = FUNCTIONS[spec.fn].result === "matrix";
    let format = "General";
    if (!spills && p.result.ok && typeof p.result.value === "number") {
      const m = measureOf(spec.fn, spec.args.measure);
      if (m) format = measureFormat(m);
    }
    const grid = tableGrid([[{ formula: p.formula }]], [[format]], 0, { mode: "smm" });
    await writeAtActive(
      this.ctx,
      grid,
      { overwrite: true, ...(spills ? { spill: { rows: p.rows, cols: p.cols } } : {}) },
      `${p.formula}`,
      () => undefined,
      (...a) => this.view.showResult(...a),
    );
  }
}
