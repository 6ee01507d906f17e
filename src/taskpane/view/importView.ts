/**
 * Import tab: paste or pick a report (.txt/.html) or a figures CSV, preview what the parser read
 * (edition month, products, counts, every issue with its sentence), fix the month, save; then what
 * changed. Rendering only: the controller (../app.ts) runs the actions.
 */
import type { DiffSummary, ImportPreview, IssueView } from "../actions/importReport";
import { plural } from "../actions/format";
import { splitHighlights } from "../actions/locate";
import { badge, button, h, messageBar, nextId, replace, sentenceNode } from "./dom";

export interface ImportEvents {
  preview(text: string, name: string): void;
  files(files: File[]): void;
  month(index: number, month: string): void;
  save(): void;
  clear(): void;
}

export class ImportView {
  readonly el: HTMLElement;
  private text: HTMLTextAreaElement;
  private file: HTMLInputElement;
  private progressBox: HTMLElement;
  private previewBox: HTMLElement;
  private resultBox: HTMLElement;

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
        h("label", { class: "btn btn-secondary file-btn", attrs: { for: this.file.id, tabindex: 0, role: "button" }, on: { keydown: (e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), this.file.click()) } }, "Choose file..."),
        this.file,
        button("Clear", () => this.reset(), "subtle"),
      ),
      h("div", { class: "hint" }, "Reports: .txt or .html saved from SMM (one edition each; choose several files at once to import a run of months). Figures: .csv with the columns product, segment, period, basis, measure, value, unit, qualifier, release, source_url."),
      this.progressBox,
      this.previewBox,
      this.resultBox,
    );
  }

  reset(): void {
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
        button(saveable ? `Save ${plural(saveable, "edition")}` : "Nothing to save", () => this.ev.save(), "primary", { disabled: !saveable || saving, "data-testid": "save-btn" }),
        button("Cancel", () => this.reset(), "secondary"),
      ),
    );
  }

  private card(p: ImportPreview, index: number): HTMLElement {
    const head = h("h3", { class: "card-title" }, p.kind === "csv" ? "Figures CSV: " : "Report: ", h("span", { class: "mono" }, p.name));
    const parts: HTMLElement[] = [head];
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
        h("div", { class: "field" }, h("label", { attrs: { for: monthId } }, "Edition month"), input, h("div", { class: "hint", id: `${monthId}-hint` }, "The month the report's actual figures describe. Change it if it is wrong: the report is read again.")),
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
              "warning",
              `Replaces the ${ed.replaces.origin} ${ed.label} edition (${plural(ed.replaces.figures, "figure")})`,
              ed.diff ? `${ed.diff.added.length} new, ${ed.diff.revised.length} revised, ${ed.diff.removed.length} removed, ${ed.diff.unchanged} unchanged figures.` : undefined,
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
      parts.push(block);
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
          summary.lines.map((l) => h("li", { class: `diff-${l.kind}` }, badge(l.kind, l.kind === "new" ? "success" : l.kind === "revised" ? "warning" : "error"), " ", l.text)),
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
