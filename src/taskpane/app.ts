/**
 * The task pane's controller: wires the views (./view) to the actions (./actions, pure) and to
 * Excel (../excel) and the shared runtime (one Dataset with the =SMM.* functions).
 */
import type { Dataset } from "../core/dataset";
import { FUNCTIONS, measureOf } from "../core/query";
import { readActiveCell, readCellValues } from "../excel/cell";
import { writeGrid } from "../excel/grid";
import { listLinkedTables, refreshSmm, unlinkTable } from "../excel/linkedTables";
import { onSelectionChanged } from "../excel/host";
import { NO_EXCEL_MESSAGE } from "../excel/run";
import { insertTemplate } from "../excel/templates";
import type { ExcelOutcome, Grid, RefreshReport, RefreshScope } from "../excel/types";
import type { SmmRuntime } from "../runtime/state";
import { editionRows, sourceLines } from "./actions/editions";
import { measureFormat, plural } from "./actions/format";
import type { FormulaSpec } from "./actions/formula";
import { defaultFormulaArgs, functionSpecs, previewFormula } from "./actions/formula";
import type { ReviewDecision } from "../core/review";
import type { PreparedImport } from "./actions/importReport";
import { checkFields, MAX_IMPORT_CHARS, prepareImport, summariseDiffs } from "./actions/importReport";
import { linkedGrid, linkedModel, linkedTitle } from "./actions/linked";
import { refName, searchProducts } from "./actions/search";
import type { TableQuery } from "./actions/table";
import { availablePeriods, buildTable, defaultQuery, describeQuery, refAt, toGrid, valueFormula } from "./actions/table";
import type { TemplateSpec } from "./actions/templates";
import { buildTemplateGrid, insertedMessage, productMonths, templateOptions, templatePreview } from "./actions/templates";
import { callRefs, findSmmCall, SourceTexts, traceCall, traceFormula } from "./actions/trace";
import { DataView } from "./view/dataView";
import { h, type Child, type Tone } from "./view/dom";
import { ExploreView } from "./view/exploreView";
import { FormulaView } from "./view/formulaView";
import { ImportView } from "./view/importView";
import { Shell, type TabId } from "./view/shell";
import { TemplatesView } from "./view/templatesView";
import { TraceView } from "./view/traceView";

type Notify = (tone: Tone, title: string, body?: Child, actions?: { label: string; run: () => void; primary?: boolean }[]) => void;

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

interface ImportItem {
  text: string;
  name: string;
  edition: string | null;
  prepared: PreparedImport;
  /** The user's review decisions (items of this parse) and the kept figures they dropped. */
  decisions: ReviewDecision[];
  drop: string[];
}

export class App {
  readonly shell: Shell;
  readonly texts = new SourceTexts();
  private ds: Dataset;
  private explore: ExploreView;
  private formula: FormulaView;
  private trace: TraceView;
  private importer: ImportView;
  private data: DataView;
  private templates: TemplatesView;
  /** The Templates tab's options are out of date (recomputed when the tab is shown). */
  private templatesStale = true;
  private templateProduct = "";
  private items: ImportItem[] = [];
  private busy = false;
  private lastQuery: TableQuery;
  private lastSpec: FormulaSpec | null = null;
  private searchText = "";
  private follow: (() => void) | null = null;
  private seenVersion = -1;

