/**
 * mergeEditions: a re-import merges figure by figure (new, revised, kept, conflicting, dropped),
 * carries the analyst's corrections over, and the runtime's layers bring back what an import had
 * replaced when it is removed.
 */
import { Dataset } from "../../../src/core/dataset";
import { carryCorrections, conflictsOf, figureKey, mergeEditions } from "../../../src/core/merge";
import { readDatasetFile, toDatasetFile } from "../../../src/core/store";
import type { Edition, Observation } from "../../../src/core/types";
import { edition, obs, trend } from "./helpers";

const COPPER_MOM = obs(
  {
    product: "copper-cathode",
    measure: "mom",
    value: 0.0604,
    provenance: { edition: "2025-03", section: "Copper Cathode", sentence: "Copper cathode output rose 6.04% MoM.", start: 10, end: 15 },
  },
  "2025-03",
);
const COPPER_YOY = obs(
  {
    product: "copper-cathode",
    measure: "yoy",
    value: 0.1,
    provenance: { edition: "2025-03", section: "Copper Cathode", sentence: "It rose 10% YoY.", start: 40, end: 43 },
  },
  "2025-03",
);
const ALUMINA_CAP = obs({ product: "alumina", measure: "capacity", value: 110_000_000, basis: "forecast", period: "2025-04" }, "2025-03");
const NICKEL_MOM = obs({ product: "refined-nickel", measure: "mom", value: -0.05 }, "2025-03");

const bundled = (): Edition & { origin: string } => ({
  ...edition("2025-03", [COPPER_MOM, COPPER_YOY, ALUMINA_CAP, NICKEL_MOM], [trend({ product: "alumina", direction: "up" }, "2025-03")]),
  source: "bundled.json",
  origin: "bundled",
});

