/**
 * Explore tab: search products (name, alias, group, typos), pick measures and months, preview the
 * numbers, insert them at the active cell as values (a linked table) or live formulas.
 */
import type { Measure } from "../../core/types";
import { MEASURES } from "../../core/types";
import { formatFigure, MEASURE_LABELS, periodLabel, plural } from "../actions/format";
import type { ProductHit } from "../actions/search";
import type { Layout, TableModel, TableQuery } from "../actions/table";
import { LATEST } from "../actions/table";
import type { Child, Tone } from "./dom";
import { button, field, h, messageBar, nextId, replace, select } from "./dom";
import { arrowStep, renderOptions, showActive } from "./productOptions";

export interface ExploreEvents {
  search(text: string): void;
  query(q: TableQuery): void;
  insert(q: TableQuery, mode: "values" | "formulas"): void;
}

export const PREVIEW_ROWS = 30;

const wide = (el: HTMLElement): HTMLElement => (el.classList.add("wide"), el);

export class ExploreView {
  readonly el: HTMLElement;
  /** The outcome of the last insert, under its button. */
  private result = h("div", { class: "action-result", attrs: { "data-testid": "explore-result", "aria-live": "polite" } });
  private q: TableQuery;
  private names = new Map<string, string>();
  private input: HTMLInputElement;
  private list: HTMLElement;
  private chips = h("ul", { class: "chips selected", attrs: { "aria-label": "Chosen products", "data-testid": "chosen" } });
  private hits: ProductHit[] = [];
  private active = -1;
  private periodsBox = h("div", { class: "row periods" });
  private previewBox = h("div", { class: "table-preview", attrs: { "data-testid": "table-preview", "aria-live": "polite" } });
  private insertBtn: HTMLButtonElement;
  private mode: "values" | "formulas" = "values";
  private periods: string[] = [];
  private inExcel = false;
  private hostNote = h("p", { class: "hint host-note" });

  constructor(
    private ev: ExploreEvents,
    initial: TableQuery,
  ) {
    this.q = { ...initial };
    const listId = nextId("results");
    this.input = h("input", {
      class: "input search",
      id: nextId("search"),
      attrs: {
        type: "search",
        role: "combobox",
        "aria-expanded": "true",
        "aria-controls": listId,
        "aria-autocomplete": "list",
        placeholder: "Search: copper, nickel, li2co3, rare earths...",
        autocomplete: "off",
        "data-testid": "search",
      },
      on: {
        input: () => this.ev.search(this.input.value),
        keydown: (e) => this.keys(e),
      },
    });
    this.list = h("ul", {
      id: listId,
      class: "results",
      attrs: { role: "listbox", "aria-multiselectable": "true", "aria-label": "Products", "data-testid": "results" },
    });

    // One Tab stop for the 14 measures: arrow keys move between them (roving tabindex), Space ticks.
    const boxes: HTMLInputElement[] = [];
    const move = (e: KeyboardEvent, i: number): void => {
      const n = boxes.length;
      const j =
        e.key === "ArrowDown" || e.key === "ArrowRight"
          ? (i + 1) % n
          : e.key === "ArrowUp" || e.key === "ArrowLeft"
            ? (i - 1 + n) % n
            : e.key === "Home"
              ? 0
              : e.key === "End"
                ? n - 1
                : -1;
      if (j < 0) return;
      e.preventDefault();
      boxes.forEach((b, k) => (b.tabIndex = k === j ? 0 : -1));
      boxes[j]?.focus();
    };
    const legendId = nextId("measures");
    const measureBox = h(
      "fieldset",
      { class: "measures", attrs: { "aria-describedby": `${legendId}-hint`, "data-testid": "measures" } },
      h("legend", { id: legendId }, "Measures"),
      MEASURES.map((m, i) => {
        const id = nextId("m");
        const cb = h("input", {
          id,
          attrs: { type: "checkbox", value: m, "data-measure": m, tabindex: i === 0 ? 0 : -1 },
          props: { checked: this.q.measures.includes(m) },
          on: {
            change: () => this.toggleMeasure(m, cb.checked),
            keydown: (e) => move(e, i),
            focus: () => boxes.forEach((b, k) => (b.tabIndex = k === i ? 0 : -1)),
          },
        });
        boxes.push(cb);
        return h("div", { class: "check" }, cb, h("label", { attrs: { for: id } }, MEASURE_LABELS[m]));
      }),
      h("p", { class: "visually-hidden", id: `${legendId}-hint` }, "Arrow keys move between measures; Space ticks one."),
    );
    const modeName = nextId("mode");
    const radio = (value: "values" | "formulas", label: string, hint: string) => {
      const id = nextId("r");
      return h(
        "div",
        { class: "check" },
        h("input", {
          id,
          attrs: { type: "radio", name: modeName, value, "data-testid": `mode-${value}` },
          props: { checked: this.mode === value },
          on: { change: () => (this.mode = value) },
        }),
        h("label", { attrs: { for: id } }, label, h("span", { class: "hint block" }, hint)),
      );
    };
    this.insertBtn = button("Insert at active cell", () => this.ev.insert(this.query, this.mode), "primary", { "data-testid": "insert-btn" });
    this.el = h(
      "section",
      { class: "stack" },
      field("Find products", this.input, "By name, alias (li2co3, npi), id or group; typos are fine. Enter or click to choose."),
      this.list,
      this.chips,
      measureBox,
      h("fieldset", null, h("legend", null, "Months and layout"), this.periodsBox),
      h("h2", null, "Preview"),
      this.previewBox,
      h("h2", null, "Insert into the sheet"),
      h(
        "fieldset",
        { class: "modes" },
        h("legend", { class: "visually-hidden" }, "Insert as"),
        radio("values", "Values, linked", "Static numbers with number formats; the workbook remembers the query and Refresh re-pulls it."),
        radio("formulas", "Live formulas", "=SMM.VALUE(...) in every cell: recalculates when the data changes."),
      ),
      h("div", { class: "row" }, this.insertBtn),
      this.hostNote,
      this.result,
    );
    this.renderChips();
  }

