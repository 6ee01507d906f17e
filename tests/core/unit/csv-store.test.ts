/**
 * Figures CSV and the dataset file format: good rows, bad rows reported, round trips.
 */
import { Catalog } from "../../../src/core/catalog";
import { parseCsv, readFigureTables, readFiguresCsv } from "../../../src/core/csv";
import { Dataset } from "../../../src/core/dataset";
import { callFunction } from "../../../src/core/query";
import { DATASET_FORMAT, readDatasetFile, serializeDataset, toDatasetFile } from "../../../src/core/store";
import { edition, obs, trend, val } from "./helpers";

const HEAD = "product,segment,period,basis,measure,value,unit,qualifier,release,source_url";

describe("parseCsv", () => {
  it.each<[string, string[][]]>([
    [
      "a,b,c\n1,2,3\n",
      [
        ["a", "b", "c"],
        ["1", "2", "3"],
      ],
    ],
    ['a,"b,c",d\n', [["a", "b,c", "d"]]],
    ['"say ""hi""",x\n', [['say "hi"', "x"]]],
    [
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "a,b\r1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ['"multi\nline",x\n', [["multi\nline", "x"]]],
    ["a,,c\n", [["a", "", "c"]]],
    [
      "a,b\n\n\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["", []],
    ["no newline", [["no newline"]]],
  ])("%j", (text, want) => {
    expect(parseCsv(text)).toEqual(want);
  });
});

describe("readFiguresCsv: good rows", () => {
  const csv = [
    HEAD,
    "copper-cathode,,2025-02,actual,mom,4.38,%,,2025-02,https://example.test/a",
    'copper-cathode,,2025-02,actual,output,"1,058,100",mt,approx,2025-02,',
    "aluminum,,2025-02,actual,operating_rate_mom,0.6,pp,,2025-02,",
    "aluminum,,2025-02,actual,capacity,45810000,mt/year,over,2025-02,",
    "copper-cathode,large-smelters,2025-02,actual,operating_rate,91.22,%,,2025-02,",
    "copper-cathode,,2025-03,forecast,mom,-3,%,under,2025-02,",
    "copper-cathode,,2025-03,actual,mom,2,%,,2025-03,",
    "",
  ].join("\n");
  const r = readFiguresCsv(csv, "figures.csv");

  it("makes one edition per release, sorted", () => {
    expect(r.editions.map((e) => e.id)).toEqual(["2025-02", "2025-03"]);
    expect(r.issues).toEqual([]);
  });

  it.each<[string, string, string, string, string, number, string, string]>([
    ["copper-cathode", "", "2025-02", "actual", "mom", 0.0438, "%", "exact"],
    ["copper-cathode", "", "2025-02", "actual", "output", 1058100, "mt", "approx"],
    ["aluminum", "", "2025-02", "actual", "operating_rate_mom", 0.006, "pp", "exact"],
    ["aluminum", "", "2025-02", "actual", "capacity", 45810000, "mt/year", "over"],
    ["copper-cathode", "large-smelters", "2025-02", "actual", "operating_rate", 0.9122, "%", "exact"],
    ["copper-cathode", "", "2025-03", "forecast", "mom", -0.03, "%", "under"],
  ])("%s:%s %s %s %s = %d %s (%s)", (product, segment, period, basis, measure, value, unit, hedge) => {
    const o = r.editions[0]!.observations.find(
      (x) => x.product === product && x.segment === segment && x.period === period && x.basis === basis && x.measure === measure,
    );
    expect(o).toBeDefined();
    expect(o!.value).toBe(value);
    expect(o!.unit).toBe(unit);
    expect(o!.hedge).toBe(hedge);
  });

  it("provenance names the file, the row and the URL", () => {
    const o = r.editions[0]!.observations[0]!;
    expect(o.provenance).toMatchObject({ edition: "2025-02", start: -1, end: -1, source: "https://example.test/a" });
    expect(o.provenance.sentence).toBe("figures.csv row 2: https://example.test/a");
    expect(r.editions[0]!.observations[1]!.provenance.source).toBe("figures.csv");
  });

  it("product-level MoM rows give trends", () => {
    expect(r.editions[0]!.trends.map((t) => [t.product, t.period, t.basis, t.direction])).toEqual([
      ["copper-cathode", "2025-02", "actual", "up"],
      ["copper-cathode", "2025-03", "forecast", "down"],
    ]);
  });

  it("loads into a dataset the functions can answer from", () => {
    const ds = new Dataset();
    for (const e of r.editions) ds.addEdition(e);
    expect(val(ds, '=SMM.MOM("copper","2025-02")')).toBe(0.0438);
    expect(val(ds, '=SMM.VALUE("copper","2025-02","output")')).toBe(1058100);
    expect(val(ds, '=SMM.SURPRISE("copper","2025-03")')).toBe(0.05);
    expect(val(ds, '=SMM.VALUE("aluminum","2025-02","operating_rate_mom")')).toBe(0.006);
    expect(val(ds, '=SMM.INFO("copper","2025-02")')).toMatch(/figures\.csv row 2/);
  });

  it("a header in any order and case, BOM and CRLF", () => {
    const x = readFiguresCsv("\uFEFFRelease,Unit,Value,Measure,Basis,Period,Product\r\n2025-02,%,1.5,mom,actual,2025-02,silver\r\n");
    expect(x.issues).toEqual([]);
    expect(x.editions[0]!.observations.map((o) => [o.product, o.value, o.segment, o.hedge])).toEqual([["silver", 0.015, "", "exact"]]);
  });

  it("a row repeated in the same release counts once", () => {
    const x = readFiguresCsv([HEAD, "silver,,2025-02,actual,mom,1,%,,2025-02,", "silver,,2025-02,actual,mom,1,%,,2025-02,"].join("\n"));
    expect(x.editions[0]!.observations).toHaveLength(1);
  });

  it("percent values do not pick up float noise", () => {
    const x = readFiguresCsv([HEAD, "silver,,2025-02,actual,mom,0.07,%,,2025-02,", "silver,,2025-02,actual,yoy,14.35,%,,2025-02,"].join("\n"));
    expect(x.editions[0]!.observations.map((o) => o.value)).toEqual([0.0007, 0.1435]);
  });
});

describe("readFiguresCsv: bad rows are reported with their row number and skipped", () => {
  it.each<[string, string, RegExp]>([
    ["product not an id", "Copper Cathode,,2025-02,actual,mom,1,%,,2025-02,", /product "Copper Cathode" is not a catalog id/],
    ["segment not a slug", "copper-cathode,Big Smelters,2025-02,actual,mom,1,%,,2025-02,", /segment "Big Smelters" is not a slug/],
    ["period month 13", "copper-cathode,,2025-13,actual,mom,1,%,,2025-02,", /period "2025-13" is not YYYY-MM/],
    ["period with a slash", "copper-cathode,,2025/02,actual,mom,1,%,,2025-02,", /period "2025\/02"/],
    ["release not a month", "copper-cathode,,2025-02,actual,mom,1,%,,2025/02,", /release "2025\/02" is not YYYY-MM/],
    ["basis unknown", "copper-cathode,,2025-02,guess,mom,1,%,,2025-02,", /basis "guess" is not actual\/forecast/],
    ["measure unknown", "copper-cathode,,2025-02,actual,speed,1,%,,2025-02,", /measure "speed" is unknown/],
    ["value not a number", "copper-cathode,,2025-02,actual,mom,abc,%,,2025-02,", /value "abc" is not a number/],
    ["value empty", "copper-cathode,,2025-02,actual,mom,,%,,2025-02,", /value "" is not a number/],
    ["value infinite", "copper-cathode,,2025-02,actual,mom,1e999,%,,2025-02,", /value "1e999" is not a number/],
    ["unit unknown", "copper-cathode,,2025-02,actual,mom,1,kg,,2025-02,", /unit "kg" is not %, pp, mt, mt\/year or GW/],
    ["unit missing", "copper-cathode,,2025-02,actual,mom,1,,,2025-02,", /unit "" is not/],
    ["short row", "copper-cathode,,2025-02", /period|basis|release/],
  ])("%s", (_n, row, msg) => {
    const text = [HEAD, "silver,,2025-02,actual,mom,1,%,,2025-02,", row, "silver,,2025-02,actual,yoy,2,%,,2025-02,"].join("\n");
    const r = readFiguresCsv(text);
    expect(r.issues).toHaveLength(1);
    const i = r.issues[0]!;
    expect(i.code).toBe("bad-row");
    expect(i.message).toMatch(/^row 3: /);
    expect(i.message).toMatch(msg);
    expect(i.message).toMatch(/skipped$/);
    expect(i.path).toEqual([3]);
    // the good rows around it are kept
    expect(r.editions[0]!.observations.map((o) => o.measure)).toEqual(["mom", "yoy"]);
  });

  it("reports several bad rows, each with its own number", () => {
    const text = [
      HEAD,
      "x,,2025-13,actual,mom,1,%,,2025-02,",
      "silver,,2025-02,actual,mom,1,%,,2025-02,",
      "silver,,2025-02,actual,mom,1,furlongs,,2025-02,",
    ].join("\n");
    expect(readFiguresCsv(text).issues.map((i) => i.path)).toEqual([[2], [4]]);
  });

  it.each<[string, string]>([
    ["empty text", ""],
    ["unrelated columns", "a,b\n1,2\n"],
    ["a report pasted as CSV", "Copper Cathode\nIn February 2025, output rose 2% MoM.\n"],
  ])("not a figures CSV: %s", (_n, text) => {
    const r = readFiguresCsv(text);
    expect(r.editions).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.message).toMatch(/not a figures CSV: missing column/);
  });

  it("a qualifier it does not know is read as exact", () => {
    const r = readFiguresCsv([HEAD, "silver,,2025-02,actual,mom,1,%,roughly,2025-02,"].join("\n"));
    expect(r.editions[0]!.observations[0]!.hedge).toBe("exact");
  });
});

describe("dataset file: write and read back", () => {
  const build = (): Dataset => {
    const ds = new Dataset();
    ds.addEdition(
      edition(
        "2025-02",
        [
          obs({ product: "silver", measure: "mom", value: -0.05, hedge: "over" }),
          obs({ product: "copper-cathode", segment: "large-smelters", measure: "operating_rate", value: 0.9122 }),
        ],
        [trend({ product: "refined-zinc", direction: "down", magnitude: "slight" })],
        ["Silver"],
      ),
      "imported",
    );
    ds.addEdition(edition("2025-01", [obs({ product: "silver", measure: "mom", value: 0.08 }, "2025-01")]), "bundled");
    return ds;
  };

  it("round-trips every edition and figure", () => {
    const text = serializeDataset(build());
    const r = readDatasetFile(text);
    expect(r.issues).toEqual([]);
    const ds2 = new Dataset();
    for (const e of r.editions) ds2.addEdition(e);
    expect(val(ds2, '=SMM.MOM("silver","2025-02")')).toBe(-0.05);
    expect(val(ds2, '=SMM.MOM("silver","2025-01")')).toBe(0.08);
    expect(val(ds2, '=SMM.TREND("zinc","2025-02")')).toBe("down slightly");
    expect(val(ds2, '=SMM.VALUE("copper:large-smelters","2025-02","operating_rate")')).toBe(0.9122);
    expect(val(ds2, '=SMM.INFO("silver","2025-02")')).toMatch(/over/);
  });

  it("can write only some origins", () => {
    const f = JSON.parse(serializeDataset(build(), ["bundled"])) as { editions: { id: string }[] };
    expect(f.editions.map((e) => e.id)).toEqual(["2025-01"]);
  });

  it("toDatasetFile has the format header", () => {
    const f = toDatasetFile([edition("2025-02", [])]);
    expect(f.format).toBe(DATASET_FORMAT);
    expect(f.version).toBe(1);
    expect(typeof f.createdAt).toBe("string");
    expect(f.editions[0]).toMatchObject({ id: "2025-02", observations: [], trends: [], issues: [] });
  });

  it("accepts an already parsed object", () => {
    const r = readDatasetFile(JSON.parse(serializeDataset(build())));
    expect(r.editions.map((e) => e.id).sort()).toEqual(["2025-01", "2025-02"]);
  });
});

describe("readDatasetFile: corrupt and partial files", () => {
  it.each<[string, unknown, RegExp]>([
    ["broken JSON", "{bad", /not valid JSON/],
    ["a JSON array", "[]", /expected a JSON object/],
    ["a JSON string", '"x"', /expected a JSON object/],
    ["null", null, /expected a JSON object/],
    ["a number", 5, /expected a JSON object/],
    ["no editions", { format: DATASET_FORMAT, version: 1 }, /no editions array/],
    ["editions not an array", { format: DATASET_FORMAT, editions: {} }, /no editions array/],
  ])("%s: nothing loaded, one issue", (_n, input, msg) => {
    const r = readDatasetFile(input);
    expect(r.editions).toEqual([]);
    expect(r.issues.length).toBeGreaterThanOrEqual(1);
    expect(r.issues.map((i) => i.message).join("\n")).toMatch(msg);
    for (const i of r.issues) expect(i.code).toBe("bad-row");
  });

  it("a foreign format is read anyway, with a warning", () => {
    const r = readDatasetFile({ format: "other", editions: [] });
    expect(r.issues.map((i) => i.path)).toEqual([["format"]]);
  });

  it("skips and reports invalid observations and trends, keeps the rest", () => {
    const good = {
      product: "copper-cathode",
      segment: "",
      period: "2025-02",
      basis: "actual",
      measure: "mom",
      value: 0.04,
      unit: "%",
      hedge: "exact",
      direction: "up",
      magnitude: "none",
      provenance: { edition: "2025-02", section: "Copper Cathode", sentence: "s", start: 1, end: 3 },
    };
    const input = {
      format: DATASET_FORMAT,
      version: 1,
      editions: [
        {
          id: "2025-02",
          source: "x",
          sections: ["Copper Cathode", 5],
          observations: [
            good,
            { ...good, value: "x" },
            { ...good, measure: "speed" },
            { ...good, provenance: undefined },
            { ...good, value: null },
            { ...good, product: "Copper" },
            { ...good, period: "2025-2" },
            { ...good, basis: "guess" },
            { ...good, value: Infinity },
            7,
            { ...good, measure: "yoy", unit: "parsecs", hedge: "kinda", direction: "sideways", magnitude: "huge", segment: 3, implied: true },
          ],
          trends: [
            { product: "copper-cathode", segment: "", period: "2025-02", basis: "actual", direction: "up", magnitude: "none", provenance: { sentence: "s" } },
            { product: "copper-cathode", period: "2025-02", basis: "actual", direction: "sideways", provenance: { sentence: "s" } },
            { product: "copper-cathode", period: "2025-02", basis: "actual", direction: "up" },
          ],
          issues: [{ code: "unused-number", message: "m" }, { x: 1 }],
        },
        { id: "bad" },
        "not an edition",
        { id: "2025-03" },
      ],
    };
    const r = readDatasetFile(JSON.stringify(input));
    expect(r.editions.map((e) => e.id)).toEqual(["2025-02", "2025-03"]);
    const e = r.editions[0]!;
    expect(e.sections).toEqual(["Copper Cathode"]);
    expect(e.observations).toHaveLength(2);
    expect(e.trends).toHaveLength(1);
    expect(e.issues).toEqual([{ code: "unused-number", message: "m" }]);
    // defaults for the lenient fields
    expect(e.observations[1]).toMatchObject({ measure: "yoy", unit: "", hedge: "exact", direction: "up", magnitude: "none", segment: "", implied: true });
    // the trend's provenance gets the edition's id
    expect(e.trends[0]!.provenance).toMatchObject({ edition: "2025-02", start: -1, end: -1, section: "" });
    const paths = r.issues.map((i) => JSON.stringify(i.path));
    expect(paths).toEqual([
      '["editions",0,"observations",1]',
      '["editions",0,"observations",2]',
      '["editions",0,"observations",3]',
      '["editions",0,"observations",4]',
      '["editions",0,"observations",5]',
      '["editions",0,"observations",6]',
      '["editions",0,"observations",7]',
      '["editions",0,"observations",8]',
      '["editions",0,"observations",9]',
      '["editions",0,"trends",1]',
      '["editions",0,"trends",2]',
      '["editions",1]',
      '["editions",2]',
    ]);
    expect(r.issues[0]!.message).toMatch(/edition 2025-02, observation 1: value is not a finite number; skipped/);
    expect(r.issues.find((i) => JSON.stringify(i.path) === '["editions",0,"observations",2]')!.message).toMatch(/bad measure/);
    expect(r.issues.find((i) => JSON.stringify(i.path) === '["editions",0,"observations",3]')!.message).toMatch(/missing provenance/);
    expect(r.issues.find((i) => JSON.stringify(i.path) === '["editions",1]')!.message).toMatch(/no valid id/);
  });

  it("the valid part of a partial file answers queries", () => {
    const good = { product: "silver", period: "2025-02", basis: "actual", measure: "mom", value: -0.05, provenance: { sentence: "s" } };
    const r = readDatasetFile({ format: DATASET_FORMAT, editions: [{ id: "2025-02", observations: [good, { ...good, value: "oops" }] }] });
    const ds = new Dataset();
    for (const e of r.editions) ds.addEdition(e);
    expect(val(ds, '=SMM.MOM("silver","2025-02")')).toBe(-0.05);
    expect(r.issues).toHaveLength(1);
  });
});

describe("readFigureTables: several CSVs read as one history", () => {
  const H = "product,segment,period,basis,measure,value,unit,qualifier,release,source_url\n";
  const A = "https://news.metal.com/newscontent/1/a";
  const B = "https://news.metal.com/newscontent/2/b";
  test("the same figure from two items is kept once", () => {
    const r = readFigureTables([
      { text: `${H}refined-zinc,,2024-05,actual,mom,-2.5,%,exact,2024-05,${A}\n`, name: "a.csv" },
      { text: `${H}refined-zinc,,2024-05,actual,mom,-2.50,%,exact,2024-05,${B}\n`, name: "b.csv" },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.editions[0]?.observations.map((o) => o.value)).toEqual([-0.025]);
  });
  test("two items of one edition that disagree: a conflict quoting both sources, the figure left out", () => {
    const r = readFigureTables([
      { text: `${H}refined-zinc,,2024-05,actual,mom,-2.5,%,exact,2024-05,${A}\nrefined-zinc,,2024-05,actual,yoy,3,%,exact,2024-05,${A}\n`, name: "a.csv" },
      { text: `${H}refined-zinc,,2024-05,actual,mom,-3.1,%,exact,2024-05,${B}\n`, name: "b.csv" },
    ]);
    const ed = r.editions[0]!;
    expect(ed.observations.map((o) => o.measure)).toEqual(["yoy"]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.code).toBe("conflict");
    expect(r.issues[0]?.path).toEqual(["refined-zinc", "", "2024-05", "actual", "mom"]);
    expect(r.issues[0]?.message).toContain(A);
    expect(r.issues[0]?.message).toContain(B);
    expect(ed.issues[0]?.code).toBe("conflict");
    const ds = new Dataset();
    ds.addEdition(ed);
    const q = callFunction(ds, "MOM", ["refined-zinc", "2024-05"]);
    expect(q.ok).toBe(false);
    if (!q.ok) {
      expect(q.error).toBe("#N/A");
      expect(q.message).toMatch(/different values.*-2\.5%.*-3\.1%/);
    }
  });
  test("a hedged figure that agrees with an exact one is not a conflict: the exact one stands", () => {
    const r = readFigureTables([
      {
        text: `${H}copper-cathode,,2024-08,actual,output,1000000,mt,over,2024-08,${A}\ncopper-cathode,,2024-08,actual,yoy,3,%,approx,2024-08,${A}\n`,
        name: "a.csv",
      },
      {
        text: `${H}copper-cathode,,2024-08,actual,output,1013500,mt,exact,2024-08,${B}\ncopper-cathode,,2024-08,actual,yoy,3.2,%,exact,2024-08,${B}\n`,
        name: "b.csv",
      },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.editions[0]?.observations.map((o) => [o.measure, o.value, o.hedge])).toEqual([
      ["output", 1013500, "exact"],
      ["yoy", 0.032, "exact"],
    ]);
  });
  test("a hedged figure that does not agree is a conflict ('over 1.1 million' against 1,013,500)", () => {
    const r = readFigureTables([
      { text: `${H}copper-cathode,,2024-08,actual,output,1100000,mt,over,2024-08,${A}\n`, name: "a.csv" },
      { text: `${H}copper-cathode,,2024-08,actual,output,1013500,mt,exact,2024-08,${B}\n`, name: "b.csv" },
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(["conflict"]);
  });
  test("with the catalog, a product reported in metal content gets its product level from the metal-content rows", () => {
    const text = `${H}npi,metal-content,2024-03,actual,mom,5.95,%,exact,2024-03,${A}\nnpi,physical-content,2024-03,actual,output,700000,mt,exact,2024-03,${A}\n`;
    const plain = readFigureTables([{ text, name: "a.csv" }]);
    expect(plain.editions[0]?.observations.some((o) => o.segment === "")).toBe(false);
    const r = readFigureTables([{ text, name: "a.csv" }], new Catalog());
    const level = r.editions[0]?.observations.filter((o) => o.segment === "");
    expect(level?.map((o) => [o.measure, o.value])).toEqual([["mom", 0.0595]]);
    const ds = new Dataset();
    ds.addEdition(r.editions[0]!);
    expect(callFunction(ds, "MOM", ["npi", "2024-03"])).toMatchObject({ ok: true, value: 0.0595 });
  });
  test("bad rows name their file when several are read", () => {
    const r = readFigureTables([
      { text: `${H}refined-zinc,,2024-05,actual,mom,x,%,exact,2024-05,${A}\n`, name: "a.csv" },
      { text: `${H}refined-zinc,,2024-06,actual,mom,1,%,exact,2024-06,${B}\n`, name: "b.csv" },
    ]);
    expect(r.issues[0]?.message).toMatch(/^a\.csv row 2: value "x" is not a number; skipped$/);
    expect(r.editions.map((e) => e.id)).toEqual(["2024-06"]);
  });
});