describe("mergeEditions", () => {
  it("a new edition: everything added, nothing kept", () => {
    const { edition: e, diff } = mergeEditions(undefined, edition("2025-03", [COPPER_MOM]));
    expect(diff).toMatchObject({ isNew: true, over: null, kept: [], revised: [], removed: [] });
    expect(diff.added.map(figureKey)).toEqual([figureKey(COPPER_MOM)]);
    expect(e.observations).toEqual([COPPER_MOM]);
  });

  it("keeps every figure the newer text does not restate, marked with where it came from", () => {
    const newer = edition("2025-03", [{ ...COPPER_MOM, value: 0.061 }]);
    const { edition: e, diff } = mergeEditions(bundled(), newer);
    expect(diff.over).toBe("bundled");
    expect(diff.revised).toHaveLength(1);
    expect(diff.revised[0]?.before.value).toBe(0.0604);
    expect(diff.revised[0]?.after.value).toBe(0.061);
    expect(diff.kept.map((o) => o.measure).sort()).toEqual(["capacity", "mom", "yoy"]);
    expect(diff.kept.every((o) => o.keptFrom === "bundled")).toBe(true);
    expect(e.observations).toHaveLength(4);
    const ds = new Dataset();
    ds.addEdition(e);
    expect(ds.lookup("copper-cathode", "", "2025-03", "actual", "mom")?.value).toBe(0.061);
    expect(ds.lookup("copper-cathode", "", "2025-03", "actual", "yoy")?.value).toBe(0.1);
    expect(ds.lookup("alumina", "", "2025-04", "forecast", "capacity")?.value).toBe(110_000_000);
    // the trend only the older copy gave stays too
    expect(ds.trend("alumina", "", "2025-03", "actual")?.direction).toBe("up");
  });

  it("new and unchanged figures are told apart; the newer copy's figure comes first", () => {
    const zinc = obs({ product: "refined-zinc", measure: "mom", value: 0.02 }, "2025-03");
    const { edition: e, diff } = mergeEditions(bundled(), edition("2025-03", [{ ...COPPER_MOM }, zinc]));
    expect(diff.added.map((o) => o.product)).toEqual(["refined-zinc"]);
    expect(diff.unchanged).toBe(1);
    expect(diff.kept).toHaveLength(3);
    expect(e.observations[0]?.keptFrom).toBeUndefined();
  });

  it("a hedge change is a revision", () => {
    const { diff } = mergeEditions(bundled(), edition("2025-03", [{ ...COPPER_MOM, hedge: "approx" }]));
    expect(diff.revised).toHaveLength(1);
  });

  it("drops the kept figures the user chose not to keep, and remembers the choice", () => {
    const drop = [figureKey(ALUMINA_CAP)];
    const { edition: e, diff } = mergeEditions(bundled(), edition("2025-03", [COPPER_MOM]), { drop });
    expect(diff.removed.map((o) => o.product)).toEqual(["alumina"]);
    expect(diff.kept.map((o) => o.product).sort()).toEqual(["copper-cathode", "refined-nickel"]);
    expect(e.dropped).toEqual(drop);
    // the choice survives saving, and applies again when the edition is merged over the lower layer
    const back = readDatasetFile(JSON.stringify(toDatasetFile([e]))).editions[0] as Edition;
    expect(back.dropped).toEqual(drop);
    const again = mergeEditions(bundled(), back);
    expect(again.edition.observations.some((o) => o.product === "alumina")).toBe(false);
  });

  it("lists conflicts: the same figure stated twice with different values, and conflict issues, with sentences", () => {
    const a = obs({ product: "refined-zinc", measure: "mom", value: 0.02 }, "2025-03");
    const b = { ...a, value: 0.03, provenance: { ...a.provenance, sentence: "Zinc rose 3% MoM." } };
    const newer: Edition = {
      ...edition("2025-03", [a, b]),
      issues: [{ code: "conflict", reason: "conflict", message: "lead mom stated as 1% and 2%", sentence: "Lead rose 1%... lead rose 2%.", section: "Lead" }],
    };
    const { diff } = mergeEditions(bundled(), newer);
    expect(diff.conflicting).toHaveLength(2);
    expect(diff.conflicting[0]).toMatchObject({ key: figureKey(a), sentence: a.provenance.sentence });
    expect(diff.conflicting[0]?.figures.map((o) => o.value)).toEqual([0.02, 0.03]);
    expect(diff.conflicting[1]).toMatchObject({ key: null, sentence: "Lead rose 1%... lead rose 2%.", section: "Lead" });
    expect(conflictsOf(edition("2025-03", [a, { ...a }]))).toEqual([]);
  });

  it("a figure the new text states with conflicting values (a conflict issue naming it) is #N/A: the earlier value is not kept", () => {
    const issue = {
      code: "conflict" as const,
      reason: "conflict" as const,
      message: "copper-cathode mom stated with different values",
      section: "Copper Cathode",
      sentence: "Copper rose 5.5% MoM.",
      start: 12,
      end: 16,
      path: ["copper-cathode", "", "2025-03", "actual", "mom"],
    };
    const newer: Edition = { ...edition("2025-03", []), issues: [issue] };
    const { edition: e, diff } = mergeEditions(bundled(), newer);
    expect(diff.conflicting).toEqual([
      {
        key: figureKey(COPPER_MOM),
        figures: [],
        sentence: "Copper rose 5.5% MoM.",
        section: "Copper Cathode",
        message: issue.message,
        before: COPPER_MOM,
        start: 12,
        end: 16,
      },
    ]);
    expect(diff.kept.map(figureKey)).not.toContain(figureKey(COPPER_MOM));
    const ds = new Dataset();
    ds.addEdition(e);
    expect(ds.lookup("copper-cathode", "", "2025-03", "actual", "mom")).toBeUndefined();
    expect(ds.lookup("copper-cathode", "", "2025-03", "actual", "yoy")?.value).toBe(0.1);
    // once the user sets the value, it is no longer a conflict
    const resolved = { ...newer, observations: [{ ...COPPER_MOM, value: 0.065, correction: { kind: "corrected" as const, at: "2025-04-02T00:00:00Z" } }] };
    expect(mergeEditions(bundled(), resolved).diff.conflicting).toEqual([]);
    expect(conflictsOf({ ...newer, issues: [{ ...issue, path: ["not", "a", "figure"] }] })[0]?.key).toBeNull();
  });

  it("merging the same copy again changes nothing", () => {
    const once = mergeEditions(bundled(), edition("2025-03", [COPPER_MOM])).edition;
    const twice = mergeEditions(once, edition("2025-03", [COPPER_MOM]));
    expect(twice.diff).toMatchObject({ added: [], revised: [], removed: [], unchanged: 1 });
    expect(twice.edition.observations.map(figureKey).sort()).toEqual(once.observations.map(figureKey).sort());
    expect(twice.diff.kept.every((o) => o.keptFrom === "bundled")).toBe(true);
  });

  it("keeps sections, sources and issues of both copies once", () => {
    const older = { ...bundled(), sections: ["Alumina"], issues: [{ code: "unused-number" as const, message: "x", sentence: "s" }] };
    const newer = {
      ...edition("2025-03", [COPPER_MOM], [], ["Copper Cathode"]),
      source: "smm-2025-03.txt",
      issues: [{ code: "unused-number" as const, message: "x", sentence: "s" }],
    };
    const { edition: e } = mergeEditions(older, newer);
    expect(e.sections).toEqual(["Copper Cathode", "Alumina"]);
    expect(e.source).toBe("bundled.json + smm-2025-03.txt");
    expect(e.issues).toHaveLength(1);
    expect((e as { origin?: string }).origin).toBeUndefined();
  });
});

