/**
 * Trace tab: where the active cell's number came from (edition, section, the sentence with the
 * figure highlighted, hedge, implied or reported, revisions).
 */
import type { TraceFigure, TraceModel } from "../actions/trace";
import { badge, button, field, h, messageBar, nextId, replace, sentenceNode } from "./dom";

export interface TraceEvents {
  traceActive(): void;
  traceFormula(formula: string): void;
  follow(on: boolean): void;
}

export class TraceView {
  readonly el: HTMLElement;
  private out = h("div", { class: "trace-out", attrs: { "aria-live": "polite", "data-testid": "trace-out" } });
  private formula: HTMLInputElement;
  private activeBtn: HTMLButtonElement;
  private followBox: HTMLElement;

  constructor(private ev: TraceEvents) {
    this.formula = h("input", {
      class: "input mono",
      attrs: { type: "text", placeholder: '=SMM.MOM("nickel","2025-02")', "data-testid": "trace-formula" },
      on: { keydown: (e) => e.key === "Enter" && this.ev.traceFormula(this.formula.value) },
    });
    this.activeBtn = button("Trace the active cell", () => this.ev.traceActive(), "primary", { "data-testid": "trace-active" });
    const followId = nextId("follow");
    const follow = h("input", { id: followId, attrs: { type: "checkbox" }, on: { change: () => this.ev.follow(follow.checked) } });
    this.followBox = h("div", { class: "check" }, follow, h("label", { attrs: { for: followId } }, "Follow the selection"));
    this.el = h(
      "section",
      { class: "stack" },
      h("p", { class: "lead" }, "Select a cell with an =SMM.* formula (or in a linked table) to see where its number came from."),
      h("div", { class: "row" }, this.activeBtn, this.followBox),
      field("Or trace a formula", this.formula),
      h(
        "div",
        { class: "row" },
        button("Trace", () => this.ev.traceFormula(this.formula.value), "secondary"),
      ),
      this.out,
    );
  }

  setHost(inExcel: boolean): void {
    this.activeBtn.setAttribute("aria-disabled", String(!inExcel));
    this.followBox.hidden = !inExcel;
  }

  message(tone: "info" | "warning" | "error", title: string, text?: string): void {
    replace(this.out, messageBar(tone, title, text));
  }

  render(t: TraceModel, where?: string): void {
    const head = h(
      "div",
      { class: "trace-head" },
      where ? h("div", { class: "hint" }, where) : null,
      h("code", { class: "formula" }, t.formula),
      t.valueText ? h("div", { class: "kv" }, h("span", { class: "k" }, "Value"), h("span", { class: "v" }, t.valueText)) : null,
    );
    if (!t.ok) {
      const fixes = t.fixes.length
        ? h(
            "div",
            { class: "suggest", attrs: { "data-testid": "trace-fixes" } },
            h("span", { class: "hint" }, "Did you mean"),
            t.fixes.map((f) =>
              button(
                f.label,
                () => {
                  this.formula.value = f.formula;
                  this.ev.traceFormula(f.formula);
                },
                "secondary",
                { "data-fix": f.label, title: `Trace ${f.formula}` },
              ),
            ),
          )
        : null;
      replace(this.out, head, messageBar("warning", "Nothing to trace", h("div", null, t.message, fixes)));
      return;
    }
    replace(
      this.out,
      head,
      t.message ? h("p", { class: "hint" }, t.message) : null,
      t.figures.map((f) => this.figure(f)),
    );
  }

  private figure(f: TraceFigure): HTMLElement {
    const kv = (k: string, v: string | Node | null, testid?: string) =>
      v ? h("div", { class: "kv" }, h("span", { class: "k" }, k), h("span", { class: "v", attrs: { "data-testid": testid } }, v)) : null;
    return h(
      "article",
      { class: "card trace-card", attrs: { "data-testid": "trace-card" } },
      h(
        "h3",
        { class: "card-title" },
        f.role ? `${f.role}: ` : "",
        `${f.product}, ${f.measureLabel}, ${f.period}${f.basis === "forecast" ? " (forecast)" : ""}`,
      ),
      h("div", { class: "big-number" }, f.valueText),
      kv("Edition", h("span", null, f.editionLabel, " ", f.origin ? badge(f.origin, f.origin === "imported" ? "brand" : "neutral") : null), "trace-edition"),
      kv(
        "Source",
        f.sourceUrl
          ? h(
              "a",
              { attrs: { href: f.sourceUrl, target: "_blank", rel: "noopener noreferrer", "data-testid": "trace-source-link" } },
              f.sourceUrl.replace(/^https?:\/\//i, ""),
            )
          : f.source,
        "trace-source",
      ),
      kv("Section", f.section, "trace-section"),
      kv("How", f.implied ? "implied from the stated change and its %" : `reported: ${f.hedge}`, "trace-how"),
      kv("User", f.user ? h("span", null, badge("user", "brand"), " ", f.user) : null, "trace-user"),
      kv("Kept", f.keptFrom ? `from the ${f.keptFrom} copy of this edition: the imported text does not restate it` : null, "trace-kept"),
      f.sentence.length ? h("blockquote", { class: "quote", attrs: { "data-testid": "trace-sentence" } }, sentenceNode(f.sentence)) : null,
      f.note ? h("p", { class: "hint" }, f.note) : null,
      f.revisions.length
        ? h(
            "div",
            { class: "revisions", attrs: { "data-testid": "trace-revisions" } },
            h("strong", null, "Revised: earlier editions said"),
            h(
              "ul",
              null,
              f.revisions.map((r) => h("li", null, `${r.label}: ${r.valueText}`, r.sentence ? h("div", { class: "hint" }, r.sentence) : null)),
            ),
          )
        : h("p", { class: "hint" }, "No earlier edition stated a different figure."),
    );
  }
}
