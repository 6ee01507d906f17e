/**
 * Formula tab: build one =SMM.* formula (function, product, month, measure, basis), see its value
 * now, write it into the active cell.
 */
import type { FunctionName, FunctionSpec } from "../../core/query";
import { MEASURES } from "../../core/types";
import type { FormulaPreview, FormulaSpec } from "../actions/formula";
import { MEASURE_LABELS } from "../actions/format";
import type { Child, Tone } from "./dom";
import { button, field, h, messageBar, nextId, replace, select } from "./dom";

export interface FormulaEvents {
  change(spec: FormulaSpec): void;
  insert(spec: FormulaSpec): void;
}

export class FormulaView {
  readonly el: HTMLElement;
  /** The outcome of the last insert, under its button. */
  private result = h("div", { class: "action-result", attrs: { "data-testid": "formula-result", "aria-live": "polite" } });
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
    this.productList = h(
      "datalist",
      { id: nextId("products") },
      productNames.map((n) => h("option", { attrs: { value: n } })),
    );
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
      h(
        "div",
        { class: "row" },
        button("Insert in active cell", () => this.ev.insert(this.spec), "primary", { "data-testid": "formula-insert" }),
      ),
      this.hostNote,
      this.result,
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

  /** One click on a "did you mean": the argument takes the suggested value. */
  private applyFix(param: string, value: string): void {
    this.spec.args[param] = value;
    this.renderParams();
    this.changed();
    (this.params.querySelector(`[data-param="${param}"]`) as HTMLElement | null)?.focus();
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
          const opts = [
            ...(p.optional ? [{ value: "", label: `default (${p.default ?? "mom"})` }] : []),
            ...MEASURES.map((m) => ({ value: m, label: `${m}: ${MEASURE_LABELS[m]}` })),
          ];
          if (!p.optional && !value) this.spec.args[p.name] = "output";
          return field(label, select(opts, this.spec.args[p.name] ?? "", set, { "data-param": p.name }));
        }
        if (p.kind === "basis") {
          return field(
            label,
            select(
              [
                { value: "", label: "default (actual)" },
                { value: "actual", label: "actual" },
                { value: "forecast", label: "forecast" },
              ],
              value,
              set,
              { "data-param": p.name },
            ),
          );
        }
        const input = h("input", {
          class: "input",
          attrs: {
            type: "text",
            value,
            list: p.kind === "product" ? this.productList.id : undefined,
            placeholder: p.kind === "product" ? "nickel, copper-cathode, npi:metal-content" : "2025-02",
            "data-param": p.name,
            autocomplete: "off",
          },
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
      h(
        "div",
        { class: "kv" },
        h("span", { class: "k" }, "Value now"),
        h("span", { class: p.result.ok ? "v" : "v error-text", attrs: { "data-testid": "formula-value" } }, p.text),
      ),
      p.fixes.length
        ? h(
            "div",
            { class: "suggest", attrs: { "data-testid": "formula-fixes" } },
            h("span", { class: "hint" }, "Did you mean"),
            p.fixes.map((f) =>
              button(f.value, () => this.applyFix(f.param, f.value), "secondary", {
                "data-fix": f.value,
                title: `Use ${f.param} "${f.value}" instead of "${f.was}"`,
              }),
            ),
          )
        : null,
      h(
        "div",
        { class: "row" },
        button(
          "Copy formula",
          () => {
            void navigator.clipboard?.writeText(p.formula).catch(() => undefined);
          },
          "subtle",
        ),
      ),
    );
  }

  /** Shows the outcome of an insert next to its button (replacing the last). */
  showResult(tone: Tone, title: string, body?: Child, actions: { label: string; run: () => void; primary?: boolean }[] = []): void {
    replace(this.result, messageBar(tone, title, body, [...actions, { label: "Dismiss", run: () => replace(this.result) }]));
    this.result.scrollIntoView?.({ block: "nearest" });
  }
}
