/** Trace tab: where the active cell's (or a typed formula's) number comes from. */
import { readActiveCell, readCellValues } from "../../excel/cell";
import { onSelectionChanged } from "../../excel/host";
import { NO_EXCEL_MESSAGE } from "../../excel/run";
import { linkedModel } from "../actions/linked";
import { refAt, valueFormula } from "../actions/table";
import { callRefs, findSmmCall, traceCall, traceFormula } from "../actions/trace";
import { TraceView } from "../view/traceView";
import type { PaneContext, TabController } from "./context";

export class TraceController implements TabController {
  private readonly view: TraceView;
  private follow: (() => void) | null = null;

  constructor(private readonly ctx: PaneContext) {
    this.view = new TraceView({ traceActive: () => void this.traceActive(), traceFormula: (f) => this.traceText(f), follow: (on) => void this.setFollow(on) });
  }

  get el(): HTMLElement {
    return this.view.el;
  }

  setHost(inExcel: boolean): void {
    this.view.setHost(inExcel);
  }

  shown(): void {
    if (this.follow && this.ctx.inExcel()) void this.traceActive();
  }

  private traceText(formula: string): void {
    if (!formula.trim()) return this.view.message("info", "Type a formula", 'For example =SMM.MOM("nickel","2025-02").');
    this.view.render(traceFormula(this.ctx.ds, formula, { texts: this.ctx.texts }));
  }

  private async traceActive(): Promise<void> {
    const { ds, texts } = this.ctx;
    if (!this.ctx.inExcel()) return this.view.message("info", "Trace needs Excel", `${NO_EXCEL_MESSAGE} Type a formula below to trace it here.`);
    const r = await readActiveCell();
    if (!r.ok) return this.view.message("error", "Could not read the active cell", r.message);
    const c = r.value;
    const formula = c.spill?.formula || c.formula;
    const call = findSmmCall(formula);
    if (call && !("error" in call)) {
      const refs = callRefs(call);
      let refValues: Record<string, unknown> = {};
      if (refs.length) {
        const v = await readCellValues(refs, c.sheet);
        if (!v.ok) return this.view.message("error", "Could not read the formula's inputs", v.message);
        refValues = v.value;
      }
      const opts = { refValues, texts, ...(c.spill ? { spillRow: c.spill.row } : {}) };
      return this.view.render(traceCall(ds, call, opts), `${c.address}${c.spill ? ` (spilled from ${c.spill.address})` : ""}`);
    }
    if (call && "error" in call) return this.view.message("warning", "Not traceable", call.error);
    if (c.linked) {
      const model = linkedModel(ds, c.linked.rec);
      const ref = model ? refAt(model, c.linked.row, c.linked.col) : null;
      if (ref) {
        const f = findSmmCall(valueFormula(ref));
        if (f && !("error" in f)) return this.view.render(traceCall(ds, f, { texts }), `${c.address}, in linked table ${c.linked.rec.name} (values)`);
      }
      return this.view.message("info", "Not a figure", `${c.address} is a header or label of linked table ${c.linked.rec.name}.`);
    }
    this.view.message(
      "info",
      "No SMM formula here",
      `${c.address} holds ${formula ? `the formula ${formula}` : c.value === "" ? "nothing" : `the value ${String(c.value)}`}. Select a cell with an =SMM.* formula or in a linked table.`,
    );
  }

  private async setFollow(on: boolean): Promise<void> {
    if (this.follow) {
      this.follow();
      this.follow = null;
    }
    if (!on) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.follow = await onSelectionChanged(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => this.ctx.shell.current === "trace" && void this.traceActive(), 150);
    });
    void this.traceActive();
  }
}
