/**
 * Review: items the parser was unsure of, the analyst's decisions applied as data, shown by
 * SMM.INFO, and surviving a re-import of the same edition.
 */
import { Dataset } from "../../../src/core/dataset";
import { mergeEditions } from "../../../src/core/merge";
import { callFunction } from "../../../src/core/query";
import { applyReview, describeCorrection, readNumberText, reviewItems } from "../../../src/core/review";
import type { Edition, Observation } from "../../../src/core/types";
import { edition, obs } from "./helpers";

const AT = "2025-04-02T09:30:00.000Z";
const weak = obs(
  {
    product: "refined-zinc",
    measure: "mom",
    value: 0.5,
    evidence: { rule: "change-pct", confidence: "low", review: ["inferred-basis"] },
    provenance: { edition: "2025-03", section: "Zinc", sentence: "Zinc output rose 5% in March.", start: 17, end: 19 },
  },
  "2025-03",
);
const lowOnly = obs({ product: "refined-lead", measure: "yoy", value: 0.03, evidence: { rule: "level", confidence: "low" } }, "2025-03");
const sure = obs({ product: "copper-cathode", measure: "mom", value: 0.06, evidence: { rule: "change-pct", confidence: "high" } }, "2025-03");
const march = (): Edition => ({
  ...edition("2025-03", [sure, weak, lowOnly]),
  issues: [
    {
      code: "unused-number",
      reason: "no-measure",
      message: "7% not read: nothing says what it measures",
      section: "Tin",
      sentence: "Tin was 7% higher than a year ago.",
      start: 200,
      end: 202,
    },
    { code: "implausible", reason: "implausible", message: "operating rate 180% is implausible", sentence: "The rate was 180%." },
    { code: "misdated-section", message: "not a review item" },
  ],
});

describe("reviewItems", () => {
  it("lists uncertain figures with why, then unread numbers, conflicts and implausible values", () => {
    const items = reviewItems(march());
    expect(items.map((i) => [i.id, i.kind])).toEqual([
      ["f1", "figure"],
      ["f2", "figure"],
      ["i0", "issue"],
      ["i1", "issue"],
    ]);
    expect(items[0]?.reasons).toEqual(["no MoM/YoY marker: the comparison basis was inferred"]);
    expect(items[1]?.reasons[0]).toMatch(/weak evidence \(rule level\)/);
    expect(items[2]).toMatchObject({ kind: "issue", assignable: true });
    expect(items[3]).toMatchObject({ kind: "issue", assignable: false });
  });

  it("a figure already decided is not listed again", () => {
    const e = applyReview(march(), [{ item: "f1", action: "accept" }], AT);
    expect(reviewItems(e).map((i) => i.id)).toEqual(["f2", "i0", "i1"]);
  });
});

describe("applyReview", () => {
  it("accept marks the figure as the user's without changing it", () => {
    const e = applyReview(march(), [{ item: "f1", action: "accept" }], AT);
    expect(e.observations[1]).toMatchObject({ value: 0.5, correction: { kind: "accepted", at: AT } });
  });

  it("correct changes value, measure, product/segment and period, and remembers what the parser read", () => {
    const to = { product: "refined-lead", segment: "", period: "2025-03", basis: "actual" as const, measure: "yoy" as const, value: 0.05 };
    const e = applyReview(march(), [{ item: "f1", action: "correct", to }], AT);
    const o = e.observations[1] as Observation;
    expect(o).toMatchObject({
      ...to,
      unit: "%",
      direction: "up",
      correction: {
        kind: "corrected",
        at: AT,
        original: { product: "refined-zinc", measure: "mom", value: 0.5, period: "2025-03", basis: "actual", segment: "" },
      },
    });
    expect(o.provenance.sentence).toBe(weak.provenance.sentence);
    expect(describeCorrection(o)).toBe("corrected by the user on 2025-04-02 (the parser read value 0.5, measure mom, product refined-zinc)");
  });

  it("a correction that changes nothing is an acceptance", () => {
    const to = { product: "refined-zinc", segment: "", period: "2025-03", basis: "actual" as const, measure: "mom" as const, value: 0.5 };
    expect(applyReview(march(), [{ item: "f1", action: "correct", to }], AT).observations[1]?.correction?.kind).toBe("accepted");
  });

  it("reject moves the figure out of the edition into `rejected`", () => {
    const e = applyReview(march(), [{ item: "f2", action: "reject" }], AT);
    expect(e.observations.map((o) => o.product)).toEqual(["copper-cathode", "refined-zinc"]);
    expect(e.rejected?.map((o) => [o.product, o.correction?.kind])).toEqual([["refined-lead", "rejected"]]);
  });

  it("assign turns an unread number into the user's figure with its sentence", () => {
    const to = { product: "refined-tin", segment: "", period: "2025-03", basis: "actual" as const, measure: "yoy" as const, value: 0.07 };
    const e = applyReview(march(), [{ item: "i0", action: "assign", to }], AT);
    const o = e.observations[3] as Observation;
    expect(o).toMatchObject({
      ...to,
      unit: "%",
      correction: { kind: "assigned", at: AT },
      provenance: { sentence: "Tin was 7% higher than a year ago.", section: "Tin", start: 200, end: 202, edition: "2025-03" },
    });
    expect(describeCorrection(o)).toMatch(/^assigned by the user on 2025-04-02/);
  });

  it("no decisions: the same edition", () => {
    const e = march();
    expect(applyReview(e, [], AT)).toBe(e);
  });
});

