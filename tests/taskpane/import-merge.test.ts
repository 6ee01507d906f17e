/**
 * The import preview's merge and review (actions, pure): new, revised, kept and conflicting figures
 * with their sentences before Save; dropping kept figures; review decisions applied to what is
 * saved; earlier decisions shown again on re-import; typed corrections checked.
 */
import fs from "fs";
import path from "path";
import { Dataset } from "../../src/core/dataset";
import { figureKey } from "../../src/core/merge";
import type { Edition, Observation } from "../../src/core/types";
import { formatFigure } from "../../src/taskpane/actions/format";
import { checkFields, parseValueInput, prepareReport, summariseDiffs } from "../../src/taskpane/actions/importReport";

const pct = (v: number): string => formatFigure(v, "mom");

const TEXT =
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "editions", "aluminium-2025-03.txt"), "utf8") +
  "\nCopper Cathode\nIn March 2025, China's copper cathode output rose 5.5% MoM. Copper cathode output in March 2025 rose 6.5% MoM, SMM said.\n";

const o = (product: string, measure: Observation["measure"], value: number): Observation => ({
  product,
  segment: "",
  period: "2025-03",
  basis: "actual",
  measure,
  value,
  unit: measure === "output" ? "mt" : "%",
  hedge: "exact",
  direction: value > 0 ? "up" : "down",
  magnitude: "none",
  provenance: { edition: "2025-03", section: product, sentence: `smm-figures.csv row: ${product} ${measure}`, start: -1, end: -1 },
});

const BUNDLED: Edition = {
  id: "2025-03",
  source: "smm-figures.csv",
  sections: [],
  observations: [o("copper-cathode", "yoy", 0.12), o("lithium-carbonate", "mom", 0.05), o("aluminum", "mom", 0.1)],
  trends: [],
  issues: [],
};

const dataset = (): Dataset => {
  const ds = new Dataset();
  ds.addEdition(BUNDLED, "bundled");
  return ds;
};

describe("import preview: the merge before Save", () => {
  test("lists new, revised, kept and conflicting figures with their sentences", () => {
    const p = prepareReport(dataset(), TEXT, { name: "aluminium-2025-03.txt" });
    const ed = p.preview.editions[0];
    const kinds = (k: string) => ed?.changes.filter((c) => c.kind === k) ?? [];
    expect(kinds("kept").map((c) => c.label)).toEqual(["Copper Cathode, YoY %, 2025-03", "Lithium Carbonate, MoM %, 2025-03"]);
    expect(kinds("kept").every((c) => c.keep === true && c.from === "bundled")).toBe(true);
    expect(kinds("revised").map((c) => `${c.label}: ${c.beforeText} -> ${c.valueText}`)).toEqual([`Aluminum, MoM %, 2025-03: ${pct(0.1)} -> ${pct(0.112)}`]);
    // the parser leaves a figure stated with different values out and says so (a "conflict" issue naming it)
    const conflict = kinds("conflict")[0];
    expect(conflict).toMatchObject({ label: "Copper Cathode, MoM %, 2025-03", valueText: "#N/A (stated with different values)" });
    expect(conflict && conflict.sentence.slice(conflict.highlight?.start, conflict.highlight?.end)).toBe("5.5%");
    expect(kinds("new").length).toBeGreaterThan(10);
    expect(kinds("new").every((c) => c.sentence.length > 0)).toBe(true);
  });

  test("a dropped kept figure is listed as such and left out of the saved merge", () => {
    const key = figureKey(BUNDLED.observations[1] as Observation);
    const p = prepareReport(dataset(), TEXT, { name: "aluminium-2025-03.txt", drop: [key] });
    const ed = p.preview.editions[0];
    expect(ed?.changes.filter((c) => c.kind === "kept").map((c) => [c.label, c.keep])).toEqual([
      ["Copper Cathode, YoY %, 2025-03", true],
      ["Lithium Carbonate, MoM %, 2025-03", false],
    ]);
    expect(ed?.diff?.removed.map((x) => x.product)).toEqual(["lithium-carbonate"]);
    const s = summariseDiffs(dataset(), ed?.diff ? [ed.diff] : []);
    expect(s.headline).toMatch(/^March 2025: merged, \d+ new, 1 revised, 1 kept, 1 conflicting, 1 dropped, \d+ unchanged$/);
    expect(s.lines.filter((l) => l.kind === "kept").map((l) => l.text)).toEqual([
      `Copper Cathode, YoY %, 2025-03: ${formatFigure(0.12, "yoy")} (kept from the bundled copy)`,
    ]);
  });
});

