/** Import tab: paste or choose reports (or a figures CSV), preview, review, save. */
import type { ReviewDecision } from "../../core/review";
import type { PreparedImport } from "../actions/importReport";
import { checkFields, MAX_IMPORT_CHARS, prepareImport, summariseDiffs } from "../actions/importReport";
import { ImportView } from "../view/importView";
import type { PaneContext, TabController } from "./context";
import { tick } from "./context";

interface ImportItem {
  text: string;
  name: string;
  edition: string | null;
  prepared: PreparedImport;
  /** The user's review decisions (items of this parse) and the kept figures they dropped. */
  decisions: ReviewDecision[];
  drop: string[];
}

export class ImportController implements TabController {
  private readonly view: ImportView;
  private items: ImportItem[] = [];
  private busy = false;

  constructor(private readonly ctx: PaneContext) {
    this.view = new ImportView({
      preview: (text, name) => void this.preview([{ text, name }]),
      files: (files) => void this.readFiles(files),
      month: (i, m) => this.changeMonth(i, m),
      save: () => void this.save(),
      clear: () => (this.items = []),
      keep: (i, key, keep) => this.keepFigure(i, key, keep),
      review: (i, item, action) => this.reviewItem(i, item, action),
      reviewForm: (i, item, action, form) => this.reviewForm(i, item, action, form),
    });
  }

  get el(): HTMLElement {
    return this.view.el;
  }

  private async readFiles(files: File[]): Promise<void> {
    const inputs: { text: string; name: string; size?: number }[] = [];
    for (const [i, f] of files.entries()) {
      this.view.progress(i, files.length * 2, `Reading ${f.name} (${i + 1} of ${files.length})`);
      await tick();
      // a huge file is not read whole: its first part is enough to refuse it
      if (f.size > MAX_IMPORT_CHARS * 4) inputs.push({ text: await readFile(f.slice(0, MAX_IMPORT_CHARS + 1)), name: f.name, size: f.size });
      else inputs.push({ text: await readFile(f), name: f.name });
    }
    await this.preview(inputs, files.length);
  }

  private async preview(inputs: { text: string; name: string; size?: number }[], offset = 0): Promise<void> {
    const ds = this.ctx.ds;
    this.items = [];
    const total = offset + inputs.length;
    for (const [i, inp] of inputs.entries()) {
      this.view.progress(offset + i, total || 1, `Reading the report${inputs.length > 1 ? ` ${i + 1} of ${inputs.length}: ${inp.name}` : ""}...`);
      await tick();
      this.items.push({
        text: inp.text,
        name: inp.name,
        edition: null,
        decisions: [],
        drop: [],
        prepared: prepareImport(ds, inp.text, { name: inp.name, ...(inp.size ? { size: inp.size } : {}) }),
      });
    }
    this.view.setProducts(ds.catalog.all().map((p) => ({ id: p.id, name: p.name })));
    this.view.progress(0, 0, "");
    this.showPreviews();
  }

  private showPreviews(saving = false): void {
    this.view.showPreviews(
      this.items.map((x) => x.prepared.preview),
      saving,
    );
  }

  private changeMonth(index: number, month: string): void {
    const it = this.items[index];
    if (!it) return;
    it.edition = month;
    // figures are read again for that month: earlier decisions were about other readings
    it.decisions = [];
    it.drop = [];
    it.prepared = prepareImport(this.ctx.ds, it.text, { name: it.name, edition: month });
    this.showPreviews();
  }

  /** The item prepared again with the user's choices (decisions, dropped kept figures). */
  private prepareItem(it: ImportItem): PreparedImport {
    return prepareImport(this.ctx.ds, it.text, {
      name: it.name,
      ...(it.edition ? { edition: it.edition } : {}),
      decisions: it.decisions,
      drop: it.drop,
      at: new Date().toISOString(),
    });
  }

  private rePreview(index: number): void {
    const it = this.items[index];
    if (!it) return;
    it.prepared = this.prepareItem(it);
    this.showPreviews();
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

  private reviewForm(
    index: number,
    item: string,
    action: "correct" | "assign",
    form: { product: string; segment: string; period: string; basis: string; measure: string; value: string },
  ): void {
    const it = this.items[index];
    if (!it) return;
    const c = checkFields(this.ctx.ds, form);
    if (!c.ok) return this.view.formError(index, item, c.message);
    it.decisions = [...it.decisions.filter((d) => d.item !== item), { item, action, to: c.value }];
    this.view.closeForm();
    this.rePreview(index);
  }

  private async save(): Promise<void> {
    if (this.busy) return;
    const { ds, rt, shell, texts } = this.ctx;
    const ready = this.items.filter((x) => !x.prepared.preview.blocking && x.prepared.editions.length);
    if (!ready.length) return this.view.showError("Nothing saved", "Fix the problems shown in the preview first.");
    this.busy = true;
    try {
      this.showPreviews(true);
      this.view.progress(1, 2, "Saving...");
      await tick();
      // recompute against the data as it is now (another import may have landed meanwhile)
      const prepared = ready.map((x) => ({ x, editions: this.prepareItem(x).editions }));
      const editions = prepared.flatMap((p) => p.editions);
      const drop: Record<string, string[]> = {};
      for (const p of prepared) for (const e of p.editions) if (p.x.drop.length) drop[e.id] = [...(drop[e.id] ?? []), ...p.x.drop];
      const res = await rt.importEditions(editions, { drop });
      for (const x of ready) if (x.prepared.preview.kind === "report") for (const e of x.prepared.editions) texts.set(e.id, e.source, x.text);
      const warnings: string[] = [];
      if (!res.workbook.ok && this.ctx.inExcel() && res.workbook.message) warnings.push(res.workbook.message);
      if (!res.cache.ok && res.cache.message && res.cache.code !== "no-store") warnings.push(res.cache.message);
      this.view.progress(0, 0, "");
      this.view.showResult(summariseDiffs(ds, res.diffs), warnings);
      this.items = [];
      if (this.ctx.inExcel())
        shell.notify("info", "Data changed", "=SMM.* formulas recalculate now. Linked tables (values) update when you Refresh.", [
          { label: "Refresh workbook", run: () => void this.ctx.refresh("workbook"), primary: true },
        ]);
    } catch (e) {
      this.view.progress(0, 0, "");
      this.view.showError("Saving failed", e instanceof Error ? e.message : String(e));
    } finally {
      this.busy = false;
    }
  }
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