  constructor(
    root: HTMLElement,
    private rt: SmmRuntime,
    private inExcel: boolean,
  ) {
    this.ds = rt.dataset;
    this.shell = new Shell({ refresh: (s) => void this.refresh(s), tab: (id) => this.onTab(id) });
    this.lastQuery = defaultQuery(this.ds);
    this.explore = new ExploreView(
      {
        search: (t) => {
          this.searchText = t;
          this.explore.renderResults(searchProducts(this.ds, t));
        },
        query: (q) => this.previewTable(q),
        insert: (q, mode) => void this.insertTable(q, mode),
      },
      this.lastQuery,
    );
    const names = this.ds.catalog.all().flatMap((p) => [p.id, ...p.aliases.filter((a) => /^[\x20-\x7e]+$/.test(a))]);
    this.formula = new FormulaView({ change: (s) => this.previewFormula(s), insert: (s) => void this.insertFormula(s) }, functionSpecs(), [...new Set(names)]);
    this.trace = new TraceView({ traceActive: () => void this.traceActive(), traceFormula: (f) => this.traceText(f), follow: (on) => void this.setFollow(on) });
    this.importer = new ImportView({
      preview: (text, name) => void this.previewImport([{ text, name }]),
      files: (files) => void this.readFiles(files),
      month: (i, m) => this.changeMonth(i, m),
      save: () => void this.save(),
      clear: () => (this.items = []),
      keep: (i, key, keep) => this.keepFigure(i, key, keep),
      review: (i, item, action) => this.reviewItem(i, item, action),
      reviewForm: (i, item, action, form) => this.reviewForm(i, item, action, form),
    });
    this.templates = new TemplatesView({
      change: (spec) => this.templateChanged(spec),
      insert: (spec) => void this.insertTemplate(spec),
      searchProduct: (t) => this.templates.renderProductHits(searchProducts(this.ds, t).filter((x) => !x.segment)),
    });
    this.data = new DataView({
      remove: (id) => void this.removeEdition(id),
      setTeam: (url) => void this.setTeam(url),
      clearTeam: () => void this.setTeam(""),
      refreshTeam: () => void this.refreshTeam(),
      listLinks: () => void this.listLinks(),
      unlink: (id) => void this.unlink(id),
    });
    this.shell.panel("explore").appendChild(this.explore.el);
    this.shell.panel("formula").appendChild(this.formula.el);
    this.shell.panel("templates").appendChild(this.templates.el);
    this.shell.panel("trace").appendChild(this.trace.el);
    this.shell.panel("import").appendChild(this.importer.el);
    this.shell.panel("data").appendChild(this.data.el);
    root.replaceChildren(this.shell.el);
    this.setHost(inExcel);
    rt.onChange(() => this.dataChanged());
    this.dataChanged();
  }

  setHost(inExcel: boolean): void {
    this.inExcel = inExcel;
    this.shell.setHost(inExcel);
    this.explore.setHost(inExcel);
    this.formula.setHost(inExcel);
    this.trace.setHost(inExcel);
    this.templates.setHost(inExcel);
    if (inExcel) void this.listLinks(true);
  }

  /** Called when the runtime's data or status changes. */
  dataChanged(): void {
    const st = this.rt.loadStatus();
    const n = this.ds.listEditions().length;
    this.shell.setStatus(st.phase === "loading" || st.phase === "idle" ? "Loading SMM data..." : n ? `${plural(n, "edition")} loaded, ${plural(this.ds.allFigures().length, "figure")}` : st.message);
    this.data.renderSources(sourceLines(st), this.rt.getTeamUrl());
    if (this.ds.version === this.seenVersion) return;
    this.seenVersion = this.ds.version;
    this.data.renderEditions(editionRows(this.ds, st));
    const periods = availablePeriods(this.ds);
    this.explore.setPeriods(periods);
    this.explore.renderResults(searchProducts(this.ds, this.searchText));
    this.previewTable(this.explore.query);
    const d = defaultFormulaArgs(this.ds);
    if (d) this.formula.setDefaults(d.product, d.period);
    else if (this.lastSpec) this.previewFormula(this.lastSpec);
    this.templatesStale = true;
    if (this.shell.current === "templates") this.refreshTemplates();
  }

  private onTab(id: TabId): void {
    if (id === "trace" && this.follow && this.inExcel) void this.traceActive();
    if (id === "templates" && this.templatesStale) this.refreshTemplates();
  }

  // ------------------------------------------------------------------ Templates