describe("corrections are shown by SMM.INFO and survive a re-import", () => {
  const to = { product: "refined-zinc", segment: "", period: "2025-03", basis: "actual" as const, measure: "mom" as const, value: 0.05 };
  it("SMM.INFO says the figure was corrected by the user", () => {
    const ds = new Dataset();
    ds.addEdition(applyReview(march(), [{ item: "f1", action: "correct", to }], AT));
    expect(callFunction(ds, "MOM", ["refined-zinc", "2025-03"])).toEqual({ ok: true, value: 0.05 });
    const info = callFunction(ds, "INFO", ["refined-zinc", "2025-03"]);
    expect(info.ok && String(info.value)).toMatch(/corrected by the user on 2025-04-02 \(the parser read value 0\.5\)/);
  });

  it("SMM.INFO says where a kept figure came from", () => {
    const ds = new Dataset();
    ds.addEdition(mergeEditions({ ...march(), origin: "bundled" }, edition("2025-03", [sure])).edition);
    const info = callFunction(ds, "INFO", ["refined-zinc", "2025-03"]);
    expect(info.ok && String(info.value)).toMatch(/Kept from the bundled copy/);
  });

  it("re-importing the same text re-applies corrections, rejections and assignments", () => {
    const decided = applyReview(
      march(),
      [
        { item: "f1", action: "correct", to },
        { item: "f2", action: "reject" },
        { item: "i0", action: "assign", to: { ...to, product: "refined-tin", measure: "yoy", value: 0.07 } },
      ],
      AT,
    );
    const { edition: e, diff } = mergeEditions(decided, march());
    expect(e.observations.map((o) => [o.product, o.value, o.correction?.kind ?? ""])).toEqual([
      ["copper-cathode", 0.06, ""],
      ["refined-zinc", 0.05, "corrected"],
      ["refined-tin", 0.07, "assigned"],
    ]);
    expect(e.rejected?.map((o) => o.product)).toEqual(["refined-lead"]);
    expect(diff).toMatchObject({ added: [], revised: [], kept: [], removed: [] });
    expect(reviewItems(e).map((i) => i.id)).toEqual(["i0", "i1"]);
  });
});

describe("a conflicting figure the parser left out (#N/A) is resolved by setting its value", () => {
  const conflict = {
    code: "conflict" as const,
    reason: "conflict" as const,
    message: "stated with different values",
    section: "Copper Cathode",
    sentence: "Copper cathode output rose 5.5% MoM.",
    start: 27,
    end: 31,
    path: ["copper-cathode", "", "2025-03", "actual", "mom"],
  };
  const e = (): Edition => ({ ...edition("2025-03", []), issues: [conflict] });
  const to = { product: "copper-cathode", segment: "", period: "2025-03", basis: "actual" as const, measure: "mom" as const, value: 0.065 };

  it("is a review item that can be given a value; setting it is a correction by the user", () => {
    expect(reviewItems(e())).toEqual([{ id: "i0", kind: "issue", issue: conflict, reasons: [conflict.message], assignable: true }]);
    const d = applyReview(e(), [{ item: "i0", action: "assign", to }], AT);
    const o = d.observations[0] as Observation;
    expect(o).toMatchObject({ ...to, correction: { kind: "corrected", at: AT }, provenance: { sentence: conflict.sentence, start: 27, end: 31 } });
    expect(describeCorrection(o)).toBe("corrected by the user on 2025-04-02");
    expect(reviewItems(d).map((i) => i.id)).toEqual([]);
  });

  it("the value set survives a re-import of the same text", () => {
    const d = applyReview(e(), [{ item: "i0", action: "assign", to }], AT);
    const { edition: m, diff } = mergeEditions(d, e());
    expect(m.observations.map((o) => [o.value, o.correction?.kind, o.keptFrom])).toEqual([[0.065, "corrected", undefined]]);
    expect(diff.conflicting).toEqual([]);
  });
});

describe("readNumberText", () => {
  it.each([
    ["4.38%", 0.0438, "%"],
    ["-2.5 percentage points", -0.025, "pp"],
    ["44,400 mt", 44400, "mt"],
    ["45.81 million mt/year", 45810000, "mt/year"],
    ["up 7", 7, ""],
  ])("%s", (raw, value, unit) => {
    expect(readNumberText(raw)).toEqual({ value, unit });
  });
  it("no number: null", () => {
    expect(readNumberText("none")).toBeNull();
  });
});