  get query(): TableQuery {
    return { ...this.q, products: [...this.q.products], measures: [...this.q.measures] };
  }

  setHost(inExcel: boolean): void {
    this.inExcel = inExcel;
    this.hostNote.textContent = inExcel ? "" : "Writing to a sheet needs Excel: open this pane in Excel to insert. You can search and preview here.";
    this.insertBtn.setAttribute("aria-disabled", String(!inExcel));
  }

  /** Chooses products (e.g. from outside) and re-renders. */
  choose(ref: string, name: string): void {
    if (!this.q.products.includes(ref)) this.q.products.push(ref);
    this.names.set(ref, name);
    this.renderChips();
    this.changed();
  }

  setPeriods(periods: string[]): void {
    this.periods = periods;
    if (!this.q.from || (periods.length && !periods.includes(this.q.from) && this.q.from > (periods[0] ?? "")))
      this.q.from = periods[Math.min(5, periods.length - 1)] ?? this.q.from;
    this.renderPeriods();
  }

  private renderPeriods(): void {
    const opts = this.periods.map((p) => ({ value: p, label: `${periodLabel(p)}` }));
    const fromOpts = opts.some((o) => o.value === this.q.from) ? opts : [{ value: this.q.from, label: periodLabel(this.q.from) }, ...opts];
    const toOpts = [{ value: LATEST, label: "Latest" }, ...opts];
    if (this.q.to !== LATEST && !opts.some((o) => o.value === this.q.to)) toOpts.push({ value: this.q.to, label: periodLabel(this.q.to) });
    replace(
      this.periodsBox,
      field(
        "From",
        select(fromOpts, this.q.from, (v) => ((this.q.from = v), this.changed()), { "data-testid": "from" }),
      ),
      field(
        "To",
        select(toOpts, this.q.to, (v) => ((this.q.to = v), this.changed()), {
          "data-testid": "to",
          title: "Latest: the table grows when newer months are loaded",
        }),
      ),
      field(
        "Basis",
        select(
          [
            { value: "actual", label: "Actual" },
            { value: "forecast", label: "Forecast" },
          ],
          this.q.basis,
          (v) => ((this.q.basis = v === "forecast" ? "forecast" : "actual"), this.changed()),
        ),
      ),
      wide(
        field(
          "Layout",
          select(
            [
              { value: "long", label: "A row per product and month" },
              { value: "wide", label: "A row per month" },
            ],
            this.q.layout,
            (v) => ((this.q.layout = v as Layout), this.changed()),
          ),
        ),
      ),
      h("p", { class: "hint wide" }, "To \u201CLatest\u201D: the table grows when newer months are loaded."),
      h(
        "div",
        { class: "check" },
        this.checkbox("Headers", this.q.headers, (c) => (this.q.headers = c)),
      ),
      h(
        "div",
        { class: "check" },
        this.checkbox("Skip months without figures", this.q.skipEmpty, (c) => (this.q.skipEmpty = c)),
      ),
    );
  }

  private checkbox(label: string, checked: boolean, set: (c: boolean) => void): HTMLElement[] {
    const id = nextId("c");
    const cb = h("input", { id, attrs: { type: "checkbox" }, props: { checked }, on: { change: () => (set(cb.checked), this.changed()) } });
    return [cb, h("label", { attrs: { for: id } }, label)];
  }

