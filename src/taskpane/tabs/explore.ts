/** Explore tab: product search, measures and months, preview, insert as a linked table or formulas. */
import { availablePeriods, buildTable, defaultQuery, describeQuery, toGrid } from "../actions/table";
import type { TableQuery } from "../actions/table";
import { searchProducts } from "../actions/search";
import { ExploreView } from "../view/exploreView";
import type { Notify, PaneContext, TabController } from "./context";
import { writeAtActive } from "./context";

export class ExploreController implements TabController {
  private readonly view: ExploreView;
  private searchText = "";

  constructor(private readonly ctx: PaneContext) {
    this.view = new ExploreView(
      {
        search: (t) => {
          this.searchText = t;
          this.view.renderResults(searchProducts(ctx.ds, t));
        },
        query: (q) => this.preview(q),
        insert: (q, mode) => void this.insert(q, mode),
      },
      defaultQuery(ctx.ds),
    );
  }

  get el(): HTMLElement {
    return this.view.el;
  }

  setHost(inExcel: boolean): void {
    this.view.setHost(inExcel);
  }

  dataChanged(): void {
    this.view.setPeriods(availablePeriods(this.ctx.ds));
    this.view.renderResults(searchProducts(this.ctx.ds, this.searchText));
    this.preview(this.view.query);
  }

  private preview(q: TableQuery): void {
    if (!q.products.length) return this.view.renderPreview("Choose one or more products above to preview their figures.");
    if (!q.measures.length) return this.view.renderPreview("Choose at least one measure.");
    const t = buildTable(this.ctx.ds, q);
    this.view.renderPreview(t.ok ? t.value : t.message);
  }

  private async insert(q: TableQuery, mode: "values" | "formulas", overwrite = false): Promise<void> {
    const t = buildTable(this.ctx.ds, q);
    const show: Notify = (...a) => this.view.showResult(...a);
    if (!t.ok) return show("warning", "Nothing to insert", t.message);
    const grid = toGrid(t.value, mode);
    const link = mode === "values" ? { query: t.value.query, title: describeQuery(this.ctx.ds, t.value.query) } : undefined;
    await writeAtActive(
      this.ctx,
      grid,
      { overwrite, ...(link ? { link } : {}) },
      mode === "values" ? "a linked table (values)" : "live formulas",
      (o) => void this.insert(q, mode, o),
      show,
    );
  }
}
