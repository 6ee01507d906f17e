/**
 * The product listbox both product searches share (Explore's multi-select list and the
 * single-product picker): one option per hit (name, group, why it matched, how many figures),
 * the active option announced through aria-activedescendant, and the arrow keys moving it.
 */
import type { ProductHit } from "../actions/search";
import { badge, h, replace } from "./dom";

export interface OptionsView {
  /** The text field that owns the listbox (its aria-activedescendant follows the active option). */
  input: HTMLElement;
  list: HTMLElement;
  hits: readonly ProductHit[];
  active: number;
  chosen(ref: string): boolean;
  pick(i: number): void;
  /** What the list says when nothing matches. */
  empty: string;
}

/** Renders the options (or the empty line) and points the input at the active one. */
export function renderOptions(v: OptionsView): void {
  if (!v.hits.length) {
    replace(v.list, h("li", { class: "empty", attrs: { role: "option", "aria-disabled": "true" } }, v.empty));
    v.input.removeAttribute("aria-activedescendant");
    return;
  }
  replace(
    v.list,
    v.hits.map((x, i) => {
      const chosen = v.chosen(x.ref);
      return h(
        "li",
        {
          id: `${v.list.id}-${i}`,
          class: `option${i === v.active ? " active" : ""}${chosen ? " chosen" : ""}`,
          attrs: { role: "option", "aria-selected": String(chosen), "data-ref": x.ref },
          on: { click: () => v.pick(i), mousedown: (e) => e.preventDefault() },
        },
        h("span", { class: "tick", attrs: { "aria-hidden": "true" } }, chosen ? "\u2713" : ""),
        h(
          "span",
          { class: "opt-main" },
          h("span", { class: "opt-name" }, x.name),
          h(
            "span",
            { class: "hint block" },
            `${x.group}${x.why && x.why !== "name" && x.why !== "exact" && !x.why.startsWith("group ") ? ` \u00b7 ${x.why}` : ""}`,
          ),
        ),
        badge(x.figures ? String(x.figures) : "no data", x.figures ? "neutral" : "warning"),
      );
    }),
  );
  if (v.active >= 0) v.input.setAttribute("aria-activedescendant", `${v.list.id}-${v.active}`);
  else v.input.removeAttribute("aria-activedescendant");
}

/** The active option after an ArrowDown/ArrowUp (wrapping), or null for any other key. */
export function arrowStep(e: KeyboardEvent, active: number, count: number): number | null {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return null;
  e.preventDefault();
  if (!count) return active;
  return (active + (e.key === "ArrowDown" ? 1 : -1) + count) % count;
}

/** Scrolls the active option into view. */
export function showActive(list: HTMLElement, active: number): void {
  document.getElementById(`${list.id}-${active}`)?.scrollIntoView?.({ block: "nearest" });
}