  /** Months and defaults from the data as it is now, then the preview. */
  private refreshTemplates(): void {
    this.templatesStale = false;
    const opts = templateOptions(this.ds);
    const product = this.templates.spec.product || opts.defaults.product;
    this.templateProduct = product;
    this.templates.setOptions(opts, { name: product ? refName(this.ds, product) : "", months: productMonths(this.ds, product) });
    this.previewTemplate(this.templates.spec);
  }

  private templateChanged(spec: TemplateSpec): void {
    if (spec.product !== this.templateProduct) {
      this.templateProduct = spec.product;
      this.templates.setProductMonths(productMonths(this.ds, spec.product));
    }
    this.previewTemplate(this.templates.spec);
  }

  private previewTemplate(spec: TemplateSpec): void {
    const g = buildTemplateGrid(this.ds, spec);
    this.templates.renderPreview(g.ok ? templatePreview(g.value) : g.message);
  }

  private async insertTemplate(spec: TemplateSpec): Promise<void> {
    const g = buildTemplateGrid(this.ds, spec);
    if (!g.ok) return this.templates.showResult("warning", "Nothing to insert", g.message);
    this.templates.renderPreview(templatePreview(g.value));
    if (!this.inExcel) return this.templates.showResult("info", "Inserting needs Excel", `Templates go into a new worksheet of the open workbook: open this pane from the SMM add-in in Excel. The preview above shows what the sheet "${g.value.name}" will hold.`);
    this.templates.setBusy(true);
    try {
      const r = await insertTemplate(g.value);
      if (!r.ok) {
        return this.templates.showResult("error", r.code === "protected" ? "The workbook is protected" : r.code === "edit-mode" ? "Excel is editing a cell" : "Could not insert the sheet", r.message);
      }
      const m = insertedMessage(g.value, r.value.name);
      this.templates.showResult("success", m.title, m.body);
    } finally {
      this.templates.setBusy(false);
    }
  }

  // ------------------------------------------------------------------ Explore / insert

  private previewTable(q: TableQuery): void {
    this.lastQuery = q;
    if (!q.products.length) return this.explore.renderPreview("Choose one or more products above to preview their figures.");
    if (!q.measures.length) return this.explore.renderPreview("Choose at least one measure.");
    const t = buildTable(this.ds, q);
    this.explore.renderPreview(t.ok ? t.value : t.message);
  }

  /** Writes a block at the active cell; the outcome is shown by `show` (next to the button pressed). */
  private async write(grid: Grid, opts: Parameters<typeof writeGrid>[2], what: string, retry: (overwrite: boolean) => void, show: Notify): Promise<boolean> {
    if (!this.inExcel) {
      show("info", "Writing needs Excel", NO_EXCEL_MESSAGE);
      return false;
    }
    const r = await writeGrid({ kind: "active" }, grid, opts);
    if (r.ok) return this.written(r, what, show);
    if (r.code === "not-empty") {
      show("warning", "Cells in the way", r.message, [{ label: "Overwrite", run: () => retry(true), primary: true }]);
    } else {
      show("error", r.code === "protected" ? "The sheet is protected" : r.code === "spill-blocked" ? "Spill blocked" : r.code === "no-selection" ? "No cell selected" : "Could not write", r.message);
    }
    return false;
  }

  private written(r: Extract<ExcelOutcome<{ address: string; rows: number; cols: number; linked?: { name: string } }>, { ok: true }>, what: string, show: Notify): boolean {
    const v = r.value;
    show("success", `Inserted ${what}`, `${v.rows} x ${v.cols} cells at ${v.address}${v.linked ? `; linked table ${v.linked.name}: Refresh re-pulls it when the data changes` : ""}.`);
    return true;
  }

  private async insertTable(q: TableQuery, mode: "values" | "formulas", overwrite = false): Promise<void> {
    const t = buildTable(this.ds, q);
    const show: Notify = (...a) => this.explore.showResult(...a);
    if (!t.ok) return show("warning", "Nothing to insert", t.message);
    const grid = toGrid(t.value, mode);
    const link = mode === "values" ? { query: t.value.query, title: describeQuery(this.ds, t.value.query) } : undefined;
    await this.write(grid, { overwrite, ...(link ? { link } : {}) }, mode === "values" ? "a linked table (values)" : "live formulas", (o) => void this.insertTable(q, mode, o), show);
  }

