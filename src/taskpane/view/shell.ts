/**
 * The pane's frame: header (data status, Refresh), a message area, and keyboard-accessible tabs
 * (arrow keys, Home/End) in the Fluent style.
 */
import type { RefreshScope } from "../../excel/types";
import type { Child, Tone } from "./dom";
import { button, h, messageBar, replace, select } from "./dom";

export type TabId = "explore" | "formula" | "templates" | "trace" | "import" | "data";

export const TABS: { id: TabId; label: string }[] = [
  { id: "explore", label: "Explore" },
  { id: "formula", label: "Formula" },
  { id: "templates", label: "Templates" },
  { id: "trace", label: "Trace" },
  { id: "import", label: "Import" },
  { id: "data", label: "Data" },
];

export interface ShellEvents {
  refresh(scope: RefreshScope): void;
  tab(id: TabId): void;
}

export class Shell {
  readonly el: HTMLElement;
  private status = h("span", { class: "status", attrs: { "data-testid": "status", role: "status" } }, "Loading SMM data...");
  private hostBadge = h("span", { class: "host-badge" });
  private messages = h("div", { class: "messages", attrs: { "aria-live": "polite", "data-testid": "messages" } });
  private tabs = new Map<TabId, HTMLButtonElement>();
  private panels = new Map<TabId, HTMLElement>();
  private scope: RefreshScope = "sheet";
  current: TabId = "explore";

  constructor(private ev: ShellEvents) {
    const tablist = h("div", { class: "tabs", attrs: { role: "tablist", "aria-label": "SMM task pane" } });
    for (const t of TABS) {
      const tab = h(
        "button",
        {
          id: `tab-${t.id}`,
          class: "tab",
          attrs: {
            type: "button",
            role: "tab",
            "aria-controls": `panel-${t.id}`,
            "aria-selected": String(t.id === this.current),
            tabindex: t.id === this.current ? 0 : -1,
            "data-tab": t.id,
          },
          on: { click: () => this.select(t.id, true), keydown: (e) => this.tabKeys(e, t.id) },
        },
        t.label,
      );
      this.tabs.set(t.id, tab);
      tablist.appendChild(tab);
      this.panels.set(
        t.id,
        h("div", {
          id: `panel-${t.id}`,
          class: "panel",
          attrs: { role: "tabpanel", "aria-labelledby": `tab-${t.id}` },
          props: { hidden: t.id !== this.current },
        }),
      );
    }
    const scopeSel = select(
      [
        { value: "selection", label: "Selection" },
        { value: "sheet", label: "This sheet" },
        { value: "workbook", label: "Workbook" },
      ],
      this.scope,
      (v) => (this.scope = v as RefreshScope),
      { "aria-label": "Refresh scope", "data-testid": "refresh-scope" },
    );
    this.el = h(
      "div",
      { class: "app" },
      h(
        "header",
        { class: "header" },
        h("div", { class: "title-row" }, h("h1", null, "SMM metals production"), this.hostBadge),
        this.status,
        h(
          "div",
          { class: "row refresh-row" },
          scopeSel,
          button("Refresh", () => this.ev.refresh(this.scope), "secondary", {
            "data-testid": "refresh-btn",
            title: "Recalculate =SMM.* formulas and re-pull linked tables",
          }),
        ),
      ),
      this.messages,
      tablist,
      [...this.panels.values()],
    );
  }

  panel(id: TabId): HTMLElement {
    return this.panels.get(id) as HTMLElement;
  }

  select(id: TabId, focus = false): void {
    // a message belongs to what was done on the tab it was shown in
    if (id !== this.current) this.clearMessages();
    this.current = id;
    for (const [k, tab] of this.tabs) {
      const on = k === id;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      (this.panels.get(k) as HTMLElement).hidden = !on;
    }
    if (focus) this.tabs.get(id)?.focus();
    this.ev.tab(id);
  }

  private tabKeys(e: KeyboardEvent, id: TabId): void {
    const i = TABS.findIndex((t) => t.id === id);
    let j = -1;
    if (e.key === "ArrowRight") j = (i + 1) % TABS.length;
    else if (e.key === "ArrowLeft") j = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === "Home") j = 0;
    else if (e.key === "End") j = TABS.length - 1;
    if (j < 0) return;
    e.preventDefault();
    this.select((TABS[j] as { id: TabId }).id, true);
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  setHost(inExcel: boolean): void {
    this.hostBadge.textContent = inExcel ? "Excel" : "Browser preview";
    this.hostBadge.className = `host-badge ${inExcel ? "in-excel" : "no-excel"}`;
    this.hostBadge.title = inExcel ? "Connected to Excel" : "Not running in Excel: writing to a sheet needs Excel";
  }

  /** Office has not answered yet: neither "Excel" nor "Browser preview" (a slow cold start). */
  setStarting(text: string): void {
    this.hostBadge.textContent = "Starting...";
    this.hostBadge.className = "host-badge starting";
    this.hostBadge.title = "Waiting for Office to say whether this is Excel";
    this.setStatus(text);
  }

  /** Shows one message (replacing the last). */
  notify(tone: Tone, title: string, body?: Child, actions: { label: string; run: () => void; primary?: boolean }[] = []): void {
    const close = { label: "Dismiss", run: () => replace(this.messages) };
    replace(this.messages, messageBar(tone, title, body, [...actions, close]));
  }

  clearMessages(): void {
    replace(this.messages);
  }
}
