/** Templates tab: pick a template, preview it, insert it as a new worksheet of live formulas. */
import { writeGrid } from "../../excel/grid";
import { refName, searchProducts } from "../actions/search";
import type { TemplateSpec } from "../actions/templates";
import { buildTemplateGrid, insertedMessage, productMonths, templateOptions, templatePreview } from "../actions/templates";
import { TemplatesView } from "../view/templatesView";
import type { PaneContext, TabController } from "./context";

export class TemplatesController implements TabController {
  private readonly view: TemplatesView;
  /** The options are out of date (recomputed when the tab is shown). */
  private stale = true;
  private product = "";

  constructor(private readonly ctx: PaneContext) {
    this.view = new TemplatesView({
      change: (spec) => this.changed(spec),
      insert: (spec) => void this.insert(spec),
      searchProduct: (t) => this.view.renderProductHits(searchProducts(ctx.ds, t).filter((x) => !x.segment)),
    });
  }

  get el(): HTMLElement {
    return this.view.el;
  }

  setHost(inExcel: boolean): void {
    this.view.setHost(inExcel);
  }

  dataChanged(): void {
    this.stale = true;
    if (this.ctx.shell.current === "templates") this.refresh();
  }

  shown(): void {
    if (this.stale) this.refresh();
  }

  /** Months and defaults from the data as it is now, then the preview. */
  private refresh(): void {
    this.stale = false;
    const ds = this.ctx.ds;
    const opts = templateOptions(ds);
    const product = this.view.spec.product || opts.defaults.product;
    this.product = product;
    this.view.setOptions(opts, { name: product ? refName(ds, product) : "", months: productMonths(ds, product) });
    this.preview(this.view.spec);
  }

  private changed(spec: TemplateSpec): void {
    if (spec.product !== this.product) {
      this.product = spec.product;
      this.view.setProductMonths(productMonths(this.ctx.ds, spec.product));
    }
    this.preview(this.view.spec);
  }

  private preview(spec: TemplateSpec): void {
    const g = buildTemplateGrid(this.ctx.ds, spec);
    this.view.renderPreview(g.ok ? templatePreview(g.value) : g.message);
  }

  private async insert(spec: TemplateSpec): Promise<void> {
    const g = buildTemplateGrid(this.ctx.ds, spec);
    if (!g.ok) return this.view.showResult("warning", "Nothing to insert", g.message);
    this.view.renderPreview(templatePreview(g.value));
    if (!this.ctx.inExcel())
      return this.view.showResult(
        "info",
        "Inserting needs Excel",
        `Templates go into a new worksheet of the open workbook: open this pane from the SMM add-in in Excel. The preview above shows what the sheet "${g.value.name}" will hold.`,
      );
    this.view.setBusy(true);
    try {
      const r = await writeGrid({ kind: "sheet" }, g.value);
      if (!r.ok) {
        return this.view.showResult(
          "error",
          r.code === "protected" ? "The workbook is protected" : r.code === "edit-mode" ? "Excel is editing a cell" : "Could not insert the sheet",
          r.message,
        );
      }
      const m = insertedMessage(g.value, r.value.name);
      this.view.showResult("success", m.title, m.body);
    } finally {
      this.view.setBusy(false);
    }
  }
}