  // ------------------------------------------------------------------ Formula builder

  private previewFormula(spec: FormulaSpec): void {
    this.lastSpec = spec;
    this.formula.renderPreview(previewFormula(this.ds, spec));
  }

  private async insertFormula(spec: FormulaSpec): Promise<void> {
    const p = previewFormula(this.ds, spec);
    const fs = FUNCTIONS[spec.fn];
    const spills = fs.result === "matrix";
    let format = "General";
    if (!spills && p.result.ok && typeof p.result.value === "number") {
      const m = measureOf(spec.fn, spec.args.measure);
      if (m) format = measureFormat(m);
    }
    const grid: Grid = { cells: [[p.formula]], numberFormats: [[format]], headerRows: 0 };
    await this.write(grid, { overwrite: true, ...(spills ? { spill: { rows: p.rows, cols: p.cols } } : {}) }, `${p.formula}`, () => undefined, (...a) => this.formula.showResult(...a));
  }

  // ------------------------------------------------------------------ Trace

  private traceText(formula: string): void {
    if (!formula.trim()) return this.trace.message("info", "Type a formula", 'For example =SMM.MOM("nickel","2025-02").');
    this.trace.render(traceFormula(this.ds, formula, { texts: this.texts }));
  }

  private async traceActive(): Promise<void> {
    if (!this.inExcel) return this.trace.message("info", "Trace needs Excel", `${NO_EXCEL_MESSAGE} Type a formula below to trace it here.`);
    const r = await readActiveCell();
    if (!r.ok) return this.trace.message("error", "Could not read the active cell", r.message);
    const c = r.value;
    const formula = c.spill?.formula || c.formula;
    const call = findSmmCall(formula);
    if (call && !("error" in call)) {
      const refs = callRefs(call);
      let refValues: Record<string, unknown> = {};
      if (refs.length) {
        const v = await readCellValues(refs, c.sheet);
        if (!v.ok) return this.trace.message("error", "Could not read the formula's inputs", v.message);
        refValues = v.value;
      }
      const opts = { refValues, texts: this.texts, ...(c.spill ? { spillRow: c.spill.row } : {}) };
      return this.trace.render(traceCall(this.ds, call, opts), `${c.address}${c.spill ? ` (spilled from ${c.spill.address})` : ""}`);
    }
    if (call && "error" in call) return this.trace.message("warning", "Not traceable", call.error);
    if (c.linked) {
      const model = linkedModel(this.ds, c.linked.rec);
      const ref = model ? refAt(model, c.linked.row, c.linked.col) : null;
      if (ref) {
        const f = findSmmCall(valueFormula(ref));
        if (f && !("error" in f)) return this.trace.render(traceCall(this.ds, f, { texts: this.texts }), `${c.address}, in linked table ${c.linked.rec.name} (values)`);
      }
      return this.trace.message("info", "Not a figure", `${c.address} is a header or label of linked table ${c.linked.rec.name}.`);
    }
    this.trace.message("info", "No SMM formula here", `${c.address} holds ${formula ? `the formula ${formula}` : c.value === "" ? "nothing" : `the value ${String(c.value)}`}. Select a cell with an =SMM.* formula or in a linked table.`);
  }

