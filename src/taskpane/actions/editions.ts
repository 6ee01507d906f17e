/**
 * The Data tab: loaded editions (bundled, imported, team source) with dates and counts, and the
 * sources' status lines. Pure over the Dataset and the runtime's status.
 */
import type { Dataset, EditionOrigin } from "../../core/dataset";
import type { LoadStatus } from "../../runtime/state";
import { periodLabel } from "./format";

export interface EditionRow {
  id: string;
  label: string;
  origin: EditionOrigin;
  originLabel: string;
  source: string;
  importedAt: string;
  figures: number;
  actual: number;
  forecast: number;
  trends: number;
  issues: number;
  /** Periods its figures describe (first..last). */
  covers: string;
  removable: boolean;
  /** An imported edition hides a bundled/team edition of the same month: removing it brings that back. */
  shadows: string | null;
}

const ORIGIN_LABEL: Record<EditionOrigin, string> = { bundled: "bundled", imported: "imported", team: "team source" };

export function editionRows(ds: Dataset, status: LoadStatus | null): EditionRow[] {
  return ds
    .listEditions()
    .slice()
    .reverse()
    .map((e) => {
      const periods = e.observations.map((o) => o.period).sort();
      const first = periods[0];
      const last = periods[periods.length - 1];
      const others: string[] = [];
      if (e.origin === "imported" && status) {
        if (status.sources.bundled.editions.includes(e.id)) others.push("bundled");
        if (status.sources.team.editions.includes(e.id)) others.push("team source");
      }
      return {
        id: e.id,
        label: periodLabel(e.id),
        origin: e.origin,
        originLabel: ORIGIN_LABEL[e.origin],
        source: e.source,
        importedAt: e.importedAt ? e.importedAt.slice(0, 16).replace("T", " ") : "",
        figures: e.observations.length,
        actual: e.observations.filter((o) => o.basis === "actual").length,
        forecast: e.observations.filter((o) => o.basis === "forecast").length,
        trends: e.trends.length,
        issues: e.issues.length,
        covers: first && last ? (first === last ? first : `${first} to ${last}`) : "",
        removable: e.origin === "imported",
        shadows: others.length ? others.join(" and ") : null,
      };
    });
}

export interface SourceLine {
  source: string;
  state: string;
  message: string;
  tone: "ok" | "warn" | "error" | "info";
}

export function sourceLines(status: LoadStatus): SourceLine[] {
  return (["bundled", "team", "imported"] as const).map((k) => {
    const s = status.sources[k];
    const tone =
      s.state === "ok" ? (s.issues.length ? "warn" : "ok") : s.state === "error" ? "error" : s.state === "stale" || s.state === "missing" ? "warn" : "info";
    return { source: k === "team" ? "team source" : k, state: s.state, message: s.message, tone };
  });
}
