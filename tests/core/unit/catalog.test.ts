import * as fs from "fs";
import * as path from "path";
import {
  BUILTIN_PRODUCTS,
  Catalog,
  GROUPS,
  OTHER_GROUP,
  Product,
  canonicalPart,
  editDistance,
  outsideMentions,
  productForm,
  slugify,
} from "../../../src/core/catalog";
import { classNounFits } from "../../../src/core/report/lexicon";
import { SHARED_DIR } from "../../shared-dir";
import { prerequisite } from "../../prerequisites";

const REPORT = path.join(SHARED_DIR, "reports/smm-2025-02.txt");
const reportText: string | null = fs.existsSync(REPORT) ? fs.readFileSync(REPORT, "utf8") : null;
const withReport = prerequisite(
  reportText !== null,
  `../shared not found at ${SHARED_DIR} (reports/smm-2025-02.txt; set SMM_SHARED): the catalog's seed-report checks`,
).test;

/** Section headings of a report: short lines that are not sentences, before the methodology note. */
function reportHeadings(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("*")) break; // "*Survey Methodology" and what follows
    if (line && line.length < 60 && !/[.!?]$/.test(line)) out.push(line);
  }
  return out;
}

const catalog = new Catalog();
const ids = BUILTIN_PRODUCTS.map((p) => p.id);
/** How resolve() compares ASCII names (slug) and Chinese ones (lower case, no spaces). */
const cmp = (s: string): string => slugify(s) || s.toLowerCase().replace(/\s+/g, "");

describe("slugify", () => {
  it.each<[string, string]>([
    ["Overseas Metallurgical-Grade Alumina", "overseas-metallurgical-grade-alumina"],
    ["Co3O4", "co3o4"],
    ["PV-Grade EVA", "pv-grade-eva"],
    ["Copper Cathode", "copper-cathode"],
    ["  Copper   Cathode  ", "copper-cathode"],
    ["--Copper--", "copper"],
    ["SiMn Alloy", "simn-alloy"],
    ["Medium-Heavy Rare Earth", "medium-heavy-rare-earth"],
    ["China's NPI", "china-s-npi"],
    ["300 Series", "300-series"],
    ["a_b.c/d\\e", "a-b-c-d-e"],
    ["Ünïcode Métal", "n-code-m-tal"],
    ["电解铜", ""],
    ["", ""],
    ["---", ""],
    ["   ", ""],
    ["ABC123", "abc123"],
    ["tab\tand\nnewline", "tab-and-newline"],
    ["emoji 🚀 name", "emoji-name"],
  ])("%j -> %j", (input, want) => {
    expect(slugify(input)).toBe(want);
  });

  it("is idempotent and only produces [a-z0-9-]", () => {
    for (const s of ["Overseas Metallurgical-Grade Alumina", "x".repeat(10000) + "!Y", "Ω≈ç√ 42 ∫"]) {
      const once = slugify(s);
      expect(slugify(once)).toBe(once);
      expect(once).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    }
  });
});

describe("built-in products", () => {
  it("has the 54 seed sections with unique ids equal to slugify(name)", () => {
    expect(BUILTIN_PRODUCTS).toHaveLength(54);
    expect(new Set(ids).size).toBe(54);
    for (const p of BUILTIN_PRODUCTS) {
      expect(p.id).toBe(slugify(p.name));
      expect(p.builtin).toBe(true);
    }
    expect(ids[0]).toBe("copper-cathode");
    expect(ids[53]).toBe("lmo");
  });

  it("puts every product in exactly one known group and every group has products", () => {
    for (const p of BUILTIN_PRODUCTS) expect(GROUPS).toContain(p.group);
    for (const g of GROUPS) expect(BUILTIN_PRODUCTS.some((p) => p.group === g)).toBe(true);
    expect(GROUPS).not.toContain(OTHER_GROUP);
  });

  it("stores aliases and textNames in lower case, trimmed, without duplicates", () => {
    for (const p of BUILTIN_PRODUCTS) {
      for (const list of [p.aliases, p.textNames]) {
        expect(new Set(list).size).toBe(list.length);
        for (const s of list) {
          expect(s).toBe(s.toLowerCase().trim());
          expect(s).not.toBe("");
        }
      }
      expect(p.textNames).toContain(p.name.toLowerCase());
    }
  });

  it("is frozen, and catalogs work on copies", () => {
    expect(Object.isFrozen(BUILTIN_PRODUCTS)).toBe(true);
    const first = BUILTIN_PRODUCTS[0];
    expect(first && Object.isFrozen(first) && Object.isFrozen(first.aliases)).toBe(true);
    const c = new Catalog();
    const copper = c.get("copper-cathode");
    expect(copper).toBeDefined();
    copper?.aliases.push("kupfer");
    expect(BUILTIN_PRODUCTS[0]?.aliases).not.toContain("kupfer");
  });

  it("every alias resolves to its own product and no alias belongs to two products", () => {
    const owner = new Map<string, string>();
    for (const p of BUILTIN_PRODUCTS) {
      for (const a of p.aliases) {
        const k = cmp(a);
        expect(k).not.toBe("");
        const prev = owner.get(k);
        if (prev !== undefined) expect(`${a}: ${prev}`).toBe(`${a}: ${p.id}`);
        owner.set(k, p.id);
        expect(catalog.resolve(a)?.product.id).toBe(p.id);
        expect(catalog.resolve(a.toUpperCase())?.product.id).toBe(p.id);
      }
    }
    expect(owner.size).toBeGreaterThan(200);
  });

  it("no alias or textName collides with another product's id or heading", () => {
    for (const p of BUILTIN_PRODUCTS) {
      for (const s of [...p.aliases, ...p.textNames]) {
        const k = cmp(s);
        for (const q of BUILTIN_PRODUCTS) {
          if (q !== p) {
            expect([s, k === q.id]).toEqual([s, false]);
          }
        }
      }
    }
  });

  it("every textName resolves to its own product and belongs to one product only", () => {
    const owner = new Map<string, string>();
    for (const p of BUILTIN_PRODUCTS) {
      for (const t of p.textNames) {
        const k = cmp(t);
        const prev = owner.get(k);
        if (prev !== undefined && prev !== p.id) expect(`${t}: ${prev}`).toBe(`${t}: ${p.id}`);
        owner.set(k, p.id);
        expect([t, catalog.resolve(t)?.product.id]).toEqual([t, p.id]);
      }
    }
  });

  it("every textName is found in prose as exactly itself", () => {
    for (const p of BUILTIN_PRODUCTS) {
      for (const t of p.textNames) {
        const text = `In February, ${t} production rose.`;
        const hits = catalog.findInText(text);
        expect([t, hits.map((h) => [h.product.id, h.phrase])]).toEqual([t, [[p.id, t]]]);
      }
    }
  });
});