describe("import preview: review", () => {
  test("the conflicting figure and the unread numbers are review items with sentence, reading and why", () => {
    const p = prepareReport(dataset(), TEXT, { name: "aluminium-2025-03.txt" });
    const review = p.preview.editions[0]?.review ?? [];
    const copper = review.find((r) => r.title.startsWith("Conflict: Copper Cathode, MoM %, 2025-03"));
    expect(copper).toMatchObject({
      kind: "issue",
      assignable: true,
      unread: false,
      defaults: { product: "copper-cathode", segment: "", period: "2025-03", basis: "actual", measure: "mom", value: 0.055 },
    });
    expect(copper?.reasons.join(" ")).toMatch(/different values/);
    const unread = review.find((r) => r.title === "Unread number: 135,000 mt/year");
    expect(unread).toMatchObject({
      assignable: true,
      defaults: { product: "overseas-aluminum", measure: "capacity", value: 135000, period: "2025-03", basis: "actual" },
    });
    expect(unread && unread.sentence.slice(unread.highlight?.start, unread.highlight?.end)).toBe("135,000 mt/year");
  });

  test("decisions are applied to what Save hands over, and shown as the user's on the next import", () => {
    const first = prepareReport(dataset(), TEXT, { name: "aluminium-2025-03.txt" });
    const copper = first.preview.editions[0]?.review.find((r) => r.title.startsWith("Conflict: Copper Cathode, MoM %"));
    const to = { ...(copper?.defaults ?? { product: "", segment: "", period: "", basis: "actual" as const, measure: "mom" as const }), value: 0.065 };
    const at = "2025-04-02T08:00:00.000Z";
    const p = prepareReport(dataset(), TEXT, { name: "aluminium-2025-03.txt", decisions: [{ item: copper?.id ?? "", action: "assign", to }], at });
    expect(p.preview.editions[0]?.review.find((r) => r.id === copper?.id)?.decisionText).toBe(`Corrected to Copper Cathode, MoM %, 2025-03: ${pct(0.065)}`);
    expect(p.preview.editions[0]?.changes.some((c) => c.kind === "conflict")).toBe(false);
    const saved = p.editions[0] as Edition;
    expect(saved.observations.find((x) => x.product === "copper-cathode" && x.measure === "mom")).toMatchObject({
      value: 0.065,
      correction: { kind: "corrected", at },
    });
    // imported: the next import of the same text shows the earlier decision, and applies it
    const ds = dataset();
    ds.addEdition(saved, "imported");
    const again = prepareReport(ds, TEXT, { name: "aluminium-2025-03.txt" });
    const item = again.preview.editions[0]?.review.find((r) => r.id === copper?.id);
    expect(item?.earlier).toBe(`corrected by the user on 2025-04-02: Copper Cathode, MoM %, 2025-03: ${pct(0.065)}`);
    expect(again.preview.editions[0]?.diff?.revised.filter((r) => r.after.product === "copper-cathode")).toEqual([]);
  });

  test("typed corrections are checked: product, month, measure, number", () => {
    const ds = dataset();
    const ok = checkFields(ds, { product: "copper", segment: "Large Smelters", period: "2025-03", basis: "actual", measure: "mom", value: "6.5%" });
    expect(ok).toEqual({
      ok: true,
      value: { product: "copper-cathode", segment: "large-smelters", period: "2025-03", basis: "actual", measure: "mom", value: 0.065 },
    });
    expect(checkFields(ds, { product: "unobtainium", segment: "", period: "2025-03", basis: "actual", measure: "mom", value: "1" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a product/),
    });
    expect(checkFields(ds, { product: "copper", segment: "", period: "March", basis: "actual", measure: "mom", value: "1" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a month/),
    });
    expect(checkFields(ds, { product: "copper", segment: "", period: "2025-03", basis: "actual", measure: "price", value: "1" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a measure/),
    });
    expect(checkFields(ds, { product: "copper", segment: "", period: "2025-03", basis: "actual", measure: "mom", value: "lots" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a number/),
    });
    expect(parseValueInput("5", "mom")).toBe(0.05);
    expect(parseValueInput("-0.8 pp", "operating_rate_mom")).toBe(-0.008);
    expect(parseValueInput("44,400", "mom_chg")).toBe(44400);
  });
});
