/**
 * The task pane's wiring: the shell (tabs, status, Refresh) and one controller per tab
 * (./tabs/*.ts), each owning its view and calling the actions (./actions, pure), Excel
 * (../excel) and the shared runtime (one Dataset with the =SMM.* functions).
 */
import type { Dataset } from "../core/dataset";
import { refreshSmm } from "../excel/linkedTables";
import { NO_EXCEL_MESSAGE } from "../excel/run";
import type { RefreshReport, RefreshScope } from "../excel/types";
import type { SmmRuntime } from "../runtime/state";
import { plural } from "./actions/format";
import { linkedGrid } from "./actions/linked";
import { SourceTexts } from "./actions/trace";
import type { PaneContext, TabController } from "./tabs/context";
import { DataController } from "./tabs/data";
import { ExploreController } from "./tabs/explore";
import { FormulaController } from "./tabs/formula";
import { ImportController } from "./tabs/import";
import { TemplatesController } from "./tabs/templates";
import { TraceController } from "./tabs/trace";
import { h } from "./view/dom";
import { Shell, type TabId } from "./view/shell";

export class App {
  readonly shell: Shell;
  readonly texts = new SourceTexts();
  private readonly ds: Dataset;
  private readonly tabs: Record<TabId, TabController>;
  private readonly data: DataController;
  private seenVersion = -1;

  constructor(
    root: HTMLElement,
    private readonly rt: SmmRuntime,
    private inExcel: boolean,
  ) {
    this.ds = rt.dataset;
    this.shell = new Shell({ refresh: (s) => void this.refresh(s), tab: (id) => this.tabs[id].shown?.() });
    const ctx: PaneContext = {
      ds: this.ds,
      rt,
      shell: this.shell,
      texts: this.texts,
      inExcel: () => this.inExcel,
      refresh: (scope) => this.refresh(scope),
      listLinks: (quiet) => this.data.listLinks(quiet),
    };
    this.data = new DataController(ctx);
    this.tabs = {
      explore: new ExploreController(ctx),
      formula: new FormulaController(ctx),
      templates: new TemplatesController(ctx),
      trace: new TraceController(ctx),
      import: new ImportController(ctx),
      data: this.data,
    };
    for (const [id, tab] of Object.entries(this.tabs) as [TabId, TabController][]) this.shell.panel(id).appendChild(tab.el);
    root.replaceChildren(this.shell.el);
    this.setHost(inExcel);
    rt.onChange(() => this.dataChanged());
    this.dataChanged();
  }

  setHost(inExcel: boolean): void {
    this.inExcel = inExcel;
    this.shell.setHost(inExcel);
    // the Data tab last: it lists the workbook's linked tables
    for (const tab of Object.values(this.tabs)) if (tab !== this.data) tab.setHost?.(inExcel);
    this.data.setHost(inExcel);
  }

  /** Called when the runtime's data or status changes. */
  dataChanged(): void {
    const st = this.rt.loadStatus();
    const n = this.ds.listEditions().length;
    this.shell.setStatus(
      st.phase === "loading" || st.phase === "idle"
        ? "Loading SMM data..."
        : n
          ? `${plural(n, "edition")} loaded, ${plural(this.ds.allFigures().length, "figure")}`
          : st.message,
    );
    this.data.statusChanged();
    if (this.ds.version === this.seenVersion) return;
    this.seenVersion = this.ds.version;
    this.data.dataChanged();
    for (const tab of Object.values(this.tabs)) if (tab !== this.data) tab.dataChanged?.();
  }

  private async refresh(scope: RefreshScope): Promise<void> {
    if (!this.inExcel) return this.shell.notify("info", "Refresh needs Excel", NO_EXCEL_MESSAGE);
    const r = await refreshSmm(scope, (rec) => linkedGrid(this.ds, rec));
    if (!r.ok) return this.shell.notify("error", "Refresh failed", r.message);
    this.shell.notify(...refreshMessage(r.value));
    void this.data.listLinks(true);
  }
}

export function refreshMessage(r: RefreshReport): ["success" | "warning", string, HTMLElement] {
  const done = r.tables.filter((t) => t.status === "refreshed");
  const problems = r.tables.filter((t) => t.status === "blocked" || t.status === "protected" || t.status === "invalid" || t.status === "missing");
  const cells = done.reduce((n, t) => n + (t.after ? t.after.rows * t.after.cols : 0), 0);
  const title = `Refreshed ${plural(r.formulaCells, "SMM formula cell")} and ${plural(done.length, "linked table")}${done.length ? ` (${plural(cells, "cell")})` : ""} in ${r.where}`;
  const body = h(
    "ul",
    { class: "plain" },
    done.map((t) => h("li", null, `${t.address}: ${t.message}`)),
    problems.map((t) => h("li", { class: "error-text" }, `${t.address ?? t.name}: ${t.message}`)),
  );
  return [problems.length ? "warning" : "success", title, body];
}