describe("seed report", () => {
  withReport("has the 54 catalog headings, in catalog order", () => {
    const headings = reportHeadings(reportText ?? "");
    expect(headings).toHaveLength(54);
    expect(headings.map(slugify)).toEqual(ids);
  });

  withReport("every heading resolves to itself and matchHeading recognises it", () => {
    for (const h of reportHeadings(reportText ?? "")) {
      const r = catalog.resolve(h);
      expect(r?.product.name).toBe(h);
      expect(r?.segment).toBe("");
      expect(catalog.matchHeading(h)?.name).toBe(h);
      expect(catalog.matchHeading(h.toUpperCase())?.name).toBe(h);
    }
  });

  withReport("no prose line of the report is taken for a heading", () => {
    const headings = new Set(reportHeadings(reportText ?? ""));
    let prose = 0;
    for (const raw of (reportText ?? "").split(/\r?\n/)) {
      const line = raw.trim();
      if (!line || headings.has(line)) continue;
      prose++;
      expect([line.slice(0, 60), catalog.matchHeading(line)]).toEqual([line.slice(0, 60), null]);
    }
    expect(prose).toBeGreaterThan(50);
  });

  withReport("every section's own product is mentioned in its prose", () => {
    const lines = (reportText ?? "").split(/\r?\n/).map((l) => l.trim());
    let current: Product | null = null;
    const seen = new Map<string, number>();
    for (const line of lines) {
      if (line.startsWith("*")) break;
      const h = catalog.matchHeading(line);
      if (h) {
        current = h;
        continue;
      }
      if (!current) continue;
      const own = catalog.findInText(line).filter((m) => m.product === current).length;
      seen.set(current.id, (seen.get(current.id) ?? 0) + own);
    }
    const missing = ids.filter((id) => !seen.get(id));
    expect(missing).toEqual([]);
  });

  withReport("findInText offsets point at the phrase, sorted and non-overlapping", () => {
    const text = reportText ?? "";
    const hits = catalog.findInText(text);
    expect(hits.length).toBeGreaterThan(300);
    let last = -1;
    for (const h of hits) {
      expect(text.slice(h.start, h.end)).toBe(h.phrase);
      expect(h.start).toBeGreaterThanOrEqual(last);
      last = h.end;
    }
  });

  withReport("scans 5 MB of report text quickly", () => {
    const big = (reportText ?? "").repeat(Math.ceil(5_000_000 / (reportText ?? "x").length));
    const t0 = Date.now();
    const hits = catalog.findInText(big);
    const ms = Date.now() - t0;
    expect(hits.length).toBeGreaterThan(10000);
    expect(ms).toBeLessThan(3000);
  });
});

