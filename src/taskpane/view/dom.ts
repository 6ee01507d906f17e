/**
 * DOM helpers. Everything the pane shows is built from elements and text nodes: no innerHTML, no
 * HTML strings, so report text (untrusted) can never become markup.
 */

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Props {
  class?: string;
  id?: string;
  /** Attributes (never event handlers: "on..." is refused). */
  attrs?: Record<string, string | number | boolean | undefined | null>;
  on?: { [K in keyof HTMLElementEventMap]?: (ev: HTMLElementEventMap[K]) => void };
  /** Properties such as value, checked, disabled. */
  props?: Record<string, unknown>;
}

function append(el: Node, c: Child): void {
  if (c === null || c === undefined || c === false) return;
  if (Array.isArray(c)) {
    for (const x of c) append(el, x);
    return;
  }
  el.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, p?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (p?.class) el.className = p.class;
  if (p?.id) el.id = p.id;
  if (p?.attrs) {
    for (const [k, v] of Object.entries(p.attrs)) {
      if (/^on/i.test(k)) throw new Error(`refusing to set event attribute ${k}`);
      if (v === undefined || v === null || v === false) continue;
      el.setAttribute(k, v === true ? "" : String(v));
    }
  }
  if (p?.props) for (const [k, v] of Object.entries(p.props)) (el as unknown as Record<string, unknown>)[k] = v;
  if (p?.on) for (const [k, fn] of Object.entries(p.on)) if (fn) el.addEventListener(k, fn as EventListener);
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let uid = 0;
export const nextId = (prefix: string): string => `${prefix}-${++uid}`;

export type Tone = "info" | "success" | "warning" | "error";

/** A Fluent message bar. `actions` are extra buttons (e.g. "Overwrite"). */
export function messageBar(tone: Tone, title: string, body?: Child, actions: { label: string; run: () => void; primary?: boolean }[] = []): HTMLElement {
  return h(
    "div",
    { class: `msg msg-${tone}`, attrs: { role: tone === "error" ? "alert" : "status" } },
    h(
      "span",
      { class: "msg-icon", attrs: { "aria-hidden": "true" } },
      tone === "error" ? "\u2716" : tone === "warning" ? "\u26A0" : tone === "success" ? "\u2714" : "\u2139",
    ),
    h("div", { class: "msg-text" }, h("strong", null, title), body ? h("div", { class: "msg-body" }, body) : null),
    actions.length
      ? h(
          "div",
          { class: "msg-actions" },
          actions.map((a) => button(a.label, a.run, a.primary ? "primary" : "secondary")),
        )
      : null,
  );
}

export function button(label: string, run: () => void, kind: "primary" | "secondary" | "subtle" = "secondary", attrs: Props["attrs"] = {}): HTMLButtonElement {
  return h("button", { class: `btn btn-${kind}`, attrs: { type: "button", ...attrs }, on: { click: () => run() } }, label);
}

export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || nextId("f");
  control.id = id;
  const hintId = hint ? `${id}-hint` : undefined;
  if (hintId) control.setAttribute("aria-describedby", hintId);
  return h("div", { class: "field" }, h("label", { attrs: { for: id } }, label), control, hint ? h("div", { class: "hint", id: hintId }, hint) : null);
}

export function select(
  options: { value: string; label: string }[],
  value: string,
  onChange: (v: string) => void,
  attrs: Props["attrs"] = {},
): HTMLSelectElement {
  const s = h(
    "select",
    { class: "input", attrs, on: { change: () => onChange(s.value) } },
    options.map((o) => h("option", { attrs: { value: o.value } }, o.label)),
  );
  s.value = value;
  return s;
}

export function badge(text: string, tone: "neutral" | "brand" | "success" | "warning" | "error" = "neutral"): HTMLElement {
  return h("span", { class: `badge badge-${tone}` }, text);
}

/** A sentence with highlighted parts as text nodes and <mark>s. */
export function sentenceNode(parts: { text: string; mark: boolean }[]): HTMLElement {
  return h(
    "q",
    { class: "sentence" },
    parts.map((p) => (p.mark ? h("mark", null, p.text) : p.text)),
  );
}
