/**
 * Formula tab: build one =SMM.* formula (function, product, month, measure, basis), see its value
 * now, write it into the active cell.
 */
import type { FunctionName, FunctionSpec } from "../../core/query";
import { MEASURES } from "../../core/types";
import type { FormulaPreview, FormulaSpec } from "../actions/formula";
import { MEASURE_LABELS } from "../actions/format";
import { button, field, h, nextId, replace, select } from "./dom";

export interface FormulaEvents {
  change(spec: FormulaSpec): void;
  insert(spec: FormulaSpec): void;
}

export class FormulaView {
  readonly el: HTMLElement;
  private spec: FormulaSpec;
  private params = h("div", { class: "stack" });
  private out = h("div", { class: "formula-out", attrs: { "aria-live": "polite", "data-testid": "formula-out" } });
  private desc = h("p", { class: "hint" });
  private hostNote = h("p", { class: "hint host-note" });
  private productList: HTMLDataListElement;

  constructor(
    private ev: FormulaEvents,
    private specs: FunctionSpec[],
    productNames: string[],
  ) {
    this.spec = { fn: "MOM", args: { product: "", period: "" } };
    this.productList = h("datalist", { id: nextId("products") }, productNames.map((n) => h("option", { attrs: { value: n } })));
    this.el = h(
      "section",
      { class: "stack" },
      field(
        "Function",
        select(
          specs.map((s) => ({ value: s.name, label: `SMM.${s.name}` })),
          this.spec.fn,
          (v) => {
            this.spec = { fn: v as FunctionName, args: { ...this.spec.args } };
            this.renderParams();
            this.changed();
          },
          { "data-testid": "fn" },
        ),
      ),
      this.desc,
      this.productList,
      this.params,
      this.out,
      h("div", { class: "row" }, button("Insert in active cell", () => this.ev.insert(this.spec), "primary", { "data-testid": "formula-insert" })),
      this.hostNote,
    );
    this.renderParams();
  }

  setHost(inExcel: boolean): void {
    this.hostNote.textContent = inExcel ? "" : "Writing to a sheet needs Excel. Copy the formula into Excel, or open this pane there.";
  }

  setDefaults(product: string, period: string): void {
    if (!this.spec.args.product) this.spec.args.product = product;
    if (!this.spec.args.period) this.spec.args.period = period;
    this.renderParams();
    this.changed();
  }

  private changed(): void {
    this.ev.change({ fn: this.spec.fn, args: { ...this.spec.args } });
  }

  private renderParams(): void {
    const spec = this.specs.find((s) => s.name === this.spec.fn);
    if (!spec) return;
    this.desc.textContent = spec.description;
    replace(
      this.params,
      spec.params.map((p) => {
        const set = (v: string) => {
          this.spec.args[p.name] = v;
          this.changed();
        };
        const label = `${p.name}${p.optional ? " (optional)" : ""}`;
        const value = this.spec.args[p.name] ?? "";
        if (p.kind === "measure") {
          const opts = [...(p.optional ? [{ value: "", label: `default (${p.default ?? "mom"})` }] : []), ...MEASURES.map((m) => ({ value: m, label: `${m}: ${MEASURE_LABELS[m]}` }))];
          if (!p.optional && !value) this.spec.args[p.name] = "output";
          return field(label, select(opts, this.spec.args[p.name] ?? "", set, { "data-param": p.name }));
        }
        if (p.kind === "basis") {
          return field(label, select([{ value: "", label: "default (actual)" }, { value: "actual", label: "actual" }, { value: "forecast", label: "forecast" }], value, set, { "data-param": p.name }));
        }
        const input = h("input", {
          class: "input",
          attrs: { type: "text", value, list: p.kind === "product" ? this.productList.id : undefined, placeholder: p.kind === "product" ? "nickel, copper-cathode, npi:metal-content" : "2025-02", "data-param": p.name, autocomplete: "off" },
          on: { input: () => set(input.value) },
        });
        return field(label, input, p.kind === "period" ? "Month: 2025-02, Feb 2025 or 202502" : undefined);
      }),
    );
  }

  renderPreview(p: FormulaPreview): void {
    const code = h("code", { class: "formula", attrs: { "data-testid": "formula-text" } }, p.formula);
    replace(
      this.out,
      h("div", { class: "kv" }, h("span", { class: "k" }, "Formula"), code),
      h("div", { class: "kv" }, h("span", { class: "k" }, "Value now"), h("span", { class: p.result.ok ? "v" : "v error-text" }, p.text)),
      h(
        "div",
        { class: "row" },
        button("Copy formula", () => {
          void navigator.clipboard?.writeText(p.formula).catch(() => undefined);
        }, "subtle"),
      ),
    );
  }
}