describe("resolve", () => {
  it.each<[string, string, string]>([
    ["refined-nickel", "refined-nickel", ""],
    ["Refined Nickel", "refined-nickel", ""],
    ["REFINED NICKEL", "refined-nickel", ""],
    ["refined_nickel", "refined-nickel", ""],
    ["  refined   nickel  ", "refined-nickel", ""],
    ["refined.nickel", "refined-nickel", ""],
    ["Ｒｅｆｉｎｅｄ Ｎｉｃｋｅｌ", "refined-nickel", ""],
    ["nickel", "refined-nickel", ""],
    ["Nickel", "refined-nickel", ""],
    ["copper", "copper-cathode", ""],
    ["aluminium", "aluminum", ""],
    ["Aluminium", "aluminum", ""],
    ["zinc", "refined-zinc", ""],
    ["tin", "refined-tin", ""],
    ["lead", "primary-lead", ""],
    ["recycled lead", "secondary-lead", ""],
    ["li2co3", "lithium-carbonate", ""],
    ["Li2CO3", "lithium-carbonate", ""],
    ["lithium carbonate", "lithium-carbonate", ""],
    ["lioh", "lithium-hydroxide", ""],
    ["bismuth", "refined-bismuth", ""],
    ["silicon", "silicon-metal", ""],
    ["Nickel Sulfate", "nickel-sulphate", ""],
    ["nickel-sulfate", "nickel-sulphate", ""],
    ["cobalt sulfate", "cobalt-sulphate", ""],
    ["manganese sulfate", "battery-grade-manganese-sulphate", ""],
    ["Overseas Aluminium", "overseas-aluminum", ""],
    ["overseas alumina", "overseas-metallurgical-grade-alumina", ""],
    ["pr-nd", "light-rare-earth", ""],
    ["PrNd", "light-rare-earth", ""],
    ["praseodymium-neodymium", "light-rare-earth", ""],
    ["Praseodymium Neodymium", "light-rare-earth", ""],
    ["nickel pig iron", "npi", ""],
    ["apt", "ammonium-paratungstate", ""],
    ["co3o4", "co3o4", ""],
    ["CO3O4", "co3o4", ""],
    ["silicomanganese", "simn-alloy", ""],
    ["ferrochrome", "high-carbon-ferrochrome", ""],
    ["stainless-steel:300-series", "stainless-steel", "300-series"],
    ["Stainless Steel:300 Series", "stainless-steel", "300-series"],
    ["stainless steel : 300 series ", "stainless-steel", "300-series"],
    ["lithium-carbonate:spodumene", "lithium-carbonate", "spodumene"],
    ["li2co3:Salt Lake", "lithium-carbonate", "salt-lake"],
    ["copper-cathode:large-smelters", "copper-cathode", "large-smelters"],
    ["npi:metal-content", "npi", "metal-content"],
    ["secondary-lead:refined", "secondary-lead", "refined"],
    ["light-rare-earth:pr-nd-oxide", "light-rare-earth", "pr-nd-oxide"],
    ["light rare earth:Pr-Nd Oxide", "light-rare-earth", "pr-nd-oxide"],
    ["nickel:", "refined-nickel", ""],
    ["copper:a:b", "copper-cathode", "a-b"],
    ["铜", "copper-cathode", ""],
    ["电解铜", "copper-cathode", ""],
    ["电解铝", "aluminum", ""],
    ["铝", "aluminum", ""],
    ["氧化铝", "alumina", ""],
    ["镍", "refined-nickel", ""],
    ["电解镍", "refined-nickel", ""],
    ["精炼镍", "refined-nickel", ""],
    ["镍生铁", "npi", ""],
    ["硫酸镍", "nickel-sulphate", ""],
    ["碳酸锂", "lithium-carbonate", ""],
    ["氢氧化锂", "lithium-hydroxide", ""],
    ["锌", "refined-zinc", ""],
    ["精炼锌", "refined-zinc", ""],
    ["锡", "refined-tin", ""],
    ["精炼锡", "refined-tin", ""],
    ["原生铅", "primary-lead", ""],
    ["再生铅", "secondary-lead", ""],
    ["不锈钢", "stainless-steel", ""],
    ["不锈钢:300系", "stainless-steel", "300"],
    ["工业硅", "silicon-metal", ""],
    ["金属硅", "silicon-metal", ""],
    ["多晶硅", "polysilicon", ""],
    ["光伏组件", "pv-module", ""],
    ["电池片", "solar-cell", ""],
    ["光伏玻璃", "pv-glass", ""],
    ["镁锭", "magnesium-ingot", ""],
    ["钛白粉", "titanium-dioxide", ""],
    ["海绵钛", "sponge-titanium", ""],
    ["钕铁硼", "ndfeb", ""],
    ["白银", "silver", ""],
    ["银", "silver", ""],
    ["硝酸银", "silver-nitrate", ""],
    ["锑锭", "antimony-ingot", ""],
    ["精铋", "refined-bismuth", ""],
    ["硫酸钴", "cobalt-sulphate", ""],
    ["四氧化三钴", "co3o4", ""],
    ["三元前驱体", "ternary-cathode-precursor", ""],
    ["三元材料", "ternary-cathode-material", ""],
    ["磷酸铁", "iron-phosphate", ""],
    ["磷酸铁锂", "lfp", ""],
    ["钴酸锂", "lco", ""],
    ["锰酸锂", "lmo", ""],
    ["高碳铬铁", "high-carbon-ferrochrome", ""],
    ["硅锰", "simn-alloy", ""],
    ["电解锰", "emm", ""],
    ["钼精矿", "molybdenum-concentrate", ""],
    ["钼铁", "ferromolybdenum", ""],
    ["仲钨酸铵", "ammonium-paratungstate", ""],
    [" 电解铜 ", "copper-cathode", ""],
    // part synonyms (catalog data): the part the parser files its figures under
    ["lithium carbonate:brine", "lithium-carbonate", "salt-lake"],
    ["Li2CO3: Recycled Materials", "lithium-carbonate", "recycled"],
    ["copper cathode:China total", "copper-cathode", ""],
    ["light rare earth:praseodymium-neodymium oxide", "light-rare-earth", "pr-nd-oxide"],
  ])("%p -> %s [%s]", (input, id, segment) => {
    expect(catalog.resolve(input)).toEqual({ product: catalog.get(id), segment, key: `${id}|${segment}` });
  });

  it.each<[string, string]>([
    ["empty", ""],
    ["spaces", "   "],
    ["colon only", ":"],
    ["segment only", ":300-series"],
    ["unknown", "unobtainium"],
    ["typo", "nikel"],
    ["typo 2", "alumnium"],
    ["si is not an alias", "si"],
    ["lithium is ambiguous", "lithium"],
    ["cobalt is ambiguous", "cobalt"],
    ["rare earth is ambiguous", "rare earth"],
    ["punctuation", "!!!"],
    ["emoji", "🚀"],
    ["unknown chinese", "稀有金属"],
    ["segment without letters", "nickel:???"],
    ["chinese-only segment", "nickel:精炼"],
    ["huge", "nickel".repeat(100000)],
    ["huge with colon", "nickel:" + "x".repeat(100000)],
    ["nul", "nickel\u0000x"],
    ["lone surrogate", "\uD800"],
    ["sentence", "refined nickel production in February"],
  ])("%s -> null", (_label, input) => {
    expect(catalog.resolve(input)).toBeNull();
  });

  it("tolerates non-string input", () => {
    for (const x of [null, undefined, 42, {}, [], true]) {
      expect(catalog.resolve(x as unknown as string)).toBeNull();
    }
  });
});