  private async setFollow(on: boolean): Promise<void> {
    if (this.follow) {
      this.follow();
      this.follow = null;
    }
    if (!on) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.follow = await onSelectionChanged(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => this.shell.current === "trace" && void this.traceActive(), 150);
    });
    void this.traceActive();
  }

  // ------------------------------------------------------------------ Refresh

  private async refresh(scope: RefreshScope): Promise<void> {
    if (!this.inExcel) return this.shell.notify("info", "Refresh needs Excel", NO_EXCEL_MESSAGE);
    const r = await refreshSmm(scope, (rec) => linkedGrid(this.ds, rec));
    if (!r.ok) return this.shell.notify("error", "Refresh failed", r.message);
    this.shell.notify(...refreshMessage(r.value));
    void this.listLinks(true);
  }

  // ------------------------------------------------------------------ Import

  private async readFiles(files: File[]): Promise<void> {
    const inputs: { text: string; name: string; size?: number }[] = [];
    for (const [i, f] of files.entries()) {
      this.importer.progress(i, files.length * 2, `Reading ${f.name} (${i + 1} of ${files.length})`);
      await tick();
      // a huge file is not read whole: its first part is enough to refuse it
      if (f.size > MAX_IMPORT_CHARS * 4) inputs.push({ text: await readFile(f.slice(0, MAX_IMPORT_CHARS + 1)), name: f.name, size: f.size });
      else inputs.push({ text: await readFile(f), name: f.name });
    }
    await this.previewImport(inputs, files.length);
  }

  private async previewImport(inputs: { text: string; name: string; size?: number }[], offset = 0): Promise<void> {
    this.items = [];
    const total = offset + inputs.length;
    for (const [i, inp] of inputs.entries()) {
      this.importer.progress(offset + i, total || 1, `Reading the report${inputs.length > 1 ? ` ${i + 1} of ${inputs.length}: ${inp.name}` : ""}...`);
      await tick();
      this.items.push({ text: inp.text, name: inp.name, edition: null, decisions: [], drop: [], prepared: prepareImport(this.ds, inp.text, { name: inp.name, ...(inp.size ? { size: inp.size } : {}) }) });
    }
    this.importer.setProducts(this.ds.catalog.all().map((p) => ({ id: p.id, name: p.name })));
    this.importer.progress(0, 0, "");
    this.importer.showPreviews(this.items.map((x) => x.prepared.preview));
  }

  private changeMonth(index: number, month: string): void {
    const it = this.items[index];
    if (!it) return;
    it.edition = month;
    // figures are read again for that month: earlier decisions were about other readings
    it.decisions = [];
    it.drop = [];
    it.prepared = prepareImport(this.ds, it.text, { name: it.name, edition: month });
    this.importer.showPreviews(this.items.map((x) => x.prepared.preview));
  }

  /** The item prepared again with the user's choices (decisions, dropped kept figures). */
  private prepareItem(it: ImportItem): PreparedImport {
    return prepareImport(this.ds, it.text, { name: it.name, ...(it.edition ? { edition: it.edition } : {}), decisions: it.decisions, drop: it.drop, at: new Date().toISOString() });
  }

  private rePreview(index: number): void {
    const it = this.items[index];
    if (!it) return;
    it.prepared = this.prepareItem(it);
    this.importer.showPreviews(this.items.map((x) => x.prepared.preview));
  }

  private keepFigure(index: number, key: string, keep: boolean): void {
    const it = this.items[index];
    if (!it) return;
    it.drop = keep ? it.drop.filter((k) => k !== key) : [...new Set([...it.drop, key])];
    this.rePreview(index);
  }

  private reviewItem(index: number, item: string, action: "accept" | "reject" | "undo"): void {
    const it = this.items[index];
    if (!it) return;
    it.decisions = it.decisions.filter((d) => d.item !== item);
    if (action !== "undo") it.decisions.push({ item, action });
    this.rePreview(index);
  }

  private reviewForm(index: number, item: string, action: "correct" | "assign", form: { product: string; segment: string; period: string; basis: string; measure: string; value: string }): void {
    const it = this.items[index];
    if (!it) return;
    const c = checkFields(this.ds, form);
    if (!c.ok) return this.importer.formError(index, item, c.message);
    it.decisions = [...it.decisions.filter((d) => d.item !== item), { item, action, to: c.value }];
    this.importer.closeForm();
    this.rePreview(index);
  }

  private async save(): Promise<void> {
    if (this.busy) return;
    const ready = this.items.filter((x) => !x.prepared.preview.blocking && x.prepared.editions.length);
    if (!ready.length) return this.importer.showError("Nothing saved", "Fix the problems shown in the preview first.");
    this.busy = true;
    try {
      this.importer.showPreviews(this.items.map((x) => x.prepared.preview), true);
      this.importer.progress(1, 2, "Saving...");
      await tick();
      // recompute against the data as it is now (another import may have landed meanwhile)
      const prepared = ready.map((x) => ({ x, editions: this.prepareItem(x).editions }));
      const editions = prepared.flatMap((p) => p.editions);
      const drop: Record<string, string[]> = {};
      for (const p of prepared) for (const e of p.editions) if (p.x.drop.length) drop[e.id] = [...(drop[e.id] ?? []), ...p.x.drop];
      const res = await this.rt.importEditions(editions, { drop });
      for (const x of ready) if (x.prepared.preview.kind === "report") for (const e of x.prepared.editions) this.texts.set(e.id, e.source, x.text);
      const warnings: string[] = [];
      if (!res.workbook.ok && this.inExcel && res.workbook.message) warnings.push(res.workbook.message);
      if (!res.cache.ok && res.cache.message && res.cache.code !== "no-store") warnings.push(res.cache.message);
      this.importer.progress(0, 0, "");
      this.importer.showResult(summariseDiffs(this.ds, res.diffs), warnings);
      this.items = [];
      if (this.inExcel) this.shell.notify("info", "Data changed", "=SMM.* formulas recalculate now. Linked tables (values) update when you Refresh.", [{ label: "Refresh workbook", run: () => void this.refresh("workbook"), primary: true }]);
    } catch (e) {
      this.importer.progress(0, 0, "");
      this.importer.showError("Saving failed", e instanceof Error ? e.message : String(e));
    } finally {
      this.busy = false;
    }
  }

  // ------------------------------------------------------------------ Data

  private async removeEdition(id: string): Promise<void> {
    const r = await this.rt.removeImported(id);
    this.texts.delete(id);
    if (!r) return this.shell.notify("warning", "Not removed", `No imported edition ${id}.`);
    const back = this.ds.getEdition(id);
    this.shell.notify("success", `Removed the imported ${id} edition`, back ? `The ${back.origin} copy of ${id} is in use again.` : `${plural(r.diffs[0]?.removed.length ?? 0, "figure")} removed.`);
  }

  private async setTeam(url: string): Promise<void> {
    this.data.teamMessage("info", url.trim() ? `Fetching ${url.trim()}...` : "Clearing the team source...");
    const s = await this.rt.setTeamUrl(url.trim() || null);
    this.data.teamMessage(s.state === "ok" ? "success" : s.state === "off" ? "info" : s.state === "stale" ? "warning" : "error", s.message);
  }

  private async refreshTeam(): Promise<void> {
    if (!this.rt.getTeamUrl()) return this.data.teamMessage("info", "No team source is set.");
    const s = await this.rt.refreshTeam();
    this.data.teamMessage(s.state === "ok" ? "success" : s.state === "stale" ? "warning" : "error", s.message);
  }

  private async listLinks(quiet = false): Promise<void> {
    if (!this.inExcel) return this.data.renderLinks("Linked tables live in a workbook: open this pane in Excel.");
    const r = await listLinkedTables();
    if (!r.ok) return quiet ? undefined : this.data.renderLinks(r.message);
    this.data.renderLinks(r.value.map((x) => ({ id: x.id, title: linkedTitle(this.ds, x), address: x.current ?? x.address, updatedAt: x.updatedAt, broken: x.current === null })));
  }

  private async unlink(id: string): Promise<void> {
    const r = await unlinkTable(id);
    if (!r.ok) return this.shell.notify("error", "Could not unlink", r.message);
    this.shell.notify("success", "Unlinked", "The cells stay as they are; Refresh no longer re-pulls them.");
    await this.listLinks();
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

async function readFile(f: Blob): Promise<string> {
  if (typeof f.text === "function") return f.text();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result ?? ""));
    r.onerror = () => reject(r.error ?? new Error("could not read the file"));
    r.readAsText(f);
  });
}
