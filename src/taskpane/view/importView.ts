/**
 * Import tab: paste or pick a report (.txt/.html) or a figures CSV, preview what the parser read
 * (edition month, products, counts, every issue with its sentence), fix the month, save; then what
 * changed. Rendering only: the controller (../app.ts) runs the actions.
 */
import type { ChangeView, DiffSummary, EditionPreview, ImportPreview, IssueView, ReviewView } from "../actions/importReport";
import { formatFigure, MEASURE_LABELS, plural } from "../actions/format";
import { splitHighlights } from "../actions/locate";
import type { Measure } from "../../core/types";
import { MEASURES } from "../../core/types";
import { badge, button, h, messageBar, nextId, replace, sentenceNode } from "./dom";

/** The fields of the correct/assign form, as typed. */
export interface FigureForm {
  product: string;
  segment: string;
  period: string;
  basis: string;
  measure: string;
  value: string;
}

export interface ImportEvents {
  preview(text: string, name: string): void;
  files(files: File[]): void;
  month(index: number, month: string): void;
  save(): void;
  clear(): void;
  /** Keep (true) or drop (false) a figure only the earlier copy states. */
  keep(index: number, key: string, keep: boolean): void;
  /** A review decision; "undo" forgets the item's decision. */
  review(index: number, item: string, action: "accept" | "reject" | "undo"): void;
  /** A correction or an assignment typed in the form. */
  reviewForm(index: number, item: string, action: "correct" | "assign", form: FigureForm): void;
}

const KIND_LABEL: Record<ChangeView["kind"], string> = { new: "new", revised: "revised", kept: "kept", conflict: "conflict" };
const KIND_TONE = { new: "success", revised: "warning", kept: "brand", conflict: "error" } as const;

export class ImportView {
  readonly el: HTMLElement;
  private text: HTMLTextAreaElement;
  private file: HTMLInputElement;
  private progressBox: HTMLElement;
  private previewBox: HTMLElement;
  private resultBox: HTMLElement;
  private products: { id: string; name: string }[] = [];
  /** The correct/assign form that is open (one at a time). */
  private form: { index: number; item: string; action: "correct" | "assign"; error?: string } | null = null;
  private lastPreviews: ImportPreview[] = [];

