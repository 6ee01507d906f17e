/**
 * Templates tab: pick a template (forecast vs actual for a month or a range of months, the monthly
 * dashboard, a product's history), its month(s) or product, see a preview of the sheet (its title
 * rows and the first rows of its table, as text), insert it as a new worksheet of live =SMM.*
 * formulas.
 */
import type { ProductHit } from "../actions/search";
import type { TemplateChoice, TemplateOptions, TemplatePreview, TemplateSpec } from "../actions/templates";
import { describeGrid, monthOptionLabel, reconcileSpec, TEMPLATE_CHOICES } from "../actions/templates";
import { periodLabel, plural } from "../actions/format";
import type { Child, Tone } from "./dom";
import { button, field, h, messageBar, nextId, replace, select } from "./dom";
import { ProductPicker } from "./productPicker";

export interface TemplatesEvents {
  /** The choice or a parameter changed (preview it). */
  change(spec: TemplateSpec): void;
  insert(spec: TemplateSpec): void;
  searchProduct(text: string): void;
}

export class TemplatesView {
  readonly el: HTMLElement;
  private s: TemplateSpec | null = null;
  private opts: TemplateOptions = {
    forecastMonths: [],
    editionMonths: [],
    coverage: {},
    defaults: { choice: "fva-month", month: "", from: "", to: "", dashboardMonth: "", product: "", productFrom: "", productTo: "" },
  };
  private months: string[] = [];
  private radios = new Map<TemplateChoice, HTMLInputElement>();
  private params = h("div", { class: "stack", attrs: { "data-testid": "template-params" } });
  private picker: ProductPicker;
  private pickerField: HTMLElement;
  private previewBox = h("div", { class: "template-preview", attrs: { "data-testid": "template-preview", "aria-live": "polite" } });
  private result = h("div", { attrs: { "data-testid": "template-result", "aria-live": "polite" } });
  private insertBtn: HTMLButtonElement;
  private hostNote = h("p", { class: "hint host-note" });
  private inExcel = false;
  private busy = false;

  constructor(private ev: TemplatesEvents) {
    const name = nextId("template");
    const choices = h(
      "fieldset",
      { class: "choices", attrs: { "data-testid": "template-choices" } },
      h("legend", null, "Template"),
      TEMPLATE_CHOICES.map((c) => {
        const id = nextId("t");
        const descId = `${id}-desc`;
        const radio = h("input", {
          id,
          attrs: { type: "radio", name, value: c.id, "aria-describedby": descId, "data-testid": `template-${c.id}` },
          on: { change: () => radio.checked && this.setChoice(c.id) },
        });
        this.radios.set(c.id, radio);
        return h(
          "div",
          { class: "check choice" },
          radio,
          h("label", { attrs: { for: id } }, c.label, h("span", { class: "hint block", id: descId }, c.description)),
        );
      }),
    );
    this.picker = new ProductPicker(
      { search: (t) => this.ev.searchProduct(t), choose: (ref) => this.update({ product: ref, productFrom: "", productTo: "" }) },
      "tpl-product",
    );
    this.pickerField = field("Product", this.picker.input, "By name, alias or id; typos are fine. Arrow keys and Enter to choose.");
    this.picker.input.after(this.picker.list);
    this.insertBtn = button("Insert as a new sheet", () => this.insert(), "primary", { "data-testid": "template-insert" });
    this.el = h(
      "section",
      { class: "stack", attrs: { "aria-label": "Templates" } },
      h("p", { class: "lead" }, "Ready-made sheets built from live =SMM.* formulas, inserted as a new worksheet."),
      choices,
      this.params,
      h("h2", null, "Preview"),
      this.previewBox,
      h("div", { class: "row" }, this.insertBtn),
      this.hostNote,
      this.result,
    );
    this.renderParams();
  }

  get spec(): TemplateSpec {
    return { ...(this.s ?? this.opts.defaults) };
  }

  setHost(inExcel: boolean): void {
    this.inExcel = inExcel;
    this.hostNote.textContent = inExcel ? "" : "Inserting a sheet needs Excel: open this pane in Excel. Here you can choose a template and preview it.";
    this.insertBtn.setAttribute("aria-disabled", String(!inExcel || this.busy));
  }

  /** New data: the months on offer and their defaults; keeps the current choices that are still valid. */
  setOptions(opts: TemplateOptions, product: { name: string; months: string[] }): void {
    this.opts = opts;
    this.months = product.months;
    this.s = reconcileSpec(this.s, opts, this.months);
    this.picker.set(this.s.product, this.s.product ? product.name : "");
    for (const [id, r] of this.radios) r.checked = id === this.s.choice;
    this.renderParams();
  }

  /** The months of the chosen product (after it changed). */
  setProductMonths(months: string[]): void {
    this.months = months;
    if (this.s) this.s = reconcileSpec(this.s, this.opts, months);
    this.renderParams();
  }

  renderProductHits(hits: ProductHit[]): void {
    this.picker.renderResults(hits);
  }

  private setChoice(choice: TemplateChoice): void {
    this.update({ choice });
  }

  private update(patch: Partial<TemplateSpec>): void {
    this.s = { ...this.spec, ...patch };
    this.renderParams();
    replace(this.result);
    this.ev.change(this.spec);
  }

  private monthSelect(
    list: string[],
    value: string,
    key: keyof TemplateSpec,
    testid: string,
    first?: { value: string; label: string },
    label: (m: string) => string = (m) => `${periodLabel(m)} (${m})`,
  ): HTMLSelectElement {
    const opts = [...(first ? [first] : []), ...list.map((m) => ({ value: m, label: label(m) }))];
    if (!opts.length) opts.push({ value: "", label: "No months loaded" });
    const s = select(opts, value, (v) => this.update({ [key]: v } as Partial<TemplateSpec>), { "data-testid": testid });
    s.disabled = !list.length && !first;
    return s;
  }