  private toggleMeasure(m: Measure, on: boolean): void {
    const set = new Set(this.q.measures);
    if (on) set.add(m);
    else set.delete(m);
    this.q.measures = MEASURES.filter((x) => set.has(x));
    this.changed();
  }

  private changed(): void {
    this.ev.query(this.query);
  }

  renderResults(hits: ProductHit[]): void {
    this.hits = hits;
    this.active = hits.length && this.active >= 0 ? Math.min(this.active, hits.length - 1) : -1;
    for (const x of hits) this.names.set(x.ref, x.name);
    renderOptions({
      input: this.input,
      list: this.list,
      hits,
      active: this.active,
      chosen: (ref) => this.q.products.includes(ref),
      pick: (i) => this.toggle(i),
      empty: "No product matches. Try another spelling or a group (base metals, rare earths...).",
    });
  }

  private keys(e: KeyboardEvent): void {
    const step = arrowStep(e, this.active, this.hits.length);
    if (step !== null) {
      if (!this.hits.length) return;
      this.active = step;
      this.renderResults(this.hits);
      showActive(this.list, this.active);
    } else if (e.key === "Enter") {
      e.preventDefault();
      this.toggle(this.active >= 0 ? this.active : 0);
    } else if (e.key === "Escape") {
      // clears the search (and stops Chromium's own handling of a search field)
      e.preventDefault();
      this.input.value = "";
      this.active = -1;
      this.ev.search("");
    }
  }

  private toggle(i: number): void {
    const x = this.hits[i];
    if (!x) return;
    this.active = i;
    const at = this.q.products.indexOf(x.ref);
    if (at >= 0) this.q.products.splice(at, 1);
    else this.q.products.push(x.ref);
    this.renderResults(this.hits);
    this.renderChips();
    this.changed();
  }

  private renderChips(): void {
    if (!this.q.products.length) {
      replace(this.chips, h("li", { class: "hint" }, "No product chosen yet."));
      return;
    }
    replace(
      this.chips,
      this.q.products.map((ref) =>
        h(
          "li",
          { class: "chip" },
          this.names.get(ref) ?? ref,
          h(
            "button",
            {
              class: "chip-x",
              attrs: { type: "button", "aria-label": `Remove ${this.names.get(ref) ?? ref}` },
              on: {
                click: () => {
                  this.q.products = this.q.products.filter((p) => p !== ref);
                  this.renderChips();
                  this.renderResults(this.hits);
                  this.changed();
                },
              },
            },
            "\u00d7",
          ),
        ),
      ),
    );
  }

  renderPreview(model: TableModel | string): void {
    if (typeof model === "string") {
      replace(this.previewBox, h("p", { class: "hint" }, model));
      return;
    }
    const rows = model.rows.slice(0, PREVIEW_ROWS);
    const cell = (c: TableModel["rows"][number][number]) => {
      if (c.text !== undefined) return h("td", null, c.text);
      if (c.value === null || c.value === undefined) return h("td", { class: "num missing", attrs: { title: "no figure" } }, "\u2014");
      return h("td", { class: "num" }, c.ref ? formatFigure(c.value, c.ref.measure) : String(c.value));
    };
    replace(
      this.previewBox,
      h(
        "p",
        { class: "hint", attrs: { "data-testid": "preview-summary" } },
        `${plural(model.rows.length, "row")} x ${model.cols} columns, ${model.query.from} to ${model.to}: ${plural(model.figures, "figure")}${model.missing ? `, ${model.missing} without a figure` : ""}.`,
      ),
      h(
        "div",
        { class: "scroll-x", attrs: { tabindex: 0, role: "region", "aria-label": "Preview of the table" } },
        h(
          "table",
          { class: "grid" },
          model.header
            ? h(
                "thead",
                null,
                h(
                  "tr",
                  null,
                  model.header.map((x) => h("th", { attrs: { scope: "col" } }, x)),
                ),
              )
            : null,
          h(
            "tbody",
            null,
            rows.map((r) => h("tr", null, r.map(cell))),
          ),
        ),
      ),
      model.rows.length > PREVIEW_ROWS ? h("p", { class: "hint" }, `... and ${model.rows.length - PREVIEW_ROWS} more rows.`) : null,
    );
  }

  /** Shows the outcome of an insert next to its button (replacing the last). */
  showResult(tone: Tone, title: string, body?: Child, actions: { label: string; run: () => void; primary?: boolean }[] = []): void {
    replace(this.result, messageBar(tone, title, body, [...actions, { label: "Dismiss", run: () => replace(this.result) }]));
    this.result.scrollIntoView?.({ block: "nearest" });
  }
}