  constructor(private ev: ImportEvents) {
    const taId = nextId("paste");
    this.text = h("textarea", {
      id: taId,
      class: "input paste",
      attrs: { rows: 6, spellcheck: "false", placeholder: "Paste the text of an SMM monthly production report (or figures CSV) here", "data-testid": "paste" },
    });
    this.file = h("input", {
      class: "visually-hidden",
      id: nextId("file"),
      attrs: { type: "file", accept: ".txt,.htm,.html,.csv,text/plain,text/html,text/csv", multiple: true, "data-testid": "file" },
      on: {
        change: () => {
          const files = Array.from(this.file.files ?? []);
          if (files.length) this.ev.files(files);
          this.file.value = "";
        },
      },
    });
    this.progressBox = h("div", { class: "progress-box", attrs: { "aria-live": "polite" } });
    this.previewBox = h("div", { class: "preview-box", attrs: { "data-testid": "import-preview" } });
    this.resultBox = h("div", { class: "result-box", attrs: { "aria-live": "polite", "data-testid": "import-result" } });
    this.el = h(
      "section",
      { class: "stack" },
      h("p", { class: "lead" }, "Import an SMM monthly production report. Nothing is saved until you check the preview and choose Save."),
      h("label", { attrs: { for: taId } }, "Report text"),
      this.text,
      h(
        "div",
        { class: "row" },
        button("Preview", () => this.ev.preview(this.text.value, ""), "primary", { "data-testid": "preview-btn" }),
        h(
          "label",
          {
            class: "btn btn-secondary file-btn",
            attrs: { for: this.file.id, tabindex: 0, role: "button" },
            on: { keydown: (e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), this.file.click()) },
          },
          "Choose file...",
        ),
        this.file,
        button("Clear", () => this.reset(), "subtle"),
      ),
      h(
        "div",
        { class: "hint" },
        "Reports: .txt or .html saved from SMM (one edition each; choose several files at once to import a run of months). Figures: .csv with the columns product, segment, period, basis, measure, value, unit, qualifier, release, source_url.",
      ),
      this.progressBox,
      this.previewBox,
      this.resultBox,
    );
  }

  /** Products offered by the correct/assign form. */
  setProducts(list: { id: string; name: string }[]): void {
    this.products = list;
  }

  /** Shows why a typed correction was refused (the form stays open). */
  formError(index: number, item: string, message: string): void {
    if (!this.form || this.form.index !== index || this.form.item !== item) return;
    this.form = { ...this.form, error: message };
    this.showPreviews(this.lastPreviews);
    (this.previewBox.querySelector("[data-testid=review-form-error]") as HTMLElement | null)?.focus();
  }

  /** Closes the open form (after its decision was taken). */
  closeForm(): void {
    this.form = null;
  }

  reset(): void {
    this.form = null;
    this.text.value = "";
    replace(this.previewBox);
    replace(this.resultBox);
    replace(this.progressBox);
    this.ev.clear();
  }

  setText(t: string): void {
    this.text.value = t;
  }

  progress(done: number, total: number, label: string): void {
    if (total <= 0) {
      replace(this.progressBox);
      return;
    }
    const id = nextId("prog");
    replace(
      this.progressBox,
      h("label", { attrs: { for: id } }, label),
      h("progress", { id, attrs: { max: total, value: done, "aria-valuemin": 0, "aria-valuemax": total, "aria-valuenow": done } }),
    );
  }

  /** Shows the previews of what would be saved. */
  showPreviews(previews: ImportPreview[], saving = false): void {
    // keep the keyboard where it was: the control with the same data-focus after re-rendering
    const active = document.activeElement as HTMLElement | null;
    const focusKey = active && this.previewBox.contains(active) ? active.getAttribute("data-focus") : null;
    this.lastPreviews = previews;
    replace(this.resultBox);
    if (!previews.length) {
      replace(this.previewBox);
      return;
    }
    const saveable = previews.filter((p) => !p.blocking).reduce((n, p) => n + p.editions.length, 0);
    replace(
      this.previewBox,
      previews.map((p, i) => this.card(p, i)),
      h(
        "div",
        { class: "row sticky-actions" },
        button(saveable ? `Save ${plural(saveable, "edition")}` : "Nothing to save", () => this.ev.save(), "primary", {
          disabled: !saveable || saving,
          "data-testid": "save-btn",
        }),
        button("Cancel", () => this.reset(), "secondary"),
      ),
    );
    const again = focusKey
      ? ([...this.previewBox.querySelectorAll("[data-focus]")] as HTMLElement[]).find((e) => e.getAttribute("data-focus") === focusKey)
      : null;
    const formFirst = this.form
      ? (this.previewBox.querySelector("[data-testid=review-form] select, [data-testid=review-form] input") as HTMLElement | null)
      : null;
    (formFirst && focusKey?.startsWith("open:") ? formFirst : again)?.focus();
  }

  /** New, revised, kept and conflicting figures, each with its sentence; kept ones can be dropped. */
  private changes(ed: EditionPreview, index: number): HTMLElement | null {
    if (!ed.changes.length) return null;
    const groups: [ChangeView["kind"], string][] = [
      ["conflict", "Conflicting: this text states them twice with different values (resolve them in Review)"],
      ["revised", "Revised: this text states another value"],
      ["kept", "Kept: only the earlier copy states them (uncheck to drop)"],
      ["new", "New: the earlier copy did not have them"],
    ];
    const count = (k: ChangeView["kind"]) => ed.changes.filter((c) => c.kind === k).length;
    return h(
      "section",
      { class: "merge-changes", attrs: { "data-testid": "merge-changes", "aria-label": `Changes to the ${ed.label} edition` } },
      h("h4", null, "Before you save: what changes"),
      h(
        "p",
        { class: "hint", attrs: { "data-testid": "merge-summary" } },
        `${count("new")} new, ${count("revised")} revised, ${ed.changes.filter((c) => c.kind === "kept" && c.keep).length} kept, ${count("conflict")} conflicting${ed.changes.some((c) => c.kind === "kept" && !c.keep) ? `, ${ed.changes.filter((c) => c.kind === "kept" && !c.keep).length} dropped` : ""}`,
      ),
      groups.map(([kind, title]) => {
        const list = ed.changes.filter((c) => c.kind === kind);
        if (!list.length) return null;
        return h(
          "details",
          { class: `merge-group merge-${kind}`, attrs: { open: kind !== "new" || list.length <= 10, "data-testid": `merge-${kind}` } },
          h("summary", null, `${title} (${list.length})`),
          h(
            "ul",
            { class: "diff-list" },
            list.map((c) => this.changeLine(c, index)),
          ),
        );
      }),
    );
  }

  private changeLine(c: ChangeView, index: number): HTMLElement {
    const text = `${c.label}: ${c.beforeText !== undefined ? `${c.beforeText} -> ` : ""}${c.valueText}`;
    const keep =
      c.kind === "kept"
        ? h(
            "label",
            { class: "keep" },
            h("input", {
              attrs: {
                type: "checkbox",
                "data-testid": "keep-figure",
                "data-key": c.key,
                "data-focus": `keep:${index}:${c.key}`,
                "aria-label": `Keep ${text}`,
              },
              props: { checked: c.keep !== false },
              on: { change: (e) => this.ev.keep(index, c.key, (e.target as HTMLInputElement).checked) },
            }),
            " keep",
          )
        : null;
    return h(
      "li",
      { class: `diff-${c.kind}${c.kind === "kept" && c.keep === false ? " dropped" : ""}`, attrs: { "data-testid": "merge-line", "data-kind": c.kind } },
      h(
        "div",
        null,
        badge(KIND_LABEL[c.kind], KIND_TONE[c.kind]),
        " ",
        text,
        c.kind === "kept" && c.from ? h("span", { class: "hint" }, ` (from the ${c.from} copy${c.keep === false ? "; dropped" : ""})`) : null,
        " ",
        keep,
      ),
      c.sentence ? sentenceNode(splitHighlights(c.sentence, c.highlight ? [c.highlight] : [])) : null,
      (c.others ?? []).map((x) => sentenceNode(splitHighlights(x.sentence, x.highlight ? [x.highlight] : []))),
    );
  }

  /** What the parser was unsure of: accept, correct, reject, or assign an unread number. */
  private review(ed: EditionPreview, index: number): HTMLElement | null {
    if (!ed.review.length) return null;
    const titleId = nextId("review");
    const open = ed.review.filter((r) => !r.decision).length;
    return h(
      "section",
      { class: "review", attrs: { "data-testid": "review", "aria-labelledby": titleId } },
      h("h4", { id: titleId }, `Review: ${plural(ed.review.length, "item")} the parser was unsure of (${open} undecided)`),
      h(
        "p",
        { class: "hint" },
        "Accept, correct or reject each figure; give an unread number a product and measure. Your decisions are saved with the edition and shown by Trace and SMM.INFO.",
      ),
      h(
        "ol",
        { class: "review-list", attrs: { "data-testid": "review-list" } },
        ed.review.map((r) => this.reviewItem(r, index)),
      ),
    );
  }

  private reviewItem(r: ReviewView, index: number): HTMLElement {
    const titleId = nextId("ri");
    const f = (a: string) => `${a}:${index}:${r.id}`;
    const formOpen = this.form && this.form.index === index && this.form.item === r.id ? this.form : null;
    const actions: HTMLElement[] = [];
    if (r.decision)
      actions.push(
        button("Undo", () => this.ev.review(index, r.id, "undo"), "subtle", {
          "data-focus": f("undo"),
          "aria-describedby": titleId,
          "data-testid": "review-undo",
        }),
      );
    else if (r.kind === "figure") {
      actions.push(
        button("Accept", () => this.ev.review(index, r.id, "accept"), "secondary", {
          "data-focus": f("accept"),
          "aria-describedby": titleId,
          "data-testid": "review-accept",
        }),
        button("Correct...", () => this.openForm(index, r.id, "correct"), "secondary", {
          "data-focus": f("open"),
          "aria-describedby": titleId,
          "data-testid": "review-correct",
          "aria-expanded": !!formOpen,
        }),
        button("Reject", () => this.ev.review(index, r.id, "reject"), "subtle", {
          "data-focus": f("reject"),
          "aria-describedby": titleId,
          "data-testid": "review-reject",
        }),
      );
    } else if (r.assignable) {
      const unread = r.unread;
      actions.push(
        button(unread ? "Assign..." : "Set the value...", () => this.openForm(index, r.id, "assign"), "secondary", {
          "data-focus": f("open"),
          "aria-describedby": titleId,
          "data-testid": unread ? "review-assign" : "review-resolve",
          "aria-expanded": !!formOpen,
        }),
      );
    }
    return h(
      "li",
      { class: `review-item${r.decision ? " decided" : ""}`, attrs: { "data-testid": "review-item", "data-item": r.id } },
      h(
        "div",
        { id: titleId },
        badge(r.kind === "figure" ? "uncertain" : r.assignable ? "unread" : "check", r.kind === "figure" ? "warning" : "neutral"),
        " ",
        h("strong", null, r.title),
      ),
      h("div", { class: "hint" }, `Why: ${r.reasons.join("; ")}`),
      r.section ? h("div", { class: "hint" }, `Section: ${r.section}`) : null,
      r.sentence ? sentenceNode(splitHighlights(r.sentence, r.highlight ? [r.highlight] : [])) : null,
      r.decisionText
        ? h("div", { class: "review-decision", attrs: { "data-testid": "review-decision", role: "status" } }, badge("yours", "brand"), " ", r.decisionText)
        : null,
      r.earlier && !r.decision
        ? h("div", { class: "review-decision", attrs: { "data-testid": "review-earlier" } }, badge("earlier", "brand"), " Applies again: ", r.earlier)
        : null,
      actions.length ? h("div", { class: "row" }, actions) : null,
      formOpen ? this.figureForm(r, index, formOpen.action, formOpen.error) : null,
    );
  }

  private openForm(index: number, item: string, action: "correct" | "assign"): void {
    this.form = this.form && this.form.index === index && this.form.item === item ? null : { index, item, action };
    this.showPreviews(this.lastPreviews);
    if (this.form) (this.previewBox.querySelector("[data-testid=review-form] select, [data-testid=review-form] input") as HTMLElement | null)?.focus();
  }

  private figureForm(r: ReviewView, index: number, action: "correct" | "assign", error?: string): HTMLElement {
    const d = r.defaults;
    const id = nextId("rf");
    const products = this.products.some((p) => p.id === d.product) || !d.product ? this.products : [{ id: d.product, name: d.product }, ...this.products];
    const product = h(
      "select",
      { id: `${id}-p`, class: "input", attrs: { "data-testid": "form-product" } },
      h("option", { attrs: { value: "" } }, "(choose a product)"),
      products.map((p) => h("option", { attrs: { value: p.id } }, p.name)),
    );
    product.value = d.product;
    const measure = h(
      "select",
      { id: `${id}-m`, class: "input", attrs: { "data-testid": "form-measure" } },
      MEASURES.map((m) => h("option", { attrs: { value: m } }, MEASURE_LABELS[m as Measure])),
    );
    measure.value = d.measure;
    const value = h("input", {
      id: `${id}-v`,
      class: "input",
      attrs: { type: "text", inputmode: "decimal", "data-testid": "form-value", "aria-describedby": `${id}-vh` },
      props: { value: formatFigure(d.value, d.measure).replace(/ pp$/, "pp") },
    });
    const segment = h("input", {
      id: `${id}-s`,
      class: "input",
      attrs: { type: "text", "data-testid": "form-segment", placeholder: "(whole product)" },
      props: { value: d.segment },
    });
    const period = h("input", { id: `${id}-d`, class: "input", attrs: { type: "month", "data-testid": "form-period" }, props: { value: d.period } });
    const basis = h(
      "select",
      { id: `${id}-b`, class: "input", attrs: { "data-testid": "form-basis" } },
      h("option", { attrs: { value: "actual" } }, "actual"),
      h("option", { attrs: { value: "forecast" } }, "forecast"),
    );
    basis.value = d.basis;
    const submit = () =>
      this.ev.reviewForm(index, r.id, action, {
        product: product.value,
        segment: segment.value,
        period: period.value,
        basis: basis.value,
        measure: measure.value,
        value: value.value,
      });
    const field = (label: string, c: HTMLElement, hint?: string) =>
      h("div", { class: "field" }, h("label", { attrs: { for: c.id } }, label), c, hint ? h("div", { class: "hint", id: `${c.id}h` }, hint) : null);
    return h(
      "form",
      {
        class: "review-form stack",
        attrs: { "data-testid": "review-form", "aria-label": action === "assign" && r.unread ? `Assign ${r.title}` : `Correct ${r.title}` },
        on: {
          submit: (e) => {
            e.preventDefault();
            submit();
          },
          keydown: (e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              this.openForm(index, r.id, action);
            }
          },
        },
      },
      field("Product", product),
      field("Measure", measure),
      field("Value", value, "As printed: 5%, -0.8 pp, 44,400 (a bare number is a percent for % measures)"),
      field("Segment", segment),
      field("Period", period),
      field("Basis", basis),
      error ? h("div", { class: "msg msg-error", attrs: { role: "alert", tabindex: -1, "data-testid": "review-form-error" } }, error) : null,
      h(
        "div",
        { class: "row" },
        h(
          "button",
          { class: "btn btn-primary", attrs: { type: "submit", "data-testid": "review-form-save", "data-focus": `save:${index}:${r.id}` } },
          action === "assign" && r.unread ? "Assign" : "Save correction",
        ),
        button("Cancel", () => this.openForm(index, r.id, action), "subtle"),
      ),
    );
  }

  private card(p: ImportPreview, index: number): HTMLElement {
    const head = h("h3", { class: "card-title" }, p.kind === "csv" ? "Figures CSV: " : "Report: ", h("span", { class: "mono" }, p.name));
    const parts: (HTMLElement | null)[] = [head];
    if (p.blocking) parts.push(messageBar("error", "Cannot save", p.blocking));
    // refused before the parser read it (empty, huge, not a report): the message alone
    const read = p.editions.length > 0 || p.issues.length > 0;
    if (p.kind === "report" && read) {
      const ed = p.editions[0];
      const monthId = nextId("month");
      const input = h("input", {
        id: monthId,
        class: "input month",
        attrs: { type: "month", value: ed?.id ?? p.editionOverride ?? "", "data-testid": "edition-month", "aria-describedby": `${monthId}-hint` },
        on: { change: () => input.value && this.ev.month(index, input.value) },
      });
      parts.push(
        h(
          "div",
          { class: "field" },
          h("label", { attrs: { for: monthId } }, "Edition month"),
          input,
          h(
            "div",
            { class: "hint", id: `${monthId}-hint` },
            "The month the report's actual figures describe. Change it if it is wrong: the report is read again.",
          ),
        ),
      );
    }
    for (const ed of p.editions) {
      if (!ed.id && p.kind === "report") continue;
      const counts = `${plural(ed.figures, "figure")} (${ed.actualFigures} actual, ${ed.forecastFigures} forecast), ${plural(ed.trends, "direction")}${p.kind === "report" ? `, ${plural(ed.sections, "section")}` : ""}`;
      const block = h(
        "div",
        { class: "edition-preview", attrs: { "data-testid": "edition-preview" } },
        h("div", { class: "kv" }, h("span", { class: "k" }, "Edition"), h("span", { class: "v", attrs: { "data-testid": "edition-label" } }, ed.label)),
        h("div", { class: "kv" }, h("span", { class: "k" }, "Found"), h("span", { class: "v" }, counts)),
        ed.replaces
          ? messageBar(
              "info",
              `Merges into the ${ed.replaces.origin} ${ed.label} edition (${plural(ed.replaces.figures, "figure")})`,
              ed.diff
                ? `${ed.diff.added.length} new, ${ed.diff.revised.length} revised, ${ed.diff.kept.length} kept (the earlier copy states them, this text does not), ${ed.diff.conflicting.length} conflicting, ${ed.diff.unchanged} unchanged${ed.diff.removed.length ? `, ${ed.diff.removed.length} dropped` : ""}. Nothing is lost: figures this text does not restate are kept unless you drop them below.`
                : undefined,
            )
          : null,
        ed.products.length
          ? h(
              "details",
              { class: "products", attrs: { open: p.editions.length === 1 } },
              h("summary", null, `${plural(ed.products.length, "product")} found`),
              h(
                "ul",
                { class: "chips", attrs: { "data-testid": "products-found" } },
                ed.products.map((pc) => h("li", { class: "chip" }, pc.name, h("span", { class: "count" }, String(pc.figures)))),
              ),
            )
          : null,
      );
      parts.push(block, this.changes(ed, index), this.review(ed, index));
    }
    if (read || !p.blocking) parts.push(this.issues(p.issues));
    return h("article", { class: "card" }, parts);
  }

  private issues(list: IssueView[]): HTMLElement {
    if (!list.length) return h("p", { class: "hint" }, "The parser raised no issues.");
    const byCode = new Map<string, number>();
    for (const i of list) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
    return h(
      "details",
      { class: "issues", attrs: { "data-testid": "issues" } },
      h("summary", null, `${plural(list.length, "issue")} the parser raised (${[...byCode].map(([c, n]) => `${n} ${c}`).join(", ")})`),
      h(
        "ol",
        { class: "issue-list" },
        list.map((i) =>
          h(
            "li",
            { class: "issue" },
            h("div", null, badge(i.code, i.code === "unused-number" || i.code === "unknown-heading" ? "neutral" : "warning"), " ", i.message),
            i.section ? h("div", { class: "hint" }, `Section: ${i.section}`) : null,
            i.sentence ? sentenceNode(splitHighlights(i.sentence, i.highlight ? [i.highlight] : [])) : null,
          ),
        ),
      ),
    );
  }

  showResult(summary: DiffSummary, warnings: string[]): void {
    replace(this.previewBox);
    const list = summary.lines.length
      ? h(
          "ul",
          { class: "diff-list" },
          summary.lines.map((l) =>
            h(
              "li",
              { class: `diff-${l.kind}` },
              badge(l.kind, l.kind === "new" ? "success" : l.kind === "revised" ? "warning" : l.kind === "kept" ? "brand" : "error"),
              " ",
              l.text,
            ),
          ),
        )
      : null;
    replace(
      this.resultBox,
      messageBar("success", "Saved", h("div", null, h("p", { attrs: { "data-testid": "diff-headline" } }, summary.headline), list)),
      warnings.map((w) => messageBar("warning", "Not kept everywhere", w)),
    );
  }

  showError(title: string, text: string): void {
    replace(this.resultBox, messageBar("error", title, text));
  }
}
