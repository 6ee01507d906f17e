/**
 * Data tab: the sources (bundled, team, imported), the loaded editions with dates and counts
 * (remove an imported one), the team source URL, and the workbook's linked tables.
 */
import { MAX_DOWNLOAD_BYTES } from "../../core/store";
import type { EditionRow, SourceLine } from "../actions/editions";
import { plural } from "../actions/format";
import { badge, button, h, messageBar, nextId, replace } from "./dom";

export interface DataEvents {
  remove(id: string): void;
  setTeam(url: string): void;
  clearTeam(): void;
  refreshTeam(): void;
  listLinks(): void;
  unlink(id: string): void;
}

export interface LinkRow {
  id: string;
  title: string;
  address: string;
  updatedAt: string;
  broken: boolean;
}

export class DataView {
  readonly el: HTMLElement;
  private sources = h("ul", { class: "sources" });
  private editions = h("div", { class: "editions", attrs: { "data-testid": "editions" } });
  private teamInput: HTMLInputElement;
  private teamMsg = h("div", { attrs: { "aria-live": "polite" } });
  private links = h("div", { class: "links", attrs: { "data-testid": "links" } });

  constructor(private ev: DataEvents) {
    const id = nextId("team");
    this.teamInput = h("input", {
      id,
      class: "input",
      attrs: { type: "url", placeholder: "https://.../smm-dataset.json", "aria-describedby": `${id}-hint`, "data-testid": "team-url" },
    });
    this.el = h(
      "section",
      { class: "stack" },
      h("h2", null, "Sources"),
      this.sources,
      h("h2", null, "Team source"),
      h(
        "div",
        { class: "field" },
        h("label", { attrs: { for: id } }, "Dataset URL"),
        this.teamInput,
        h(
          "div",
          { class: "hint", id: `${id}-hint` },
          `An https:// address of an SMM dataset JSON your team publishes. Its editions load at start-up and are cached for offline use. A file over ${MAX_DOWNLOAD_BYTES / (1024 * 1024)} MB is refused: the download stops there.`,
        ),
      ),
      h(
        "div",
        { class: "row" },
        button("Set", () => this.ev.setTeam(this.teamInput.value), "primary"),
        button("Fetch again", () => this.ev.refreshTeam(), "secondary"),
        button("Clear", () => this.ev.clearTeam(), "subtle"),
      ),
      this.teamMsg,
      h("h2", null, "Editions"),
      this.editions,
      h("h2", null, "Linked tables in this workbook"),
      h("p", { class: "hint" }, "Tables inserted as values remember their query in the workbook; Refresh re-pulls them."),
      button("Show linked tables", () => this.ev.listLinks(), "secondary"),
      this.links,
    );
  }

  renderSources(lines: SourceLine[], teamUrl: string | null): void {
    replace(
      this.sources,
      lines.map((l) =>
        h(
          "li",
          { class: `source tone-${l.tone}` },
          badge(l.source, l.tone === "ok" ? "success" : l.tone === "error" ? "error" : l.tone === "warn" ? "warning" : "neutral"),
          " ",
          l.message,
        ),
      ),
    );
    if (document.activeElement !== this.teamInput) this.teamInput.value = teamUrl ?? "";
  }

  teamMessage(tone: "success" | "error" | "info" | "warning", text: string): void {
    replace(this.teamMsg, messageBar(tone, text));
  }

  renderEditions(rows: EditionRow[]): void {
    if (!rows.length) {
      replace(this.editions, h("p", { class: "hint" }, "No editions are loaded. Import a report (Import tab) or set a team source."));
      return;
    }
    replace(
      this.editions,
      h(
        "ul",
        { class: "edition-list", attrs: { "aria-label": "Loaded editions" } },
        rows.map((r) =>
          h(
            "li",
            { class: "edition-row", attrs: { "data-edition": r.id } },
            h(
              "div",
              { class: "edition-main" },
              h("strong", null, r.label),
              " ",
              badge(r.originLabel, r.origin === "imported" ? "brand" : r.origin === "team" ? "success" : "neutral"),
              h(
                "div",
                { class: "hint" },
                `${plural(r.figures, "figure")} (${r.actual} actual, ${r.forecast} forecast), ${plural(r.trends, "direction")}${r.issues ? `, ${plural(r.issues, "issue")}` : ""}`,
              ),
              h(
                "div",
                { class: "hint" },
                [r.source, r.importedAt ? `imported ${r.importedAt}` : "", r.covers ? `months ${r.covers}` : ""].filter(Boolean).join(" \u00b7 "),
              ),
              r.shadows ? h("div", { class: "hint" }, `Replaces the ${r.shadows} copy of this month: removing it brings that back.`) : null,
            ),
            r.removable ? button("Remove", () => this.ev.remove(r.id), "subtle", { "aria-label": `Remove the imported ${r.label} edition` }) : null,
          ),
        ),
      ),
    );
  }

  renderLinks(rows: LinkRow[] | string): void {
    if (typeof rows === "string") {
      replace(this.links, h("p", { class: "hint" }, rows));
      return;
    }
    if (!rows.length) {
      replace(this.links, h("p", { class: "hint" }, "No linked tables in this workbook."));
      return;
    }
    replace(
      this.links,
      h(
        "ul",
        { class: "edition-list" },
        rows.map((r) =>
          h(
            "li",
            { class: "edition-row" },
            h(
              "div",
              { class: "edition-main" },
              h("strong", { class: "mono" }, r.address || "(deleted)"),
              r.broken ? badge("cells deleted", "error") : null,
              h("div", { class: "hint" }, r.title),
              h("div", { class: "hint" }, r.updatedAt ? `refreshed ${r.updatedAt.slice(0, 16).replace("T", " ")}` : ""),
            ),
            button("Unlink", () => this.ev.unlink(r.id), "subtle", { "aria-label": `Unlink the table at ${r.address}` }),
          ),
        ),
      ),
    );
  }
}
