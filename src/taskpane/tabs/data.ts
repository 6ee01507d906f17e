/** Data tab: the loaded editions and sources, the team source, the workbook's linked tables. */
import { listLinkedTables, unlinkTable } from "../../excel/linkedTables";
import { editionRows, sourceLines } from "../actions/editions";
import { plural } from "../actions/format";
import { linkedTitle } from "../actions/linked";
import { DataView } from "../view/dataView";
import type { PaneContext, TabController } from "./context";

export class DataController implements TabController {
  private readonly view: DataView;

  constructor(private readonly ctx: PaneContext) {
    this.view = new DataView({
      remove: (id) => void this.removeEdition(id),
      setTeam: (url) => void this.setTeam(url),
      clearTeam: () => void this.setTeam(""),
      refreshTeam: () => void this.refreshTeam(),
      listLinks: () => void this.listLinks(),
      unlink: (id) => void this.unlink(id),
    });
  }

  get el(): HTMLElement {
    return this.view.el;
  }

  setHost(inExcel: boolean): void {
    if (inExcel) void this.listLinks(true);
  }

  /** The sources (on every status change). */
  statusChanged(): void {
    this.view.renderSources(sourceLines(this.ctx.rt.loadStatus()), this.ctx.rt.getTeamUrl());
  }

  dataChanged(): void {
    this.view.renderEditions(editionRows(this.ctx.ds, this.ctx.rt.loadStatus()));
  }

  private async removeEdition(id: string): Promise<void> {
    const { rt, ds, shell, texts } = this.ctx;
    const r = await rt.removeImported(id);
    texts.delete(id);
    if (!r) return shell.notify("warning", "Not removed", `No imported edition ${id}.`);
    const back = ds.getEdition(id);
    shell.notify(
      "success",
      `Removed the imported ${id} edition`,
      back ? `The ${back.origin} copy of ${id} is in use again.` : `${plural(r.diffs[0]?.removed.length ?? 0, "figure")} removed.`,
    );
  }

  private async setTeam(url: string): Promise<void> {
    this.view.teamMessage("info", url.trim() ? `Fetching ${url.trim()}...` : "Clearing the team source...");
    const s = await this.ctx.rt.setTeamUrl(url.trim() || null);
    this.view.teamMessage(s.state === "ok" ? "success" : s.state === "off" ? "info" : s.state === "stale" ? "warning" : "error", s.message);
  }

  private async refreshTeam(): Promise<void> {
    if (!this.ctx.rt.getTeamUrl()) return this.view.teamMessage("info", "No team source is set.");
    const s = await this.ctx.rt.refreshTeam();
    this.view.teamMessage(s.state === "ok" ? "success" : s.state === "stale" ? "warning" : "error", s.message);
  }

  async listLinks(quiet = false): Promise<void> {
    if (!this.ctx.inExcel()) return this.view.renderLinks("Linked tables live in a workbook: open this pane in Excel.");
    const r = await listLinkedTables();
    if (!r.ok) return quiet ? undefined : this.view.renderLinks(r.message);
    this.view.renderLinks(
      r.value.map((x) => ({
        id: x.id,
        title: linkedTitle(this.ctx.ds, x),
        address: x.current ?? x.address,
        updatedAt: x.updatedAt,
        broken: x.current === null,
      })),
    );
  }

  private async unlink(id: string): Promise<void> {
    const r = await unlinkTable(id);
    if (!r.ok) return this.ctx.shell.notify("error", "Could not unlink", r.message);
    this.ctx.shell.notify("success", "Unlinked", "The cells stay as they are; Refresh no longer re-pulls them.");
    await this.listLinks();
  }
}