  private renderParams(): void {
    const s = this.spec;
    const fm = this.opts.forecastMonths;
    let body: Child;
    switch (s.choice) {
      case "fva-month":
        body = field(
          "Month",
          this.monthSelect(fm, s.month, "month", "tpl-month", undefined, (m) => monthOptionLabel(m, this.opts.coverage[m], "pairs")),
          "Pairs: products whose forecast (from the report of the month before) and actual (that month's report) can be compared; MoM: with both MoM figures.",
        );
        break;
      case "fva-range":
        body = [
          h(
            "div",
            { class: "row periods" },
            field(
              "From",
              this.monthSelect(fm, s.from, "from", "tpl-from", undefined, (m) => monthOptionLabel(m, this.opts.coverage[m], "pairs", true)),
            ),
            field(
              "To",
              this.monthSelect(fm, s.to, "to", "tpl-to", undefined, (m) => monthOptionLabel(m, this.opts.coverage[m], "pairs", true)),
            ),
          ),
          h("p", { class: "hint" }, "Pairs: products whose forecast and actual for the month can be compared."),
        ];
        break;
      case "dashboard":
        body = field(
          "Month",
          this.monthSelect(this.opts.editionMonths, s.dashboardMonth, "dashboardMonth", "tpl-dashboard-month", undefined, (m) =>
            monthOptionLabel(m, this.opts.coverage[m], "products"),
          ),
          "The month's figures, and SMM's forecast for the month after; each month says how many products its edition covers.",
        );
        break;
      case "product-history": {
        const oldest = this.months[this.months.length - 1];
        const newest = this.months[0];
        body = [
          this.pickerField,
          h(
            "div",
            { class: "row periods" },
            field(
              "From",
              this.monthSelect(this.months, s.productFrom, "productFrom", "tpl-product-from", {
                value: "",
                label: oldest ? `First (${oldest})` : "First month with a figure",
              }),
            ),
            field(
              "To",
              this.monthSelect(this.months, s.productTo, "productTo", "tpl-product-to", {
                value: "",
                label: newest ? `Last (${newest})` : "Last month with a figure",
              }),
            ),
          ),
        ];
        break;
      }
    }
    // keep the picker (and its focus) when re-rendering
    const focused = document.activeElement;
    replace(this.params, body);
    if (focused instanceof HTMLElement && focused !== document.activeElement && this.params.contains(focused)) focused.focus();
  }

  renderPreview(p: TemplatePreview | string): void {
    if (typeof p === "string") {
      replace(this.previewBox, h("p", { class: "hint", attrs: { "data-testid": "template-summary" } }, p));
      return;
    }
    const cell = (c: TemplatePreview["rows"][number][number]) =>
      h("td", { class: c.numeric ? "num" : c.text.startsWith("#") ? "missing" : "", attrs: c.formula ? { title: c.formula } : {} }, c.text);
    replace(
      this.previewBox,
      h(
        "div",
        { class: "card template-card" },
        h("div", { class: "row" }, h("strong", { attrs: { "data-testid": "template-sheet" } }, `New sheet \u201C${p.name}\u201D`)),
        h(
          "p",
          { class: "hint", attrs: { "data-testid": "template-summary" } },
          `${describeGrid(p)}. If the name is taken, Excel's next free name is used ("${p.name} (2)").`,
        ),
        h(
          "div",
          { class: "template-title", attrs: { "data-testid": "template-title" } },
          p.title.map((t, i) => h("p", { class: i === 0 ? "template-title-main" : "hint" }, t)),
        ),
        h(
          "div",
          { class: "scroll-x", attrs: { tabindex: 0, role: "region", "aria-label": "Preview of the sheet's first rows" } },
          h(
            "table",
            { class: "grid", attrs: { "data-testid": "template-table" } },
            h(
              "thead",
              null,
              h(
                "tr",
                null,
                p.header.map((x) => h("th", { attrs: { scope: "col" } }, x)),
              ),
            ),
            h(
              "tbody",
              null,
              p.rows.map((r) => h("tr", null, r.map(cell))),
            ),
          ),
        ),
        p.moreRows || p.moreCols
          ? h(
              "p",
              { class: "hint" },
              [
                p.moreRows ? `... and ${plural(p.moreRows, "more row")}` : "",
                p.moreRows && p.moreCols ? ", " : p.moreCols ? "... and " : "",
                p.moreCols ? plural(p.moreCols, "more column") : "",
                p.charts.length ? `; chart: ${p.charts.join("; ")}` : "",
                ".",
              ].join(""),
            )
          : null,
      ),
    );
  }

  setBusy(on: boolean): void {
    this.busy = on;
    this.insertBtn.disabled = on;
    this.insertBtn.textContent = on ? "Inserting..." : "Insert as a new sheet";
    this.el.setAttribute("aria-busy", String(on));
    this.insertBtn.setAttribute("aria-disabled", String(!this.inExcel || on));
  }

  /** The outcome of an insert (or why it cannot happen), under the button. */
  showResult(tone: Tone, title: string, body?: Child): void {
    replace(this.result, messageBar(tone, title, body, [{ label: "Dismiss", run: () => replace(this.result) }]));
  }

  private insert(): void {
    if (this.busy) return;
    this.ev.insert(this.spec);
  }
}