describe("carryCorrections: the analyst's decisions survive a re-import of the same edition", () => {
  const at = "2025-04-02T10:00:00.000Z";
  const read = obs(
    {
      product: "refined-zinc",
      measure: "mom",
      value: 0.5,
      provenance: { edition: "2025-03", section: "Zinc", sentence: "Zinc output rose 5% MoM.", start: 3, end: 5 },
    },
    "2025-03",
  );
  const corrected: Observation = {
    ...read,
    value: 0.05,
    correction: { kind: "corrected", at, original: { product: read.product, segment: "", period: read.period, measure: "mom", basis: "actual", value: 0.5 } },
  };
  const moved: Observation = {
    ...read,
    product: "refined-lead",
    correction: { kind: "corrected", at, original: { product: read.product, segment: "", period: read.period, measure: "mom", basis: "actual", value: 0.5 } },
  };
  const assigned: Observation = obs(
    {
      product: "refined-tin",
      measure: "yoy",
      value: 0.07,
      correction: { kind: "assigned", at },
      provenance: { edition: "2025-03", section: "Tin", sentence: "Tin was 7% higher than a year ago.", start: 50, end: 52 },
    },
    "2025-03",
  );

  it("a corrected figure replaces the parser's reading of the same sentence", () => {
    const older = edition("2025-03", [corrected]);
    const newer = edition("2025-03", [{ ...read, provenance: { ...read.provenance, start: 103, end: 105 } }]);
    const out = carryCorrections(older, newer);
    expect(out.observations).toHaveLength(1);
    expect(out.observations[0]).toMatchObject({ value: 0.05, correction: { kind: "corrected", at } });
    expect(out.observations[0]?.provenance.start).toBe(103); // offsets of the new text
    const m = mergeEditions(older, newer);
    expect(m.diff).toMatchObject({ revised: [], added: [], unchanged: 1, kept: [] });
  });

  it("a figure moved to another product does not come back under the parser's product", () => {
    const m = mergeEditions(edition("2025-03", [moved]), edition("2025-03", [read]));
    expect(m.edition.observations.map((o) => o.product)).toEqual(["refined-lead"]);
    expect(m.diff.kept).toEqual([]);
  });

  it("a reading from another sentence is not touched", () => {
    const other = { ...read, provenance: { ...read.provenance, sentence: "Zinc output rose 50% MoM in a new text." } };
    const out = carryCorrections(edition("2025-03", [corrected]), edition("2025-03", [other]));
    expect(out.observations).toEqual([other]);
  });

  it("an assigned number is assigned again while its sentence is in the text", () => {
    const newerWith: Edition = {
      ...edition("2025-03", [read]),
      issues: [{ code: "unused-number", reason: "no-measure", message: "7% not read", sentence: "Tin was 7% higher than a year ago." }],
    };
    expect(carryCorrections(edition("2025-03", [assigned]), newerWith).observations.map((o) => o.product)).toEqual(["refined-zinc", "refined-tin"]);
    const m = mergeEditions(edition("2025-03", [assigned]), newerWith);
    expect(m.edition.observations.filter((o) => o.product === "refined-tin")).toHaveLength(1);
    expect(m.diff.kept).toEqual([]);
  });

  it("a rejected figure is rejected again", () => {
    const older: Edition = { ...edition("2025-03", []), rejected: [{ ...read, correction: { kind: "rejected", at } }] };
    const out = carryCorrections(older, edition("2025-03", [read]));
    expect(out.observations).toEqual([]);
    expect(out.rejected?.map((o) => o.value)).toEqual([0.5]);
  });

  it("corrections and rejections are saved with the edition", () => {
    const e: Edition = { ...edition("2025-03", [corrected, assigned]), rejected: [{ ...read, correction: { kind: "rejected", at } }] };
    const back = readDatasetFile(JSON.stringify(toDatasetFile([e]))).editions[0] as Edition;
    expect(back.observations[0]?.correction).toEqual(corrected.correction);
    expect(back.observations[1]?.correction).toEqual({ kind: "assigned", at });
    expect(back.rejected?.[0]?.correction?.kind).toBe("rejected");
  });
});
