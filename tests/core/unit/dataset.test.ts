/**
 * Dataset: editions merged, revisions (newer wins, history keeps the older), diffs on re-import,
 * implied output, segments, coverage.
 */
import { Catalog } from "../../../src/core/catalog";
import { allIssues, Dataset, diffEditions, impliedOutputs, isMeasure } from "../../../src/core/dataset";
import { datasetFromTexts, edition, obs, trend } from "./helpers";

describe("Dataset.addEdition / lookup", () => {
  it("stores figures and finds them by product, segment, period, basis and measure", () => {
    const ds = new Dataset();
    ds.addEdition(
      edition("2025-02", [
        obs({ product: "copper-cathode", measure: "mom", value: 0.0438 }),
        obs({ product: "copper-cathode", segment: "large-smelters", measure: "operating_rate", value: 0.9122 }),
      ]),
    );
    expect(ds.lookup("copper-cathode", "", "2025-02", "actual", "mom")?.value).toBe(0.0438);
    expect(ds.lookup("copper-cathode", "large-smelters", "2025-02", "actual", "operating_rate")?.value).toBe(0.9122);
    expect(ds.lookup("copper-cathode", "", "2025-02", "forecast", "mom")).toBeUndefined();
    expect(ds.lookup("copper-cathode", "", "2025-03", "actual", "mom")).toBeUndefined();
    expect(ds.lookup("aluminum", "", "2025-02", "actual", "mom")).toBeUndefined();
    expect(ds.lookup("copper-cathode", "large-smelters", "2025-02", "actual", "mom")).toBeUndefined();
  });

  it("finds figures across years, gaps and both bases through the per-product month rows (and nothing outside them)", () => {
    const ds = new Dataset();
    ds.addEdition(edition("2019-11", [obs({ product: "refined-zinc", period: "2019-11", measure: "output", value: 500000 })]));
    ds.addEdition(
      edition("2025-02", [
        obs({ product: "refined-zinc", period: "2025-02", measure: "mom", value: -0.02 }),
        obs({ product: "refined-zinc", period: "2025-03", basis: "forecast", measure: "mom", value: 0.03 }),
      ]),
    );
    expect(ds.lookup("refined-zinc", "", "2019-11", "actual", "output")?.value).toBe(500000);
    expect(ds.lookup("refined-zinc", "", "2025-02", "actual", "mom")?.value).toBe(-0.02);
    expect(ds.lookup("refined-zinc", "", "2025-03", "forecast", "mom")?.value).toBe(0.03);
    for (const [period, basis, measure] of [
      ["2022-06", "actual", "mom"], // a month in the gap
      ["2019-10", "actual", "output"], // before the first month
      ["2025-04", "forecast", "mom"], // after the last
      ["2025-02", "forecast", "mom"], // a slot the month leaves empty
      ["2025-02", "actual", "yoy"], // a slot the product never uses
      ["2025-2", "actual", "mom"], // not a canonical month
    ] as const) {
      expect(ds.lookup("refined-zinc", "", period, basis, measure)).toBeUndefined();
      expect(ds.valueAt("refined-zinc", period, 0)).toBeNaN();
    }
  });

  it("bumps version on every change", () => {
    const ds = new Dataset();
    const v0 = ds.version;
    ds.addEdition(edition("2025-02", []));
    expect(ds.version).toBe(v0 + 1);
    ds.removeEdition("2025-02");
    expect(ds.version).toBe(v0 + 2);
    ds.removeEdition("2025-02"); // nothing to remove
    expect(ds.version).toBe(v0 + 2);
    ds.clear();
    expect(ds.version).toBe(v0 + 3);
  });

  it("lists editions sorted by id, with their origin", () => {
    const ds = new Dataset();
    ds.addEdition(edition("2025-03", []), "team");
    ds.addEdition(edition("2024-12", []), "bundled");
    ds.addEdition(edition("2025-01", []));
    expect(ds.listEditions().map((e) => [e.id, e.origin])).toEqual([
      ["2024-12", "bundled"],
      ["2025-01", "imported"],
      ["2025-03", "team"],
    ]);
    expect(ds.getEdition("2025-03")?.origin).toBe("team");
    expect(ds.getEdition("2030-01")).toBeUndefined();
  });

  it("removeEdition and clear drop the figures", () => {
    const ds = new Dataset();
    ds.addEdition(edition("2025-02", [obs({ product: "aluminum", measure: "mom", value: 0.01 })]));
    ds.addEdition(edition("2025-03", [obs({ product: "aluminum", measure: "mom", value: 0.02 }, "2025-03")]));
    expect(ds.removeEdition("2025-02")).toBe(true);
    expect(ds.lookup("aluminum", "", "2025-02", "actual", "mom")).toBeUndefined();
    expect(ds.lookup("aluminum", "", "2025-03", "actual", "mom")?.value).toBe(0.02);
    ds.clear();
    expect(ds.allFigures()).toEqual([]);
    expect(ds.listEditions()).toEqual([]);
  });

  it("keeps the first statement when one edition states a figure twice", () => {
    const ds = new Dataset();
    ds.addEdition(edition("2025-02", [obs({ product: "aluminum", measure: "mom", value: 0.01 }), obs({ product: "aluminum", measure: "mom", value: 0.05 })]));
    expect(ds.lookup("aluminum", "", "2025-02", "actual", "mom")?.value).toBe(0.01);
    expect(ds.history("aluminum", "", "2025-02", "actual", "mom")).toHaveLength(1);
  });

  it("adds unknown products and headings to its catalog", () => {
    const ds = new Dataset();
    ds.addEdition(
      edition(
        "2025-02",
        [obs({ product: "gallium-metal", measure: "mom", value: 0.01 })],
        [trend({ product: "germanium-ingot", direction: "up" })],
        ["Indium Ingot"],
      ),
    );
    expect(ds.catalog.get("gallium-metal")).toBeDefined();
    expect(ds.catalog.get("germanium-ingot")).toBeDefined();
    expect(ds.catalog.get("indium-ingot")?.name).toBe("Indium Ingot");
    // a known heading spelled differently does not create a duplicate
    const before = ds.catalog.all().length;
    ds.addEdition(edition("2025-03", [], [], ["Aluminium", "Refined Copper"]));
    expect(ds.catalog.all().length).toBe(before);
  });

  it("uses the catalog it is given", () => {
    const catalog = new Catalog();
    const ds = new Dataset(catalog);
    expect(ds.catalog).toBe(catalog);
  });
});