describe("canonicalPart", () => {
  it.each<[string, string]>([
    ["brine", "salt-lake"],
    ["lake-brine", "salt-lake"],
    ["recycling", "recycled"],
    ["lepidolite-converters", "lepidolite"],
    ["brine-producers", "salt-lake"],
    ["recycling-plants", "recycled"],
    ["total", ""],
    ["national-total", ""],
    ["aluminium-ingot", "casting-ingot"],
    ["prnd-metal", "pr-nd-metal"],
    ["smelters-that-do-not-use-copper-concentrates", "smelters-not-using-copper-concentrates"],
    ["copper-scrap-smelters", "smelters-not-using-copper-concentrates"],
    ["smelters-mainly-using-copper-concentrate", "smelters-using-copper-concentrates"],
    // not a synonym: unchanged
    ["300-series", "300-series"],
    ["spodumene", "spodumene"],
    ["sichuan", "sichuan"],
    ["", ""],
  ])("%p -> %p", (seg, want) => {
    expect(canonicalPart(seg)).toBe(want);
  });
});

describe("suggest", () => {
  it.each<[string, string[]]>([
    ["nikel", ["nickel"]],
    ["alumnium", ["aluminum", "aluminium"]],
    ["aluminum", ["aluminum"]],
    ["coper", ["copper"]],
    ["coppr", ["copper"]],
    ["nickle", ["nickel"]],
    ["zink", ["zinc"]],
    ["lithum carbonate", ["lithium-carbonate"]],
    ["li2co4", ["li2co3"]],
    ["stainles", ["stainless"]],
    ["stainless-steal", ["stainless-steel"]],
    ["polysilcon", ["polysilicon"]],
    ["refined-nickle", ["refined-nickel"]],
    ["ndfbe", ["ndfeb"]],
    ["ferrocrome", ["ferrochrome"]],
    ["silvr", ["silver"]],
    ["nikel:300-series", ["nickel"]],
    ["电解同", ["电解铜"]],
  ])("%p includes one of %p", (input, want) => {
    const got = catalog.suggest(input);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThanOrEqual(3);
    expect(got.some((g) => want.includes(g))).toBe(true);
  });

  it.each<[string, number]>([
    ["nikel", 1],
    ["nikel", 5],
    ["al", 10],
  ])("suggest(%p, %d) returns at most n valid, distinct-product names", (input, n) => {
    const got = catalog.suggest(input, n);
    expect(got.length).toBeLessThanOrEqual(n);
    expect(got.length).toBeGreaterThan(0);
    const products = got.map((g) => catalog.resolve(g)?.product.id);
    expect(products.every((p) => p !== undefined)).toBe(true);
    expect(new Set(products).size).toBe(products.length);
  });

  it.each<[string, unknown]>([
    ["empty", ""],
    ["spaces", "   "],
    ["punctuation", "!!!"],
    ["far away", "qwertyuiopasdfgh"],
    ["number", 42],
    ["null", null],
  ])("%s -> []", (_label, input) => {
    expect(catalog.suggest(input as string)).toEqual([]);
  });

  it("is fast and bounded on a huge input", () => {
    const t0 = Date.now();
    const got = catalog.suggest("nickel".repeat(200000));
    expect(Array.isArray(got)).toBe(true);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it("n <= 0 gives nothing", () => {
    expect(catalog.suggest("nikel", 0)).toEqual([]);
    expect(catalog.suggest("nikel", -1)).toEqual([]);
  });
});

describe("editDistance (Damerau-Levenshtein, OSA)", () => {
  it.each<[string, string, number]>([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["nickel", "nickel", 0],
    ["nikel", "nickel", 1],
    ["alumnium", "aluminium", 1],
    ["alumnium", "aluminum", 1],
    ["ab", "ba", 1],
    ["kitten", "sitting", 3],
    ["ca", "abc", 3],
  ])("%p vs %p = %d", (a, b, want) => {
    expect(editDistance(a, b)).toBe(want);
    expect(editDistance(b, a)).toBe(want);
  });
});

describe("matchHeading", () => {
  it.each<[string, string]>([
    ["Copper Cathode", "copper-cathode"],
    ["Copper", "copper-cathode"],
    ["Refined Copper", "copper-cathode"],
    ["Electrolytic Copper", "copper-cathode"],
    ["Cathode Copper", "copper-cathode"],
    ["Aluminium", "aluminum"],
    ["Primary Aluminium", "aluminum"],
    ["Nickel Pig Iron (NPI)", "npi"],
    ["NPI (Nickel Pig Iron)", "npi"],
    ["Nickel Sulfate", "nickel-sulphate"],
    ["Cobalt Sulfate", "cobalt-sulphate"],
    ["Lithium Carbonate Production", "lithium-carbonate"],
    ["China Lithium Carbonate Output", "lithium-carbonate"],
    ["China's Lithium Carbonate Output", "lithium-carbonate"],
    ["China’s Lithium Carbonate Output", "lithium-carbonate"],
    ["SMM Monthly Copper Cathode Production Review", "copper-cathode"],
    ["Copper Cathode Production Data", "copper-cathode"],
    ["Copper Cathode Forecast", "copper-cathode"],
    ["February 2025 Refined Zinc Output", "refined-zinc"],
    ["Refined Zinc Output in February 2025", "refined-zinc"],
    ["Overseas Aluminium", "overseas-aluminum"],
    ["Overseas Alumina", "overseas-metallurgical-grade-alumina"],
    ["Metallurgical-Grade Alumina", "alumina"],
    ["Ferrochrome", "high-carbon-ferrochrome"],
    ["High Carbon Ferrochrome", "high-carbon-ferrochrome"],
    ["Silicomanganese", "simn-alloy"],
    ["Industrial Silicon", "silicon-metal"],
    ["Solar Cells", "solar-cell"],
    ["PV Modules", "pv-module"],
    ["Solar Modules", "pv-module"],
    ["Pr-Nd Oxide", "light-rare-earth"],
    ["Medium and Heavy Rare Earth", "medium-heavy-rare-earth"],
    ["Lithium Iron Phosphate (LFP)", "lfp"],
    ["APT", "ammonium-paratungstate"],
    ["Tin", "refined-tin"],
    ["Lead", "primary-lead"],
    ["Recycled Lead", "secondary-lead"],
    ["  LMO  ", "lmo"],
    ["1. Copper Cathode", "copper-cathode"],
    ["(2) Aluminum", "aluminum"],
    ["6.2 Nickel pig iron", "npi"],
    ["7.10 LCO", "lco"],
    ["1.1.2 Copper Cathode", "copper-cathode"],
    ["# Alumina", "alumina"],
    ["* Silver", "silver"],
    ["• NdFeB", "ndfeb"],
    ["Copper Cathode:", "copper-cathode"],
    ["【电解铜】", "copper-cathode"],
    ["电解铜", "copper-cathode"],
    ["2025年2月中国电解铜产量", "copper-cathode"],
    ["碳酸锂产量", "lithium-carbonate"],
    ["COPPER CATHODE", "copper-cathode"],
    ["copper-cathode", "copper-cathode"],
  ])("%p -> %s", (line, id) => {
    expect(catalog.matchHeading(line)?.id).toBe(id);
  });

  it.each<string>([
    "",
    "   ",
    "Last month our copper cathode output went up by 12,345 mt, a rise of 1.23%.",
    "Copper cathode output went up.",
    "Copper cathode output rose a lot compared with the month before",
    "Aluminum output fell.",
    "Silver,",
    "Next month overseas aluminum output should grow by 9.9% on the year",
    "Production Forecast:",
    "March Forecast:",
    "Capacity Changes",
    "*Survey Methodology",
    "Survey Methodology",
    "For queries, please contact us",
    "Gold Rush and Silver Lining",
    "Copper and Aluminum",
    "Copper Cathode Aluminum",
    "Note:",
    "Production",
    "China",
    "2025",
    "February 2025",
    "6.2 mt",
    "6.2",
    "Lithium",
    "Cobalt",
    "Unobtainium",
    "x".repeat(10000),
    "copper ".repeat(30),
    "🚀🚀🚀",
    "\u0000",
  ])("%j -> null", (line) => {
    expect(catalog.matchHeading(line)).toBeNull();
  });

  it("tolerates non-string input", () => {
    for (const x of [null, undefined, 42, {}, []]) {
      expect(catalog.matchHeading(x as unknown as string)).toBeNull();
    }
  });
});

describe("findInText", () => {
  const find = (text: string): [string, string][] => catalog.findInText(text).map((m) => [m.product.id, m.phrase]);

  it.each<[string, [string, string][]]>([
    [
      "Indonesian NPI fell while NPI rose",
      [
        ["indonesian-npi", "Indonesian NPI"],
        ["npi", "NPI"],
      ],
    ],
    ["Indonesia's NPI output", [["indonesian-npi", "Indonesia's NPI"]]],
    ["Indonesia’s NPI output", [["indonesian-npi", "Indonesia’s NPI"]]],
    [
      "overseas aluminum production and aluminum demand",
      [
        ["overseas-aluminum", "overseas aluminum"],
        ["aluminum", "aluminum"],
      ],
    ],
    ["overseas aluminium", [["overseas-aluminum", "overseas aluminium"]]],
    [
      "silver nitrate and silver",
      [
        ["silver-nitrate", "silver nitrate"],
        ["silver", "silver"],
      ],
    ],
    [
      "magnesium alloy, magnesium powder and magnesium ingot prices; magnesium",
      [
        ["magnesium-alloy", "magnesium alloy"],
        ["magnesium-powder", "magnesium powder"],
        ["magnesium-ingot", "magnesium ingot"],
        ["magnesium-ingot", "magnesium"],
      ],
    ],
    ["lithium carbonate; lithium chemical plants", [["lithium-carbonate", "lithium carbonate"]]],
    [
      "lithium iron phosphate and iron phosphate",
      [
        ["lfp", "lithium iron phosphate"],
        ["iron-phosphate", "iron phosphate"],
      ],
    ],
    [
      "ternary cathode precursor and ternary cathode material",
      [
        ["ternary-cathode-precursor", "ternary cathode precursor"],
        ["ternary-cathode-material", "ternary cathode material"],
      ],
    ],
    ["metallurgical-grade alumina", [["alumina", "metallurgical-grade alumina"]]],
    ["overseas metallurgical-grade alumina", [["overseas-metallurgical-grade-alumina", "overseas metallurgical-grade alumina"]]],
    [
      "ammonium paratungstate (APT) in China",
      [
        ["ammonium-paratungstate", "ammonium paratungstate"],
        ["ammonium-paratungstate", "APT"],
      ],
    ],
    [
      "EMD, electrolytic manganese dioxide and LMO grade manganese dioxide",
      [
        ["emd", "EMD"],
        ["emd", "electrolytic manganese dioxide"],
        ["lmo", "LMO"],
        ["emd", "manganese dioxide"],
      ],
    ],
    [
      "copper cathode, refined copper, electrolytic copper, cathode copper",
      [
        ["copper-cathode", "copper cathode"],
        ["copper-cathode", "refined copper"],
        ["copper-cathode", "electrolytic copper"],
        ["copper-cathode", "cathode copper"],
      ],
    ],
    [
      "primary aluminium and electrolytic aluminum",
      [
        ["aluminum", "primary aluminium"],
        ["aluminum", "electrolytic aluminum"],
      ],
    ],
    ["nickel pig iron", [["npi", "nickel pig iron"]]],
    [
      "Pr-Nd oxides and PrNd alloy",
      [
        ["light-rare-earth", "Pr-Nd oxides"],
        ["light-rare-earth", "PrNd alloy"],
      ],
    ],
    ["Pr Nd oxide", [["light-rare-earth", "Pr Nd oxide"]]],
    ["copper   cathode", [["copper-cathode", "copper   cathode"]]],
    ["copper-cathode", [["copper-cathode", "copper-cathode"]]],
    ["COPPER CATHODES", [["copper-cathode", "COPPER CATHODES"]]],
    ["tin ingots", [["refined-tin", "tin ingots"]]],
    [
      "PV-grade EVA and PV grade EVA",
      [
        ["pv-grade-eva", "PV-grade EVA"],
        ["pv-grade-eva", "PV grade EVA"],
      ],
    ],
    ["low-silicon SiMn alloy", [["simn-alloy", "SiMn alloy"]]],
    ["silicone DMC", [["dmc", "silicone DMC"]]],
    [
      "Co3O4 and Mn3O4",
      [
        ["co3o4", "Co3O4"],
        ["mn3o4", "Mn3O4"],
      ],
    ],
    [
      "2025年2月电解铜产量和氧化铝",
      [
        ["copper-cathode", "电解铜"],
        ["alumina", "氧化铝"],
      ],
    ],
    [
      "磷酸铁锂与磷酸铁",
      [
        ["lfp", "磷酸铁锂"],
        ["iron-phosphate", "磷酸铁"],
      ],
    ],
    ["ＮＰＩ", [["npi", "ＮＰＩ"]]],
  ])("%j", (text, want) => {
    expect(find(text)).toEqual(want);
  });

  it.each<string>([
    "",
    "will lead to higher output, leading smelters",
    "copper concentrate TCs and nickel ore prices",
    "aluminumx and xaluminum and aluminum2",
    "silvery, npis2, emdash",
    "the apartment",
    "copper\ncathode",
    "lithium chemical plants",
    "zinc concentrate",
    "   \t\n",
    "🚀".repeat(1000),
    "无关的中文文本",
  ])("no product in %j", (text) => {
    expect(find(text)).toEqual([]);
  });

  it("reports offsets into the original text, sorted", () => {
    const text = "Output: NPI up, copper cathode down; silver nitrate flat.";
    const hits = catalog.findInText(text);
    expect(hits.map((h) => [h.start, h.end])).toEqual([
      [8, 11],
      [16, 30],
      [37, 51],
    ]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.phrase);
  });

  it("is fast on 5 MB of synthetic prose with and without products", () => {
    const names = BUILTIN_PRODUCTS.flatMap((p) => p.textNames).filter((t) => /^[a-z]/.test(t));
    const sentence = names.map((n, i) => `In month ${i} the ${n} production changed, leading to lead times.`).join(" ");
    const big = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    let t0 = Date.now();
    const hits = catalog.findInText(big);
    expect(hits.length).toBeGreaterThan(50000);
    expect(Date.now() - t0).toBeLessThan(3000);
    const empty = "abcdefghij klmnopq rstuvw ".repeat(200000);
    t0 = Date.now();
    expect(catalog.findInText(empty)).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it("tolerates non-string input", () => {
    for (const x of [null, undefined, 42, {}, []]) {
      expect(catalog.findInText(x as unknown as string)).toEqual([]);
    }
  });
});

describe("add", () => {
  it("adds an unknown heading as a non-builtin product and every lookup sees it", () => {
    const c = new Catalog();
    expect(c.findInText("cobalt metal output")).toEqual([]);
    const p = c.add("Cobalt Metal");
    expect(p).toEqual({ id: "cobalt-metal", name: "Cobalt Metal", group: OTHER_GROUP, aliases: [], textNames: ["cobalt metal"], builtin: false });
    expect(c.get("cobalt-metal")).toBe(p);
    expect(c.all()).toHaveLength(55);
    expect(c.all()[54]).toBe(p);
    expect(c.resolve("Cobalt Metal:Electrolytic")).toEqual({ product: p, segment: "electrolytic", key: `${p.id}|electrolytic` });
    expect(c.matchHeading("Cobalt Metal")).toBe(p);
    expect(c.matchHeading("China Cobalt Metal Production")).toBe(p);
    expect(c.findInText("cobalt metal output").map((m) => m.product)).toEqual([p]);
    expect(c.suggest("cobalt-metl")).toContain("cobalt-metal");
    // the shared builtin list and other catalogs are untouched
    expect(BUILTIN_PRODUCTS).toHaveLength(54);
    expect(new Catalog().get("cobalt-metal")).toBeUndefined();
  });

  it.each<[string, string]>([
    ["Copper Cathode", "copper-cathode"],
    ["copper cathode", "copper-cathode"],
    ["Copper", "copper-cathode"],
    ["Nickel Sulfate", "nickel-sulphate"],
    ["Pr-Nd Oxide", "light-rare-earth"],
    ["  Refined   Nickel ", "refined-nickel"],
  ])("add(%p) returns the existing %s", (heading, id) => {
    const c = new Catalog();
    expect(c.add(heading)).toBe(c.get(id));
    expect(c.all()).toHaveLength(54);
  });

  it("returns the same product when added twice, and keeps a given group", () => {
    const c = new Catalog();
    const a = c.add("Gallium", "Minor metals");
    const b = c.add("GALLIUM");
    expect(b).toBe(a);
    expect(a.group).toBe("Minor metals");
    expect(c.all()).toHaveLength(55);
    expect(c.add("Germanium", "   ").group).toBe(OTHER_GROUP);
  });

  it("gives Chinese-only headings a stable u- id", () => {
    const c = new Catalog();
    const p = c.add("金属镓");
    expect(p.id).toMatch(/^u-[0-9a-f]+(?:-[0-9a-f]+)*$/);
    expect(c.add("金属镓")).toBe(p);
    expect(c.resolve("金属镓")?.product).toBe(p);
    expect(c.findInText("今年金属镓产量").map((m) => m.product)).toEqual([p]);
  });

  it.each<string>(["", "   ", "!!!", "🚀"])("add(%p) throws a RangeError", (h) => {
    expect(() => new Catalog().add(h)).toThrow(RangeError);
  });

  it("caps absurdly long headings", () => {
    const p = new Catalog().add("X".repeat(5000));
    expect(p.name.length).toBeLessThanOrEqual(200);
  });
});

describe("toJSON / fromJSON", () => {
  it("saves only added products and restores them", () => {
    const c = new Catalog();
    expect(c.toJSON()).toEqual({ version: 1, products: [] });
    c.add("Gallium", "Minor metals");
    c.add("Cobalt Metal");
    const json = JSON.parse(JSON.stringify(c)) as unknown;
    expect(json).toEqual({
      version: 1,
      products: [
        { id: "gallium", name: "Gallium", group: "Minor metals", aliases: [], textNames: ["gallium"] },
        { id: "cobalt-metal", name: "Cobalt Metal", group: "Other", aliases: [], textNames: ["cobalt metal"] },
      ],
    });
    for (const input of [json, JSON.stringify(c)]) {
      const back = Catalog.fromJSON(input);
      expect(back.all()).toHaveLength(56);
      expect(back.get("gallium")).toEqual({ id: "gallium", name: "Gallium", group: "Minor metals", aliases: [], textNames: ["gallium"], builtin: false });
      expect(back.resolve("cobalt metal")?.product.id).toBe("cobalt-metal");
      expect(back.toJSON()).toEqual(c.toJSON());
    }
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["undefined", undefined],
    ["number", 42],
    ["boolean", true],
    ["bad json text", "{not json"],
    ["json null", "null"],
    ["empty object", {}],
    ["empty array", []],
    ["products not a list", { products: "gallium" }],
    ["list of junk", { products: [null, 1, "x", [], { name: 5 }, { name: "" }, { name: "   " }, { name: "!!!" }, { id: "x" }] }],
    ["clashes with builtins", { products: [{ name: "Copper Cathode" }, { name: "Nickel" }, { name: "li2co3" }, { id: "npi", name: "NPI" }] }],
    ["huge name", { products: [{ name: "x".repeat(100000) }] }],
  ])("garbage (%s) gives the builtin catalog", (_label, input) => {
    const c = Catalog.fromJSON(input);
    expect(c.all()).toHaveLength(54);
    expect(c.toJSON()).toEqual({ version: 1, products: [] });
  });

  it("keeps valid entries among invalid ones and drops aliases/textNames that are taken", () => {
    const c = Catalog.fromJSON({
      products: [
        null,
        { name: "Gallium", group: 7, aliases: ["ga", "nickel", 5, "", "x".repeat(500)], textNames: ["gallium metal", "npi", null], builtin: true },
        { name: "Gallium" },
        { name: "Germanium", group: "Minor metals", aliases: "ge" },
      ],
    });
    expect(
      c
        .all()
        .map((p) => p.id)
        .slice(54),
    ).toEqual(["gallium", "germanium"]);
    const ga = c.get("gallium");
    expect(ga).toEqual({ id: "gallium", name: "Gallium", group: "Other", aliases: ["ga"], textNames: ["gallium", "gallium metal"], builtin: false });
    expect(c.resolve("nickel")?.product.id).toBe("refined-nickel");
    expect(c.resolve("ga")?.product.id).toBe("gallium");
    expect(c.get("germanium")?.group).toBe("Minor metals");
    expect(c.get("germanium")?.aliases).toEqual([]);
  });
});

describe("Catalog constructor", () => {
  it("accepts a custom product list and ignores duplicate ids", () => {
    const first = BUILTIN_PRODUCTS[0];
    expect(first).toBeDefined();
    if (!first) return;
    const c = new Catalog([first, first]);
    expect(c.all()).toHaveLength(1);
    expect(c.resolve("copper")?.product.id).toBe("copper-cathode");
    expect(c.resolve("nickel")).toBeNull();
  });

  it("an empty catalog resolves nothing", () => {
    const c = new Catalog([]);
    expect(c.all()).toEqual([]);
    expect(c.resolve("copper")).toBeNull();
    expect(c.findInText("copper cathode")).toEqual([]);
    expect(c.suggest("copper")).toEqual([]);
    expect(c.matchHeading("Copper")).toBeNull();
  });
});

describe("resolve and suggest are memoised per input until a product is added", () => {
  it("a name that resolved to nothing resolves once a product with that heading is added", () => {
    const c = new Catalog();
    expect(c.resolve("Unobtainium Ingot")).toBeNull();
    expect(c.suggest("Unobtainium Ingt")).not.toContain("unobtainium-ingot");
    const p = c.add("Unobtainium Ingot");
    expect(c.resolve("Unobtainium Ingot")).toEqual({ product: p, segment: "", key: `${p.id}|` });
    expect(c.suggest("Unobtainium Ingt")[0]).toBe(p.id);
  });

  it("the same input gives equal answers, and a caller changing a suggestion list does not change the next", () => {
    const c = new Catalog();
    expect(c.resolve("nickel")).toBe(c.resolve("nickel"));
    const first = c.suggest("coper");
    first.push("changed");
    expect(c.suggest("coper")).not.toContain("changed");
    expect(c.suggest("coper")[0]).toBe("copper");
  });

  it("editDistance with a bound stops at bound + 1 and is exact below it (buffers reused between calls)", () => {
    expect(editDistance("copper-cathode", "coppre-cathode")).toBe(1);
    expect(editDistance("copper-cathode", "nickel", 3)).toBe(4);
    expect(editDistance("a".repeat(80), "b".repeat(80))).toBe(80);
    expect(editDistance("nikel", "nickel")).toBe(1);
  });
});

describe("outsideMentions", () => {
  it("finds products that are not in the catalog (silicon wafers), and nothing in a catalog product's name", () => {
    expect(outsideMentions("China's silicon wafer output fell; N-type wafers and 硅片 too.").map((m) => m.name)).toEqual([
      "silicon wafers",
      "silicon wafers",
      "silicon wafers",
    ]);
    expect(outsideMentions("Silicon metal and polysilicon output rose; solar cell output fell.")).toEqual([]);
  });
});

describe("productForm (what the class nouns 'the metal', 'the alloy', 'the compound' may stand for)", () => {
  it("knows the form of every built-in product", () => {
    expect(BUILTIN_PRODUCTS.filter((p) => productForm(p.id) === undefined).map((p) => p.id)).toEqual([]);
  });

  it.each([
    ["metal", "refined-nickel", true],
    ["metal", "emm", true],
    ["metal", "alumina", false],
    ["metal", "polysilicon", false],
    ["metal", "molybdenum-concentrate", false],
    ["alloy", "high-carbon-ferrochrome", true],
    ["alloy", "refined-zinc", false],
    ["compound", "lithium-carbonate", true],
    ["compound", "copper-cathode", false],
    ["material", "refined-zinc", true],
  ])("'the %s' fits %s: %s", (noun, id, fits) => {
    const product = BUILTIN_PRODUCTS.find((p) => p.id === id);
    expect(product).toBeDefined();
    expect(classNounFits(noun, product as Product)).toBe(fits);
  });

  it("a product added at run time takes its form from its name's head", () => {
    const cat = new Catalog();
    expect(classNounFits("compound", cat.add("Cobalt Chloride"))).toBe(true);
    expect(classNounFits("alloy", cat.add("Aluminium Alloy Ingot"))).toBe(true);
    expect(classNounFits("metal", cat.add("Indium Ingot"))).toBe(true);
    expect(classNounFits("metal", cat.add("Graphite Electrode"))).toBe(false);
  });
});