describe("Dataset: revisions", () => {
  const build = (): Dataset => {
    const ds = new Dataset();
    // the February edition states February; the March edition restates February (a revision)
    ds.addEdition(
      edition("2025-02", [
        obs({ product: "refined-zinc", measure: "mom", value: -0.03 }),
        obs({ product: "refined-zinc", period: "2025-03", basis: "forecast", measure: "mom", value: 0.05 }),
      ]),
    );
    ds.addEdition(
      edition("2025-03", [
        obs({ product: "refined-zinc", period: "2025-02", measure: "mom", value: -0.025 }, "2025-03"),
        obs({ product: "refined-zinc", measure: "mom", value: 0.04 }, "2025-03"),
      ]),
    );
    return ds;
  };

  it("the newer edition wins", () => {
    const ds = build();
    const o = ds.lookup("refined-zinc", "", "2025-02", "actual", "mom");
    expect(o?.value).toBe(-0.025);
    expect(o?.provenance.edition).toBe("2025-03");
  });

  it("history keeps the older statement, newest first", () => {
    const h = build().history("refined-zinc", "", "2025-02", "actual", "mom");
    expect(h.map((o) => [o.provenance.edition, o.value])).toEqual([
      ["2025-03", -0.025],
      ["2025-02", -0.03],
    ]);
  });

  it("the newer wins whatever the order the editions were added in", () => {
    const ds = new Dataset();
    ds.addEdition(edition("2025-03", [obs({ product: "refined-zinc", period: "2025-02", measure: "mom", value: -0.025 }, "2025-03")]));
    ds.addEdition(edition("2025-02", [obs({ product: "refined-zinc", measure: "mom", value: -0.03 })]));
    expect(ds.lookup("refined-zinc", "", "2025-02", "actual", "mom")?.value).toBe(-0.025);
  });

  it("forecasts and actuals of a month are separate figures", () => {
    const ds = build();
    expect(ds.lookup("refined-zinc", "", "2025-03", "forecast", "mom")?.value).toBe(0.05);
    expect(ds.lookup("refined-zinc", "", "2025-03", "actual", "mom")?.value).toBe(0.04);
  });

  it("history of a figure nobody states is empty (and a copy)", () => {
    const ds = build();
    expect(ds.history("refined-zinc", "", "2024-01", "actual", "mom")).toEqual([]);
    const h = ds.history("refined-zinc", "", "2025-02", "actual", "mom");
    h.pop();
    expect(ds.history("refined-zinc", "", "2025-02", "actual", "mom")).toHaveLength(2);
  });

  it("the newer edition's trend wins too", () => {
    const ds = new Dataset();
    ds.addEdition(edition("2025-02", [], [trend({ product: "silver", direction: "up" })]));
    ds.addEdition(edition("2025-03", [], [trend({ product: "silver", period: "2025-02", direction: "down", magnitude: "slight" }, "2025-03")]));
    expect(ds.trend("silver", "", "2025-02", "actual")).toMatchObject({ direction: "down", magnitude: "slight" });
  });

  it("allFigures returns one winning figure per key", () => {
    const all = build().allFigures();
    const keys = all.map((o) => `${o.product}|${o.segment}|${o.period}|${o.basis}|${o.measure}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(all.find((o) => o.period === "2025-02" && o.basis === "actual")?.value).toBe(-0.025);
  });
});

describe("Dataset: re-adding an edition (diff)", () => {
  const v1 = [
    obs({ product: "aluminum", measure: "mom", value: 0.01 }),
    obs({ product: "aluminum", measure: "yoy", value: 0.03 }),
    obs({ product: "aluminum", measure: "output", value: 3600000 }),
  ];

  it("a new edition: everything added", () => {
    const ds = new Dataset();
    const d = ds.addEdition(edition("2025-02", v1));
    expect(d.isNew).toBe(true);
    expect(d.edition).toBe("2025-02");
    expect(d.added.map((o) => o.measure)).toEqual(["mom", "yoy", "output"]);
    expect(d.revised).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.unchanged).toBe(0);
  });

  it("the same edition again: added, revised and removed", () => {
    const ds = new Dataset();
    ds.addEdition(edition("2025-02", v1));
    const v2 = [
      obs({ product: "aluminum", measure: "mom", value: 0.01 }), // unchanged
      obs({ product: "aluminum", measure: "yoy", value: 0.035 }), // revised value
      obs({ product: "aluminum", measure: "operating_rate", value: 0.88 }), // added
    ];
    const d = ds.addEdition(edition("2025-02", v2));
    expect(d.isNew).toBe(false);
    expect(d.unchanged).toBe(1);
    expect(d.added.map((o) => o.measure)).toEqual(["operating_rate"]);
    expect(d.revised.map((r) => [r.before.value, r.after.value])).toEqual([[0.03, 0.035]]);
    expect(d.removed.map((o) => o.measure)).toEqual(["output"]);
    // and the dataset now holds the replacement only
    expect(ds.lookup("aluminum", "", "2025-02", "actual", "output")).toBeUndefined();
    expect(ds.lookup("aluminum", "", "2025-02", "actual", "yoy")?.value).toBe(0.035);
    expect(ds.listEditions()).toHaveLength(1);
  });

  it("a change of hedge alone is a revision", () => {
    const d = diffEditions(
      "2025-02",
      [obs({ product: "silver", measure: "mom", value: 0.08 })],
      [obs({ product: "silver", measure: "mom", value: 0.08, hedge: "approx" })],
      false,
    );
    expect(d.revised).toHaveLength(1);
    expect(d.unchanged).toBe(0);
  });

  it("duplicates within the new edition count once", () => {
    const o = obs({ product: "silver", measure: "mom", value: 0.08 });
    const d = diffEditions("2025-02", [], [o, { ...o }], true);
    expect(d.added).toHaveLength(1);
  });

  it("identical re-import: nothing changed", () => {
    const ds = new Dataset();
    ds.addEdition(edition("2025-02", v1));
    const d = ds.addEdition(
      edition(
        "2025-02",
        v1.map((o) => ({ ...o })),
      ),
    );
    expect([d.added.length, d.revised.length, d.removed.length, d.unchanged]).toEqual([0, 0, 0, 3]);
  });
});

describe("implied output", () => {
  const ds1 = (...o: ReturnType<typeof obs>[]): Dataset => {
    const ds = new Dataset();
    ds.addEdition(edition("2025-02", o));
    return ds;
  };

  it("44,400 mt and 4.38% -> 1,058,098.63 mt, marked implied", () => {
    const ds = ds1(obs({ product: "copper-cathode", measure: "mom_chg", value: 44400 }), obs({ product: "copper-cathode", measure: "mom", value: 0.0438 }));
    const o = ds.lookup("copper-cathode", "", "2025-02", "actual", "output")!;
    expect(o.value).toBeCloseTo(1058098.63, 2);
    expect(o.value).toBeCloseTo(44400 / 0.0438 + 44400, 6);
    expect(o.implied).toBe(true);
    expect(o.unit).toBe("mt");
    expect(o.hedge).toBe("exact");
  });

  it.each<[string, number, number, number]>([
    ["a fall", -14500, -0.048, 14500 / 0.048 - 14500],
    ["a small rise", 8000, 0.009, 8000 / 0.009 + 8000],
    ["a large rise", 120000, 0.25, 120000 / 0.25 + 120000],
  ])("%s: %d mt and %d", (_n, chg, pct, want) => {
    const ds = ds1(obs({ product: "silicon-metal", measure: "mom_chg", value: chg }), obs({ product: "silicon-metal", measure: "mom", value: pct }));
    expect(ds.lookup("silicon-metal", "", "2025-02", "actual", "output")!.value).toBeCloseTo(want, 6);
  });

  it("works for forecasts and segments too", () => {
    const ds = ds1(
      obs({ product: "copper-cathode", period: "2025-03", basis: "forecast", measure: "mom_chg", value: -42000 }),
      obs({ product: "copper-cathode", period: "2025-03", basis: "forecast", measure: "mom", value: -0.0397 }),
      obs({ product: "secondary-lead", segment: "refined", measure: "mom_chg", value: 6000 }),
      obs({ product: "secondary-lead", segment: "refined", measure: "mom", value: 0.05 }),
    );
    expect(ds.lookup("copper-cathode", "", "2025-03", "forecast", "output")!.value).toBeCloseTo(42000 / 0.0397 - 42000, 6);
    expect(ds.lookup("secondary-lead", "refined", "2025-02", "actual", "output")!.value).toBeCloseTo(126000, 6);
  });

  it("falls back to the YoY pair", () => {
    const ds = ds1(obs({ product: "tin", measure: "yoy_chg", value: 1000 }), obs({ product: "tin", measure: "yoy", value: 0.1 }));
    expect(ds.lookup("tin", "", "2025-02", "actual", "output")!.value).toBeCloseTo(11000, 6);
  });

  it("is approximate when either figure is hedged", () => {
    const ds = ds1(obs({ product: "tin", measure: "mom_chg", value: 1000, hedge: "over" }), obs({ product: "tin", measure: "mom", value: 0.1 }));
    const o = ds.lookup("tin", "", "2025-02", "actual", "output")!;
    expect(o.hedge).toBe("approx");
    expect(o.implied).toBe(true);
  });

  it("is not implied when the output is stated", () => {
    const ds = ds1(
      obs({ product: "copper-cathode", measure: "mom_chg", value: 44400 }),
      obs({ product: "copper-cathode", measure: "mom", value: 0.0438 }),
      obs({ product: "copper-cathode", measure: "output", value: 1060000 }),
    );
    const o = ds.lookup("copper-cathode", "", "2025-02", "actual", "output")!;
    expect(o.value).toBe(1060000);
    expect(o.implied).toBeUndefined();
    expect(ds.history("copper-cathode", "", "2025-02", "actual", "output")).toHaveLength(1);
  });

  it.each<[string, number, number]>([
    ["signs disagree", 44400, -0.0438],
    ["zero percent", 0, 0],
    ["zero percent with a change", 100, 0],
    ["a change of -100% or more (non-positive output)", -5000, -1],
  ])("is not implied when %s", (_n, chg, pct) => {
    const ds = ds1(obs({ product: "tin", measure: "mom_chg", value: chg }), obs({ product: "tin", measure: "mom", value: pct }));
    expect(ds.lookup("tin", "", "2025-02", "actual", "output")).toBeUndefined();
  });

  it("needs both figures", () => {
    expect(ds1(obs({ product: "tin", measure: "mom_chg", value: 1000 })).lookup("tin", "", "2025-02", "actual", "output")).toBeUndefined();
    expect(ds1(obs({ product: "tin", measure: "mom", value: 0.1 })).lookup("tin", "", "2025-02", "actual", "output")).toBeUndefined();
  });

  it("only pairs figures from the same edition", () => {
    const ds = new Dataset();
    ds.addEdition(edition("2025-02", [obs({ product: "tin", measure: "mom_chg", value: 1000 })]));
    ds.addEdition(edition("2025-03", [obs({ product: "tin", period: "2025-02", measure: "mom", value: 0.1 }, "2025-03")]));
    expect(ds.lookup("tin", "", "2025-02", "actual", "output")).toBeUndefined();
  });

  it("does not mix periods, bases or segments", () => {
    const ds = ds1(
      obs({ product: "tin", measure: "mom_chg", value: 1000 }),
      obs({ product: "tin", period: "2025-03", basis: "forecast", measure: "mom", value: 0.1 }),
      obs({ product: "tin", segment: "x", measure: "mom", value: 0.1 }),
    );
    expect(ds.lookup("tin", "", "2025-02", "actual", "output")).toBeUndefined();
    expect(ds.lookup("tin", "", "2025-03", "forecast", "output")).toBeUndefined();
    expect(ds.lookup("tin", "x", "2025-02", "actual", "output")).toBeUndefined();
  });

  it("a stated output in an older edition still loses to the newer implied one", () => {
    const ds = new Dataset();
    ds.addEdition(edition("2025-02", [obs({ product: "tin", measure: "output", value: 10500 })]));
    ds.addEdition(
      edition("2025-03", [
        obs({ product: "tin", period: "2025-02", measure: "mom_chg", value: 1000 }, "2025-03"),
        obs({ product: "tin", period: "2025-02", measure: "mom", value: 0.1 }, "2025-03"),
      ]),
    );
    const h = ds.history("tin", "", "2025-02", "actual", "output");
    expect(h.map((o) => [o.provenance.edition, o.value, o.implied ?? false])).toEqual([
      ["2025-03", expect.closeTo(11000, 6), true],
      ["2025-02", 10500, false],
    ]);
  });

  it("impliedOutputs skips keys already stated", () => {
    const a = obs({ product: "tin", measure: "mom_chg", value: 1000 });
    const b = obs({ product: "tin", measure: "mom", value: 0.1 });
    expect(impliedOutputs([a, b], new Set())).toHaveLength(1);
    expect(impliedOutputs([a, b], new Set(["tin||2025-02|actual|output"]))).toHaveLength(0);
  });

  it("impliedOutputs leaves the level unstated when the edition states the base otherwise (a revised previous month)", () => {
    const chg = obs({ product: "tin", measure: "mom_chg", value: -12300 });
    const pct = obs({ product: "tin", measure: "mom", value: -0.022 });
    // 553,800 - 12,300 = 541,500, where the rounded 2.2% implies 546,791: more than half a per cent apart
    const revised = obs({ product: "tin", period: "2025-01", measure: "output", value: 553800 });
    expect(impliedOutputs([chg, pct, revised], new Set())).toHaveLength(0);
    // a base that agrees (559,091 - 12,300 = 546,791) leaves the implied level as it was
    const agreeing = obs({ product: "tin", period: "2025-01", measure: "output", value: 559091 });
    expect(impliedOutputs([chg, pct, agreeing], new Set())[0]?.value).toBeCloseTo(546790.9, 0);
  });

  it("is derived from parsed text the same way", () => {
    const { ds } = datasetFromTexts(["Copper Cathode\nIn February 2025, copper cathode output increased by 44,400 mt MoM, up 4.38%.\n"]);
    const o = ds.lookup("copper-cathode", "", "2025-02", "actual", "output")!;
    expect(o.value).toBeCloseTo(1058098.63, 2);
    expect(o.provenance.sentence).toContain("44,400 mt");
  });
});

describe("segmentsOf, covers, periodsOf", () => {
  const ds = new Dataset();
  ds.addEdition(
    edition(
      "2025-02",
      [
        obs({ product: "copper-cathode", measure: "mom", value: 0.04 }),
        obs({ product: "copper-cathode", segment: "large-smelters", measure: "operating_rate", value: 0.9 }),
        obs({ product: "copper-cathode", segment: "small-smelters", measure: "operating_rate", value: 0.4 }),
        obs({ product: "copper-cathode", period: "2025-03", basis: "forecast", measure: "mom", value: -0.02 }),
      ],
      [
        trend({ product: "refined-zinc", segment: "zinc-alloy", direction: "up" }),
        trend({ product: "silver", period: "2025-04", basis: "forecast", direction: "down" }),
      ],
    ),
  );

  it("segmentsOf lists the segments (sorted, without the product level)", () => {
    expect(ds.segmentsOf("copper-cathode")).toEqual(["large-smelters", "small-smelters"]);
    expect(ds.segmentsOf("refined-zinc")).toEqual(["zinc-alloy"]);
    expect(ds.segmentsOf("aluminum")).toEqual([]);
  });

  it.each<[string, "actual" | "forecast", boolean]>([
    ["2025-02", "actual", true],
    ["2025-03", "forecast", true],
    ["2025-04", "forecast", true],
    ["2025-02", "forecast", false],
    ["2025-03", "actual", false],
    ["2024-07", "actual", false],
  ])("covers(%s, %s) = %s", (p, b, want) => {
    expect(ds.covers(p, b)).toBe(want);
  });

  it("periodsOf lists the periods of a product/segment and basis", () => {
    expect(ds.periodsOf("copper-cathode", "", "actual")).toEqual(["2025-02"]);
    expect(ds.periodsOf("copper-cathode", "", "forecast")).toEqual(["2025-03"]);
    expect(ds.periodsOf("copper-cathode", "large-smelters", "actual")).toEqual(["2025-02"]);
    expect(ds.periodsOf("aluminum", "", "actual")).toEqual([]);
  });

  it("allIssues collects the issues of every edition", () => {
    const d = new Dataset();
    d.addEdition({ ...edition("2025-02", []), issues: [{ code: "unused-number", message: "a" }] });
    d.addEdition({ ...edition("2025-03", []), issues: [{ code: "misdated-section", message: "b" }] });
    expect(allIssues(d).map((i) => i.code)).toEqual(["unused-number", "misdated-section"]);
  });

  it.each([
    ["mom", true],
    ["operating_rate_yoy", true],
    ["vs_expected_chg", true],
    ["MOM", false],
    ["production", false],
    ["", false],
  ])("isMeasure(%j) = %s", (m, want) => {
    expect(isMeasure(m)).toBe(want);
  });
});
