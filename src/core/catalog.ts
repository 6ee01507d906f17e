/**
 * The product catalog: every product SMM's monthly China production report covers, the names
 * analysts type for it in a cell (aliases) and the noun phrases report prose uses for it
 * (textNames). Pure data and string logic: no Office, no DOM, no Node APIs.
 *
 * Ids are the report's section headings slugged (see `slugify`). The catalog is mutable:
 * a heading never seen before becomes a new, non-builtin product (`add`), and those are what
 * `toJSON` saves.
 *
 * Matching rules used throughout:
 * - "keys" compare names ignoring case and punctuation: NFKC, lower case, every run of characters
 *   that are neither letters nor digits becomes "-" (for ASCII text the key is the slug; Chinese
 *   characters are kept). Spelling variants are folded token by token (sulfate -> sulphate,
 *   aluminium -> aluminum, ...), so "Nickel Sulfate" and "nickel-sulphate" are the same key.
 * - In prose (`findInText`) a textName matches case-insensitively at word boundaries (ASCII
 *   letters/digits), spaces and hyphens are interchangeable, an English plural "s" is allowed,
 *   and the longest name wins at a position.
 */
import { MONTH_NAMES } from "./periods";

/** Lower case; every run of characters other than a-z and 0-9 becomes one "-"; no leading/trailing "-". */
export function slugify(s: string): string {
  return String(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const GROUPS = [
  "Base metals",
  "Nickel & stainless",
  "Manganese & chrome",
  "New energy",
  "PV & silicon",
  "Magnesium & titanium",
  "Minor metals",
  "Rare earths",
  "Precious metals",
] as const;
export type Group = (typeof GROUPS)[number];
/** Group of products added at run time from unknown report headings. */
export const OTHER_GROUP = "Other";

export interface Product {
  /** slugify(name); stable, stored in workbooks. */
  id: string;
  /** The section heading as written in the report. */
  name: string;
  group: string;
  /** What analysts type in a cell: short names, spellings, abbreviations, Chinese names (lower case). */
  aliases: string[];
  /** Noun phrases by which report prose refers to the product (lower case). */
  textNames: string[];
  builtin: boolean;
  /**
   * "metal": the report states physical and metal (nickel) content, and the product level is the
   * metal content, SMM's headline basis (the contract's rule for nickel-bearing products).
   */
  contentBasis?: "metal";
}

export interface Resolved {
  product: Product;
  /** Slugged segment after ":" ("" for the product as a whole). */
  segment: string;
  /** `${product.id}|${segment}`: the key its figures are indexed under (types.ts productKey). */
  key: string;
}

export interface TextMatch {
  product: Product;
  /** [start, end) character offsets into the text given to findInText. */
  start: number;
  end: number;
  /** The matched text exactly as it appears in the input (including a plural "s"). */
  phrase: string;
}

// ---------------------------------------------------------------------------------------------
// Built-in products (the 54 sections of the SMM February 2025 edition, in report order)
// ---------------------------------------------------------------------------------------------

type Row = [name: string, group: Group, aliases: string[], textNames: string[]];

/*
 * Choices worth knowing:
 * - "lead" (and "pb", "铅") -> Primary Lead: SMM's "lead" headline is primary (mine) lead; secondary
 *   (recycled) lead must be asked for as "secondary lead" / "recycled lead" / "再生铅".
 * - Bare metal words are textNames only where report prose uses them for the product itself
 *   (aluminum, silver, magnesium, antimony, bismuth). "copper", "nickel", "zinc", "tin", "lead",
 *   "silicon", "lithium", "cobalt", "manganese", "titanium", "molybdenum" are not: in prose they
 *   mostly qualify something else ("copper concentrate", "nickel ore", "lead to higher output",
 *   "high-silicon SiMn"). The aliases still accept copper/nickel/zinc/tin/lead/silicon in cells.
 * - A terminal screen's abbreviations are aliases where they name one product only: "cu cath"
 *   (copper cathode), "pb prim" (primary lead), "ni sulph" (nickel sulphate); the table reader
 *   takes such a capitalised symbol for the product itself, never a part of it. A flash bulletin's
 *   short names are aliases on the same terms: "ss" (stainless steel), "ps" (polysilicon), "si metal",
 *   "mg ingot", "sb ingot", "primary pb", "secondary pb".
 * - Ambiguous cell words get no alias: "lithium" (carbonate or hydroxide?), "cobalt", "titanium",
 *   "molybdenum", "tungsten", "rare earth", "si" (silicon or SiMn?).
 */
const ROWS: Row[] = [
  // Base metals
  [
    "Copper Cathode",
    "Base metals",
    ["copper", "cu", "cu cath", "refined copper", "electrolytic copper", "cathode copper", "copper cathodes", "电解铜", "铜", "精炼铜", "阴极铜"],
    ["copper cathode", "cu cathode", "cu cath", "refined copper", "electrolytic copper", "cathode copper", "电解铜", "精炼铜", "阴极铜"],
  ],
  [
    "Aluminum",
    "Base metals",
    ["aluminium", "al", "alu", "primary aluminum", "primary aluminium", "electrolytic aluminum", "electrolytic aluminium", "电解铝", "铝", "原铝"],
    [
      "aluminum",
      "aluminium",
      "alu",
      "primary aluminum",
      "primary aluminium",
      "electrolytic aluminum",
      "electrolytic aluminium",
      "raw aluminum",
      "raw aluminium",
      "电解铝",
      "原铝",
    ],
  ],
  [
    "Alumina",
    "Base metals",
    ["metallurgical-grade alumina", "metallurgical grade alumina", "metallurgical alumina", "smelter-grade alumina", "al2o3", "氧化铝", "冶金级氧化铝"],
    ["alumina", "metallurgical-grade alumina", "metallurgical grade alumina", "metallurgical alumina", "smelter-grade alumina", "氧化铝", "冶金级氧化铝"],
  ],
  [
    "Overseas Aluminum",
    "Base metals",
    ["overseas aluminium", "overseas primary aluminum", "overseas primary aluminium", "ex-china aluminum", "ex-china aluminium", "海外电解铝", "海外铝"],
    [
      "overseas aluminum",
      "overseas aluminium",
      "overseas primary aluminum",
      "overseas primary aluminium",
      "ex-china aluminum",
      "ex-china aluminium",
      "海外电解铝",
    ],
  ],
  [
    "Overseas Metallurgical-Grade Alumina",
    "Base metals",
    ["overseas alumina", "overseas metallurgical alumina", "ex-china alumina", "海外氧化铝", "海外冶金级氧化铝"],
    ["overseas metallurgical-grade alumina", "overseas metallurgical alumina", "overseas alumina", "ex-china alumina", "海外氧化铝", "海外冶金级氧化铝"],
  ],
  [
    "Primary Lead",
    "Base metals",
    // "lead" means primary lead (see the note above).
    ["lead", "pb", "pb prim", "primary pb", "refined primary lead", "原生铅", "铅", "原生精铅"],
    ["primary lead", "primary pb", "refined primary lead", "原生铅"],
  ],
  [
    "Secondary Lead",
    "Base metals",
    ["recycled lead", "secondary pb", "secondary refined lead", "再生铅", "再生精铅"],
    ["secondary lead", "secondary pb", "recycled lead", "secondary refined lead", "secondary crude lead", "再生铅", "再生精铅"],
  ],
  [
    "Refined Zinc",
    "Base metals",
    ["zinc", "zn", "zinc ingot", "slab zinc", "锌", "精炼锌", "锌锭"],
    ["refined zinc", "zn", "zinc ingot", "slab zinc", "精炼锌", "锌锭"],
  ],
  ["Refined Tin", "Base metals", ["tin", "sn", "tin ingot", "锡", "精炼锡", "精锡", "锡锭"], ["refined tin", "tin ingot", "精炼锡", "精锡", "锡锭"]],
  // Nickel & stainless
  [
    "Refined Nickel",
    "Nickel & stainless",
    ["nickel", "ni", "refined ni", "electrolytic nickel", "pure nickel", "nickel cathode", "镍", "电解镍", "精炼镍", "纯镍"],
    ["refined nickel", "refined ni", "electrolytic nickel", "pure nickel", "nickel cathode", "电解镍", "精炼镍", "纯镍"],
  ],
  ["NPI", "Nickel & stainless", ["nickel pig iron", "china npi", "domestic npi", "镍生铁", "镍铁"], ["npi", "nickel pig iron", "镍生铁"]],
  [
    "Indonesian NPI",
    "Nickel & stainless",
    ["indonesia npi", "indonesian nickel pig iron", "indonesia nickel pig iron", "indo npi", "印尼镍生铁", "印尼镍铁"],
    [
      "indonesian npi",
      "indonesia's npi",
      "indonesia npi",
      "indo npi",
      "indonesian nickel pig iron",
      "indonesia's nickel pig iron",
      "npi in indonesia",
      "nickel pig iron in indonesia",
      "印尼镍生铁",
      "印尼镍铁",
    ],
  ],
  [
    "Nickel Sulphate",
    "Nickel & stainless",
    ["nickel sulfate", "niso4", "ni sulph", "ni sulphate", "硫酸镍"],
    ["nickel sulphate", "nickel sulfate", "niso4", "ni sulph", "ni sulphate", "硫酸镍"],
  ],
  // Manganese & chrome (stainless steel sits between ferrochrome and EMM in the report)
  [
    "Battery-Grade Manganese Sulphate",
    "Manganese & chrome",
    [
      "manganese sulphate",
      "manganese sulfate",
      "battery-grade manganese sulfate",
      "battery grade mnso4",
      "high-purity manganese sulphate",
      "high-purity manganese sulfate",
      "hpmsm",
      "mnso4",
      "硫酸锰",
      "高纯硫酸锰",
      "电池级硫酸锰",
    ],
    [
      "battery-grade manganese sulphate",
      "battery-grade manganese sulfate",
      "high-purity manganese sulphate",
      "high-purity manganese sulfate",
      "manganese sulphate",
      "manganese sulfate",
      "mnso4",
      "硫酸锰",
      "高纯硫酸锰",
      "电池级硫酸锰",
    ],
  ],
  [
    "EMD",
    "Manganese & chrome",
    ["electrolytic manganese dioxide", "manganese dioxide", "mno2", "电解二氧化锰", "二氧化锰"],
    ["emd", "electrolytic manganese dioxide", "manganese dioxide", "电解二氧化锰", "二氧化锰"],
  ],
  [
    "Mn3O4",
    "Manganese & chrome",
    ["manganese tetroxide", "manganese tetraoxide", "trimanganese tetroxide", "trimanganese tetraoxide", "manganomanganic oxide", "四氧化三锰"],
    ["mn3o4", "manganese tetroxide", "manganese tetraoxide", "trimanganese tetroxide", "trimanganese tetraoxide", "manganomanganic oxide", "四氧化三锰"],
  ],
  [
    "High-Carbon Ferrochrome",
    "Manganese & chrome",
    ["ferrochrome", "hc ferrochrome", "hcfecr", "hc fecr", "fecr", "charge chrome", "ferrochromium", "high-carbon ferrochromium", "高碳铬铁", "铬铁"],
    ["high-carbon ferrochrome", "ferrochrome", "hc ferrochrome", "high-carbon ferrochromium", "ferrochromium", "charge chrome", "高碳铬铁", "铬铁"],
  ],
  [
    "Stainless Steel",
    "Nickel & stainless",
    ["stainless", "ss", "crude stainless steel", "不锈钢", "不锈钢粗钢"],
    ["stainless steel", "crude stainless steel", "stainless", "不锈钢"],
  ],
  [
    "EMM",
    "Manganese & chrome",
    ["electrolytic manganese", "electrolytic manganese metal", "manganese metal", "manganese flake", "manganese flakes", "电解锰", "电解金属锰", "金属锰"],
    ["emm", "electrolytic manganese metal", "electrolytic manganese", "manganese metal", "manganese flake", "电解锰", "电解金属锰", "金属锰"],
  ],
  [
    "SiMn Alloy",
    "Manganese & chrome",
    ["simn", "si-mn", "si-mn alloy", "silicomanganese", "silico-manganese", "silicon manganese", "silicon-manganese alloy", "硅锰", "硅锰合金"],
    ["simn alloy", "simn", "si-mn", "silicomanganese", "silico-manganese", "silicon manganese", "silicon-manganese alloy", "硅锰", "硅锰合金"],
  ],
  // PV & silicon
  [
    "Silicon Metal",
    "PV & silicon",
    ["silicon", "si metal", "metal silicon", "industrial silicon", "metallurgical silicon", "metallurgical-grade silicon", "工业硅", "金属硅"],
    ["silicon metal", "si metal", "metal silicon", "industrial silicon", "metallurgical silicon", "metallurgical-grade silicon", "工业硅", "金属硅"],
  ],
  [
    "Polysilicon",
    "PV & silicon",
    ["polycrystalline silicon", "poly silicon", "poly-si", "ps", "多晶硅"],
    ["polysilicon", "polycrystalline silicon", "poly silicon", "多晶硅"],
  ],
  [
    "PV Module",
    "PV & silicon",
    ["module", "solar module", "photovoltaic module", "pv panel", "solar panel", "光伏组件", "组件"],
    ["pv module", "solar module", "photovoltaic module", "pv panel", "solar panel", "module", "光伏组件"],
  ],
  [
    "Solar Cell",
    "PV & silicon",
    ["pv cell", "photovoltaic cell", "电池片", "光伏电池片", "光伏电池"],
    ["solar cell", "pv cell", "photovoltaic cell", "电池片", "光伏电池"],
  ],
  [
    "PV Film",
    "PV & silicon",
    ["encapsulation film", "pv encapsulation film", "encapsulant film", "photovoltaic film", "solar film", "eva film", "poe film", "光伏胶膜", "胶膜"],
    [
      "pv film",
      "encapsulation film",
      "pv encapsulation film",
      "encapsulant film",
      "photovoltaic film",
      "solar film",
      "eva film",
      "poe film",
      "光伏胶膜",
      "胶膜",
    ],
  ],
  [
    "PV-Grade EVA",
    "PV & silicon",
    ["eva", "pv eva", "solar-grade eva", "photovoltaic-grade eva", "光伏级eva", "光伏eva"],
    ["pv-grade eva", "pv eva", "solar-grade eva", "photovoltaic-grade eva", "eva", "光伏级eva", "光伏eva"],
  ],
  ["PV Glass", "PV & silicon", ["solar glass", "photovoltaic glass", "光伏玻璃"], ["pv glass", "solar glass", "photovoltaic glass", "光伏玻璃"]],
  [
    "DMC",
    "PV & silicon",
    ["silicone dmc", "silicone", "organosilicon", "organosilicon dmc", "dimethylcyclosiloxane", "有机硅", "有机硅dmc"],
    ["dmc", "silicone dmc", "organosilicon dmc", "dimethylcyclosiloxane", "silicone", "organosilicon", "有机硅dmc", "有机硅"],
  ],
  // Magnesium & titanium
  [
    "Magnesium Ingot",
    "Magnesium & titanium",
    ["magnesium", "mg", "mg ingot", "primary magnesium", "pure magnesium", "镁锭", "原镁", "镁"],
    ["magnesium ingot", "mg ingot", "magnesium", "primary magnesium", "pure magnesium", "镁锭", "原镁"],
  ],
  ["Magnesium Alloy", "Magnesium & titanium", ["镁合金"], ["magnesium alloy", "镁合金"]],
  ["Magnesium Powder", "Magnesium & titanium", ["镁粉"], ["magnesium powder", "镁粉"]],
  [
    "Titanium Dioxide",
    "Magnesium & titanium",
    ["tio2", "titanium white", "titania", "钛白粉", "钛白"],
    ["titanium dioxide", "tio2", "titanium white", "titania", "钛白粉"],
  ],
  ["Sponge Titanium", "Magnesium & titanium", ["titanium sponge", "海绵钛"], ["sponge titanium", "titanium sponge", "海绵钛"]],
  // Rare earths
  [
    "Light Rare Earth",
    "Rare earths",
    ["light rare earths", "light ree", "light re", "pr-nd", "prnd", "praseodymium-neodymium", "didymium", "镨钕", "轻稀土"],
    [
      "light rare earth",
      "pr-nd oxide",
      "pr-nd alloy",
      "pr-nd metal",
      "prnd oxide",
      "prnd alloy",
      "pr-nd",
      "prnd",
      "praseodymium-neodymium",
      "didymium",
      "轻稀土",
      "镨钕",
      "氧化镨钕",
      "镨钕合金",
    ],
  ],
  [
    "Medium-Heavy Rare Earth",
    "Rare earths",
    ["medium and heavy rare earth", "medium/heavy rare earth", "mid-heavy rare earth", "heavy rare earth", "hree", "中重稀土", "重稀土"],
    ["medium-heavy rare earth", "medium and heavy rare earth", "mid-heavy rare earth", "heavy rare earth", "中重稀土", "重稀土"],
  ],
  [
    "NdFeB",
    "Rare earths",
    ["nd-fe-b", "ndfeb magnet", "neodymium magnet", "neodymium iron boron", "rare earth magnet", "permanent magnet", "sintered ndfeb", "钕铁硼"],
    [
      "ndfeb",
      "ndfeb blank",
      "ndfeb blanks",
      "nd-fe-b",
      "neodymium iron boron",
      "neodymium magnet",
      "rare earth permanent magnet",
      "rare earth magnet",
      "钕铁硼",
    ],
  ],
  // Minor metals
  [
    "Molybdenum Concentrate",
    "Minor metals",
    ["moly concentrate", "mo concentrate", "molybdenum conc", "moly conc", "mo conc", "molybdenite concentrate", "钼精矿"],
    ["molybdenum concentrate", "moly concentrate", "molybdenite concentrate", "钼精矿"],
  ],
  ["Ferromolybdenum", "Minor metals", ["ferro-molybdenum", "femo", "ferromoly", "钼铁"], ["ferromolybdenum", "ferro-molybdenum", "ferromoly", "femo", "钼铁"]],
  ["Ammonium Paratungstate", "Minor metals", ["apt", "paratungstate", "仲钨酸铵"], ["ammonium paratungstate", "apt", "仲钨酸铵"]],
  // Precious metals (between APT and antimony in the report)
  ["Silver", "Precious metals", ["ag", "refined silver", "silver ingot", "白银", "银"], ["silver", "refined silver", "silver ingot", "白银"]],
  ["Silver Nitrate", "Precious metals", ["agno3", "硝酸银"], ["silver nitrate", "agno3", "硝酸银"]],
  // Minor metals, continued
  [
    "Antimony Ingot",
    "Minor metals",
    ["antimony", "sb", "sb ingot", "refined antimony", "锑锭", "锑"],
    ["antimony ingot", "sb ingot", "antimony", "refined antimony", "锑锭"],
  ],
  ["Sodium Pyroantimonate", "Minor metals", ["sodium antimonate", "焦锑酸钠"], ["sodium pyroantimonate", "sodium antimonate", "焦锑酸钠"]],
  [
    "Refined Bismuth",
    "Minor metals",
    ["bismuth", "bi", "bismuth ingot", "精铋", "铋", "铋锭"],
    ["refined bismuth", "bismuth", "bismuth ingot", "精铋", "铋锭"],
  ],
  // New energy
  [
    "Lithium Carbonate",
    "New energy",
    ["li2co3", "lithium carbonate", "battery-grade lithium carbonate", "碳酸锂"],
    ["lithium carbonate", "li2co3", "battery-grade lithium carbonate", "technical-grade lithium carbonate", "碳酸锂"],
  ],
  [
    "Lithium Hydroxide",
    "New energy",
    ["lioh", "lioh.h2o", "lithium hydroxide monohydrate", "氢氧化锂"],
    ["lithium hydroxide", "lioh", "lithium hydroxide monohydrate", "氢氧化锂"],
  ],
  ["Cobalt Sulphate", "New energy", ["cobalt sulfate", "coso4", "硫酸钴"], ["cobalt sulphate", "cobalt sulfate", "coso4", "硫酸钴"]],
  [
    "Co3O4",
    "New energy",
    ["cobalt tetroxide", "cobalt tetraoxide", "tricobalt tetroxide", "tricobalt tetraoxide", "cobaltosic oxide", "四氧化三钴"],
    ["co3o4", "cobalt tetroxide", "cobalt tetraoxide", "tricobalt tetroxide", "tricobalt tetraoxide", "cobaltosic oxide", "四氧化三钴"],
  ],
  [
    "Ternary Cathode Precursor",
    "New energy",
    // (not "nca precursor": NCA precursor is a part of ternary precursor, as NCM523 is, not another name of the whole)
    ["ternary precursor", "ncm precursor", "nmc precursor", "precursor", "pcam", "三元前驱体", "前驱体"],
    ["ternary cathode precursor", "ternary precursor", "ncm precursor", "nmc precursor", "precursor", "三元前驱体", "前驱体"],
  ],
  [
    "Ternary Cathode Material",
    "New energy",
    ["ternary cathode", "ternary material", "ncm", "nmc", "ncm cathode", "ncm material", "三元材料", "三元正极材料", "三元正极"],
    ["ternary cathode material", "ternary material", "ternary cathode", "ncm cathode", "ncm material", "三元材料", "三元正极材料", "三元正极"],
  ],
  ["Iron Phosphate", "New energy", ["ferric phosphate", "fepo4", "磷酸铁"], ["iron phosphate", "ferric phosphate", "fepo4", "磷酸铁"]],
  ["LFP", "New energy", ["lithium iron phosphate", "lifepo4", "lfp cathode", "磷酸铁锂"], ["lfp", "lithium iron phosphate", "lifepo4", "磷酸铁锂"]],
  [
    "LCO",
    "New energy",
    ["lithium cobalt oxide", "lithium cobaltate", "licoo2", "钴酸锂"],
    ["lco", "lithium cobalt oxide", "lithium cobaltate", "licoo2", "钴酸锂"],
  ],
  [
    "LMO",
    "New energy",
    ["lithium manganese oxide", "lithium manganate", "limn2o4", "锰酸锂"],
    ["lmo", "lithium manganese oxide", "lithium manganate", "limn2o4", "锰酸锂"],
  ],
];

const uniqLower = (xs: readonly string[]): string[] => {
  const out: string[] = [];
  for (const x of xs) {
    const v = x.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
};

function freezeProduct(p: Product): Readonly<Product> {
  Object.freeze(p.aliases);
  Object.freeze(p.textNames);
  return Object.freeze(p);
}

/** Products whose level is their metal content (they are reported in physical and metal content). */
const METAL_CONTENT_BASIS: ReadonlySet<string> = new Set(["npi", "indonesian-npi", "nickel-sulphate"]);

/** All 54 sections of the seed report, in report order. Frozen: Catalog works on copies. */
/**
 * The size of each product: China's typical monthly output (SMM's figures, 2020-2025, in tonnes; GW
 * for PV modules and cells), the whole product, at the basis SMM states it (metal content for the
 * nickel products). A figure dozens of times off it cannot be the product's (plausible.ts's
 * `implausibleForSize`): "Aluminium 3.59mt" read as 3.59 tonnes, a level read as a change, an
 * output implied from a misread change. Products missing here are not checked.
 */
export const TYPICAL_MONTHLY_OUTPUT: Readonly<Record<string, number>> = {
  "copper-cathode": 1_000_000,
  aluminum: 3_500_000,
  alumina: 7_000_000,
  "overseas-aluminum": 2_400_000,
  "overseas-metallurgical-grade-alumina": 4_800_000,
  "primary-lead": 270_000,
  "secondary-lead": 320_000,
  "refined-zinc": 520_000,
  "refined-tin": 15_000,
  "refined-nickel": 20_000,
  npi: 33_000,
  "indonesian-npi": 120_000,
  "nickel-sulphate": 25_000,
  "battery-grade-manganese-sulphate": 20_000,
  emd: 30_000,
  mn3o4: 10_000,
  "high-carbon-ferrochrome": 700_000,
  "stainless-steel": 3_000_000,
  emm: 120_000,
  "simn-alloy": 900_000,
  "silicon-metal": 350_000,
  polysilicon: 110_000,
  "pv-module": 50,
  "solar-cell": 55,
  "pv-grade-eva": 100_000,
  "pv-glass": 2_200_000,
  dmc: 200_000,
  "magnesium-ingot": 70_000,
  "magnesium-alloy": 30_000,
  "titanium-dioxide": 340_000,
  "sponge-titanium": 18_000,
  ndfeb: 30_000,
  ferromolybdenum: 12_000,
  "ammonium-paratungstate": 11_000,
  silver: 1_350,
  "antimony-ingot": 6_000,
  "refined-bismuth": 1_500,
  "lithium-carbonate": 65_000,
  "lithium-hydroxide": 25_000,
  "cobalt-sulphate": 6_000,
  co3o4: 6_000,
  "ternary-cathode-precursor": 65_000,
  "ternary-cathode-material": 55_000,
  "iron-phosphate": 120_000,
  lfp: 150_000,
  lco: 7_000,
  lmo: 9_000,
};

/**
 * The smallest monthly output of products that grew many times over in the years SMM has reported on (LFP made about
 * 2,000 mt a month in 2014, 150,000 ten years later; polysilicon under 2,000 mt in 2009): the lower bound of a figure's size is taken from it, so an early
 * edition's true figure is not left out as a misread.
 */
export const EARLY_MONTHLY_OUTPUT: Readonly<Record<string, number>> = {
  "lithium-carbonate": 2_000,
  "lithium-hydroxide": 500,
  "indonesian-npi": 1_000,
  polysilicon: 1_000,
  "pv-module": 1,
  "solar-cell": 1,
  lfp: 1_500,
  "iron-phosphate": 1_500,
  "ternary-cathode-material": 1_000,
  "ternary-cathode-precursor": 1_000,
};

/**
 * Products SMM reports on that are not sections of the edition, named here so that prose about them
 * is not filed under the catalog product it mentions nearby: a wafer item's "It saw an 18.8% dip"
 * is no solar-cell figure, and "the wafer operating rate" in a polysilicon note is no polysilicon one.
 * Their figures are left out (another subject); they never become products.
 */
/**
 * Products whose bare name also names a broader total, and the qualified names that name the product
 * itself: SMM's alumina series is metallurgical-grade alumina, while "alumina output" may count chemical
 * grades too ("alumina output was 6.12 million mt, including 5.91 million mt of metallurgical grade
 * alumina": the product's figure is the included one).
 */
export const QUALIFIED_NAMES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  alumina: ["metallurgical-grade alumina", "metallurgical grade alumina", "smelter-grade alumina", "metallurgical alumina"],
});

/**
 * Parts that lie in given provinces by nature: "salt-lake output in Qinghai" is the salt-lake part, not a part within one
 * province (China's salt-lake lithium is Qinghai's and Tibet's).
 */
export const PART_HOMES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  "salt-lake": ["qinghai", "tibet", "xizang"],
  brine: ["qinghai", "tibet", "xizang"],
});

export const OUTSIDE_PRODUCTS: readonly { name: string; re: RegExp }[] = [
  { name: "silicon wafers", re: /\b(?:(?:silicon|pv|solar|monocrystalline|mono|n-type|p-type)[\s-]+)?wafers?\b|硅片/gi },
  // ("Blister copper output produced with copper scrap decreased": the smelters' intermediate, not copper cathode)
  // (smelters "that rely on blister copper" are a part of copper cathode's: only the intermediate's own output is outside)
  { name: "blister copper", re: /\bblister copper(?=\s+(?:output|production)\b)/gi },
];

/** Words every match of an OUTSIDE_PRODUCTS pattern contains (keep in step with them): a text without one names none of them. */
const OUTSIDE_HINT = /wafer|硅片|blister copper/i;

/** A product outside China ("Overseas Aluminum"): a country named in its section is a part of it, not another subject. */
export function countriesArePartsOf(product: Product): boolean {
  return /^(?:overseas|global|world)-/.test(product.id);
}

/** Mentions of products outside the catalog, sorted by start. */
export function outsideMentions(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  if (!OUTSIDE_HINT.test(text)) return out; // (most subjects name none: no scan with each pattern)
  for (const o of OUTSIDE_PRODUCTS) for (const m of text.matchAll(o.re)) out.push({ name: o.name, start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Parts (segments): the names reports give one part of a product
// ---------------------------------------------------------------------------------------------

/**
 * Part names that mean another part's slug: the feedstock routes of lithium salts, the cast ingot
 * beside liquid aluminium ("the domestic aluminium ingot volume"), the short names of light rare
 * earths' parts ("praseodymium-neodymium (Pr-Nd) oxide").
 */
export const PART_SYNONYMS: Readonly<Record<string, string>> = Object.freeze({
  recycling: "recycled",
  recycle: "recycled",
  "recycled-material": "recycled",
  "recycled-materials": "recycled",
  brine: "salt-lake",
  "salt-lakes": "salt-lake",
  "salt-lake-brine": "salt-lake",
  "lake-brine": "salt-lake",
  "medium-smelters": "medium-sized-smelters",
  // ("while scrap-fed smelters ran at 48.7%": one name however the feed is worded)
  "scrap-smelters": "scrap-fed-smelters",
  "scrap-based-smelters": "scrap-fed-smelters",
  "aluminum-ingot": "casting-ingot",
  "aluminium-ingot": "casting-ingot",
  "ingot-casting": "casting-ingot",
  // grades: "battery grade nickel sulfate" is read as the part "battery" ("grade" names no part)
  "battery-grade": "battery",
  "electroplating-grade": "electroplating",
  "praseodymium-neodymium-oxide": "pr-nd-oxide",
  "prnd-oxide": "pr-nd-oxide",
  "praseodymium-neodymium-metal": "pr-nd-metal",
  "prnd-metal": "pr-nd-metal",
  "praseodymium-neodymium-alloy": "pr-nd-alloy",
  "prnd-alloy": "pr-nd-alloy",
  // "high-NPI output was 35.9 kt", "low NPI output": the grades
  high: "high-grade",
  low: "low-grade",
  // a nickel product's tonnage in kind: "Physical tonnage 382,000 mt"
  physical: "physical-content",
  "physical-tonnage": "physical-content",
  "physical-terms": "physical-content",
  // ("gross (physical) tonnage ≈262kt")
  gross: "physical-content",
  "gross-tonnage": "physical-content",
});

/**
 * Products whose grades SMM names "high" and "low" alone ("high-NPI output", "low NPI output"); elsewhere a bare
 * "high" or "low" before a measure is an adjective ("to keep high operating rates"), no part.
 */
export const HIGH_LOW_GRADED: ReadonlySet<string> = new Set(["npi", "indonesian-npi"]);

/** Products that are mined: their "mine output" is the product's own ("Mine output of molybdenum concentrate totalled"). */
export const MINED_PRODUCTS: ReadonlySet<string> = new Set(["molybdenum-concentrate"]);

/**
 * What a product is, for the class nouns prose uses for it in an item about it ("the metal", "the alloy", "the
 * compound"; "the material" fits any product): product knowledge kept as data, not guessed from ids or groups.
 */
export type ProductForm = "metal" | "alloy" | "compound" | "material";
const PRODUCT_FORMS: Readonly<Record<string, ProductForm>> = Object.freeze({
  "copper-cathode": "metal",
  aluminum: "metal",
  alumina: "compound",
  "overseas-aluminum": "metal",
  "overseas-metallurgical-grade-alumina": "compound",
  "primary-lead": "metal",
  "secondary-lead": "metal",
  "refined-zinc": "metal",
  "refined-tin": "metal",
  "refined-nickel": "metal",
  npi: "alloy",
  "indonesian-npi": "alloy",
  "nickel-sulphate": "compound",
  "battery-grade-manganese-sulphate": "compound",
  emd: "compound",
  mn3o4: "compound",
  "high-carbon-ferrochrome": "alloy",
  "stainless-steel": "alloy",
  emm: "metal",
  "simn-alloy": "alloy",
  "silicon-metal": "metal",
  polysilicon: "material",
  "pv-module": "material",
  "solar-cell": "material",
  "pv-film": "material",
  "pv-grade-eva": "material",
  "pv-glass": "material",
  dmc: "compound",
  "magnesium-ingot": "metal",
  "magnesium-alloy": "alloy",
  "magnesium-powder": "metal",
  "titanium-dioxide": "compound",
  "sponge-titanium": "metal",
  "light-rare-earth": "material",
  "medium-heavy-rare-earth": "material",
  ndfeb: "material",
  "molybdenum-concentrate": "material",
  ferromolybdenum: "alloy",
  "ammonium-paratungstate": "compound",
  silver: "metal",
  "silver-nitrate": "compound",
  "antimony-ingot": "metal",
  "sodium-pyroantimonate": "compound",
  "refined-bismuth": "metal",
  "lithium-carbonate": "compound",
  "lithium-hydroxide": "compound",
  "cobalt-sulphate": "compound",
  co3o4: "compound",
  "ternary-cathode-precursor": "material",
  "ternary-cathode-material": "material",
  "iron-phosphate": "compound",
  lfp: "material",
  lco: "material",
  lmo: "material",
});
/** A catalog product's form (undefined for a product added at run time from an unknown heading). */
export function productForm(productId: string): ProductForm | undefined {
  return PRODUCT_FORMS[productId];
}

/** Part names that are the whole product ("Total | 3,473 | -1.9%", "China total"): slug "". */
export const WHOLE_PRODUCT_PARTS: ReadonlySet<string> = new Set([
  "total",
  "totals",
  "grand-total",
  "china-total",
  "national-total",
  "overall",
  // ("the ex-China operating rate" in an overseas section: the overseas product itself)
  "ex-china",
  "all",
  "whole-industry",
  "industry-total",
  "total-output",
  "total-production",
  // ("Operating rate of sample smelters: 68.7%", "surveyed manufacturers": the plant noun alone, its sample's words
  // dropped, is the industry)
  "smelters",
  "plants",
  "producers",
  "manufacturers",
  "enterprises",
  "refineries",
  "mills",
  "makers",
  // ("Operating rate of the sample: 52.4%": SMM's sample stands for the industry)
  "sample",
  "the-sample",
  "sample-plants",
  "sample-smelters",
]);

/** Feedstock routes and processes whose producers ("lepidolite converters ran at 31.5%", "chloride-process plants") are the route's part. */
const ROUTE_PRODUCERS =
  /^(spodumene|lepidolite|salt-lake|recycled|recycling|brine|[a-z]+-process)-(?:converters?|plants?|producers?|refineries|smelters?|enterprises?|lines?)$/;

/** Copper smelters by feedstock, however a report words them: the canonical slug, and the words (anywhere in a "smelter" slug) that pick it. */
const SMELTER_PARTS: readonly (readonly [slug: string, words: RegExp])[] = [
  [
    "smelters-not-using-copper-concentrates",
    /(?:^|-)(?:not-using|non-copper|do-not-use|that-do-not|using-copper-scrap|using-scrap|copper-scrap|copper-anode|anode)/,
  ],
  ["smelters-using-copper-concentrates", /smelters?-(?:that-)?(?:primarily-|mainly-|mostly-)?(?:using|use)-copper-concentrates?$/],
];

/** The canonical slug of a part name already slugged ("brine" -> "salt-lake", "china-total" -> ""). */
/** The words that open a row label naming the whole product: "All sampled smelters", "Total", "National", "China". */
const WHOLE_PRODUCT_LEAD_RE = /^\s*(?:all|total|overall|national|nationwide|china|industry|whole industry)\b/i;

/** A table row's label that names the whole product, not a part of it ("Total", "All sampled smelters", "China total"). */
export function namesWholeProduct(label: string): boolean {
  return WHOLE_PRODUCT_LEAD_RE.test(label) || WHOLE_PRODUCT_PARTS.has(slugify(label));
}

export function canonicalPart(seg: string): string {
  if (!seg) return seg;
  if (/smelters?/.test(seg)) for (const [slug, words] of SMELTER_PARTS) if (words.test(seg)) return slug;
  if (WHOLE_PRODUCT_PARTS.has(seg)) return "";
  // ("by trimming the 300 series, whose output fell": a series' number names the part, whatever words stand before it)
  const series = /-(\d{3})-series$/.exec(seg);
  if (series) return `${series[1]}-series`;
  // ("From spodumene" as a table's row: the feedstock a part is made from)
  // ("Producers using lepidolite": the feedstock used)
  const from = /^(?:from|using)-([a-z][\w-]*)$/.exec(seg);
  if (from) return canonicalPart(from[1] ?? seg);
  const route = ROUTE_PRODUCERS.exec(seg);
  if (route) return canonicalPart(route[1] ?? seg);
  return PART_SYNONYMS[seg] ?? seg;
}

export const BUILTIN_PRODUCTS: readonly Product[] = Object.freeze(
  ROWS.map(([name, group, aliases, textNames]) =>
    freezeProduct({
      id: slugify(name),
      name,
      group,
      aliases: uniqLower(aliases),
      textNames: uniqLower([name, ...textNames]),
      builtin: true,
      ...(METAL_CONTENT_BASIS.has(slugify(name)) ? { contentBasis: "metal" as const } : {}),
    }),
  ),
);

// ---------------------------------------------------------------------------------------------
// Keys and spelling variants
// ---------------------------------------------------------------------------------------------

/** Token spelling variants folded to one form before comparing keys. */
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ["sulfate", "sulphate"],
  ["sulfates", "sulphates"],
  ["aluminium", "aluminum"],
  ["ferrochromium", "ferrochrome"],
  ["tetraoxide", "tetroxide"],
  ["grey", "gray"],
]);

/**
 * Comparison key: NFKC, lower case, runs of non-letters/digits -> "-", variants folded.
 * Equals slugify() for plain ASCII input (before folding).
 */
function rawKey(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

function key(s: string): string {
  const k = rawKey(s);
  if (!k) return k;
  return k
    .split("-")
    .map((t) => VARIANTS.get(t) ?? t)
    .join("-");
}

/** key() of the builtin products' names: every new Catalog inserts the same ones (a small fixed set, kept; capped all the same). */
const BUILTIN_KEYS = new Map<string, string>();
function builtinKey(s: string): string {
  let k = BUILTIN_KEYS.get(s);
  if (k === undefined) {
    k = key(s);
    if (BUILTIN_KEYS.size < 2000) BUILTIN_KEYS.set(s, k);
  }
  return k;
}

/** Id for a heading: its slug, or for headings without a-z/0-9 (e.g. Chinese) "u-" + code points. */
function idForHeading(heading: string): string {
  const slug = slugify(heading);
  if (slug) return slug;
  const cps = Array.from(heading.normalize("NFKC").trim())
    .filter((ch) => /[\p{L}\p{N}]/u.test(ch))
    .map((ch) => (ch.codePointAt(0) ?? 0).toString(16));
  return cps.length ? `u-${cps.join("-")}` : "";
}

// ---------------------------------------------------------------------------------------------
// Heading normalisation
// ---------------------------------------------------------------------------------------------

/** Words that decorate a heading without naming the product ("China Lithium Carbonate Output"). */
const NOISE_WORDS = new Set([
  "production",
  "productions",
  "output",
  "outputs",
  "supply",
  "china",
  "chinas",
  "chinese",
  "domestic",
  "national",
  "smm",
  "smms",
  "monthly",
  "month",
  "data",
  "review",
  "reviews",
  "forecast",
  "forecasts",
  "outlook",
  "analysis",
  "report",
  "update",
  "statistics",
  "survey",
  "estimate",
  "estimates",
  "summary",
  "snapshot",
  "brief",
  "briefing",
  "bulletin",
  "digest",
  "tracker",
  "recap",
  "overview",
  "issued",
  "published",
  "released",
  "market",
  "total",
  "overall",
  "exclusive",
  "in",
  "for",
  "of",
  "the",
  "and",
  "s",
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
  ...MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase()),
  "sept",
]);
/** A dateline after a dash at the end of a title ("... Production Snapshot - issued December 7, 2021"): no part of a name. */
export const TRAILING_DATELINE_RE =
  /\s+[-–—|]\s+(?:(?:issued|published|released|updated|posted)\s+(?:on\s+)?)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})$/i;
const CJK_NOISE = /(?:\d{4}\s*年|\d{1,2}\s*月份?|中国|国内|全国|月度|产量|产出|数据|预测|统计|调研|分析|回顾|预期|情况|SMM|smm)/g;

// ---------------------------------------------------------------------------------------------
// Text matcher (a character trie built once per catalog version)
// ---------------------------------------------------------------------------------------------

interface TrieNode {
  next: Map<number, TrieNode>;
  product?: Product;
}

const SEP = 32; // every space/hyphen run in a name or text walks this edge
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Separator characters inside a phrase: space, tab, NBSP, hyphens and dashes (not newlines). */
function isSep(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013;
}

/** Normalised code of a text character for the trie (ASCII lower case; curly apostrophes folded). */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x2019 || c === 0x2018 || c === 0x60) return 39;
  if (c >= 0xff01 && c <= 0xff5e) return fold(c - 0xfee0); // full-width ASCII
  return c;
}

function buildTrie(products: readonly Product[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const p of products) {
    for (const name of p.textNames) {
      const codes: number[] = [];
      let sep = false;
      for (const ch of name.normalize("NFKC").toLowerCase()) {
        const c = ch.charCodeAt(0);
        if (ch.length === 1 && (isSep(c) || c === 10 || c === 13)) {
          sep = codes.length > 0;
          continue;
        }
        if (sep) codes.push(SEP);
        sep = false;
        // Astral characters (rare in names) are stored as their UTF-16 units.
        for (let i = 0; i < ch.length; i++) codes.push(fold(ch.charCodeAt(i)));
      }
      if (!codes.length) continue;
      let node = root;
      for (const c of codes) {
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map() };
          node.next.set(c, child);
        }
        node = child;
      }
      node.product ??= p; // first product to claim a phrase keeps it (builtins come first)
    }
  }
  return root;
}

// ---------------------------------------------------------------------------------------------
// Distance for suggestions
// ---------------------------------------------------------------------------------------------

/** The three rolling rows of editDistance, grown as needed (allocating them per call cost more than the distance). */
let rows = new Int32Array(3 * 65);

/** Damerau-Levenshtein distance (optimal string alignment variant); at most max + 1 when max is given. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const m = a.length;
  const n = b.length;
  if (!m) return n;
  if (!n) return m;
  if (Math.abs(m - n) > max) return max + 1;
  const w = n + 1;
  if (rows.length < 3 * w) rows = new Int32Array(3 * w);
  const r = rows;
  // rows at offsets p2 (row i-2), p1 (row i-1) and c (row i), rotated
  let p2 = 0;
  let p1 = w;
  let c = 2 * w;
  for (let j = 0; j <= n; j++) r[p1 + j] = j;
  for (let i = 1; i <= m; i++) {
    r[c] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const ai1 = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = (r[p1 + j - 1] as number) + (ai === bj ? 0 : 1);
      const del = (r[p1 + j] as number) + 1;
      const ins = (r[c + j - 1] as number) + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      if (j > 1 && ai === b.charCodeAt(j - 2) && ai1 === bj) {
        const tr = (r[p2 + j - 2] as number) + 1;
        if (tr < v) v = tr;
      }
      r[c + j] = v;
      if (v < rowMin) rowMin = v;
    }
    // every path through this row already costs more than `max`: stop early
    if (rowMin > max) return max + 1;
    const t = p2;
    p2 = p1;
    p1 = c;
    c = t;
  }
  return r[p1 + n] as number;
}

/** The characters of a key as a 32-bit set (folded: a lower bound of a distance stays one). */
function charMask(k: string): number {
  let m = 0;
  for (let i = 0; i < k.length; i++) m |= 1 << (k.charCodeAt(i) & 31);
  return m;
}

const usedCounts = new Int32Array(128);

/** How many characters of k the multiset qCounts can match (folded to 128 codes: never fewer than the true count). */
function common(qCounts: Int32Array, k: string): number {
  let n = 0;
  for (let i = 0; i < k.length; i++) {
    const ch = k.charCodeAt(i) & 127;
    if ((usedCounts[ch] as number) < (qCounts[ch] as number)) {
      usedCounts[ch] = (usedCounts[ch] as number) + 1;
      n++;
    }
  }
  for (let i = 0; i < k.length; i++) usedCounts[k.charCodeAt(i) & 127] = 0;
  return n;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface SuggestName {
  name: string;
  key: string;
  product: Product;
  /** charMask(key): a character one side has and the other lacks costs an edit. */
  mask: number;
}

// ---------------------------------------------------------------------------------------------
// Catalog
// ---------------------------------------------------------------------------------------------

const MAX_INPUT = 200;
/** Most inputs the resolve/suggest memos keep before starting again. */
const MEMO_LIMIT = 10_000;

function copyProduct(p: Product): Product {
  return {
    id: p.id,
    name: p.name,
    group: p.group,
    aliases: [...p.aliases],
    textNames: [...p.textNames],
    builtin: p.builtin,
    ...(p.contentBasis === "metal" ? { contentBasis: "metal" as const } : {}),
  };
}

export class Catalog {
  private products: Product[] = [];
  private byId = new Map<string, Product>();
  /** key(id | name | alias) -> product. */
  private byKey = new Map<string, Product>();
  /** key(textName) -> product (fallback for resolve and matchHeading). */
  private byTextKey = new Map<string, Product>();
  private trie: TrieNode | null = null;

  constructor(products: readonly Product[] = BUILTIN_PRODUCTS) {
    for (const p of products) {
      if (!p || typeof p.id !== "string" || !p.id || this.byId.has(p.id)) continue;
      this.insert(copyProduct(p));
    }
  }

  private insert(p: Product): void {
    this.products.push(p);
    this.byId.set(p.id, p);
    const claim = (map: Map<string, Product>, k: string): void => {
      if (k && !map.has(k)) map.set(k, p);
    };
    const keyOf = p.builtin ? builtinKey : key;
    claim(this.byKey, keyOf(p.id));
    claim(this.byKey, keyOf(p.name));
    for (const a of p.aliases) claim(this.byKey, keyOf(a));
    for (const t of p.textNames) claim(this.byTextKey, keyOf(t));
    this.trie = null;
    this.resolved.clear();
    this.suggested.clear();
  }

  /**
   * What resolve() and suggest() answered per input string, until a product is added: a sheet asks
   * about the same few products (and misspells the same few) again and again.
   */
  private readonly resolved = new Map<string, Resolved | null>();
  private readonly suggested = new Map<string, readonly string[]>();

  /** Products in catalog order (builtins in report order, then added ones). */
  all(): Product[] {
    return [...this.products];
  }

  get(id: string): Product | undefined {
    return this.byId.get(id);
  }

  /** The product whose id, heading, alias or textName has this key (no segment), as resolve() sees it. */
  private lookup(name: string): Product | undefined {
    const k = key(name);
    return k ? (this.byKey.get(k) ?? this.byTextKey.get(k)) : undefined;
  }

  /**
   * Adds a product for a report heading never seen before, or returns the existing product that
   * resolve(heading) would give (its id, heading, alias or textName). New products: id = slugify(heading) (for a heading without any
   * a-z/0-9, "u-" + hex code points), group "Other" unless given, builtin false, textNames
   * [heading lower-cased]. Throws a RangeError only for a heading with no letters or digits.
   */
  add(heading: string, group?: string): Product {
    const name = String(heading ?? "")
      .normalize("NFKC")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, MAX_INPUT);
    const existing = this.lookup(name);
    if (existing) return existing;
    const id = idForHeading(name);
    if (!id) throw new RangeError(`cannot add a product for heading ${JSON.stringify(heading)}: no letters or digits`);
    const byId = this.byId.get(id);
    if (byId) return byId;
    const p: Product = {
      id,
      name,
      group: typeof group === "string" && group.trim() ? group.trim() : OTHER_GROUP,
      aliases: [],
      textNames: uniqLower([name]),
      builtin: false,
    };
    this.insert(p);
    return p;
  }

  /**
   * Reads a product argument: a catalog id, a heading in any case/spacing/punctuation, an alias
   * or a textName, optionally followed by ":segment" (the segment is slugged). Surrounding spaces
   * are ignored. null when nothing matches or the segment has no a-z/0-9 characters.
   */
  resolve(input: string): Resolved | null {
    if (typeof input !== "string") return null;
    const hit = this.resolved.get(input);
    if (hit !== undefined) return hit;
    const r = this.resolveUncached(input);
    if (this.resolved.size >= MEMO_LIMIT) this.resolved.clear();
    // the key is copied: the parser asks with slices of a report's text, and a slice kept as a key
    // would keep the whole text alive as long as the catalog lives
    this.resolved.set(JSON.parse(JSON.stringify(input)) as string, r && Object.freeze(r));
    return r;
  }

  private resolveUncached(input: string): Resolved | null {
    const text = input.normalize("NFKC").trim();
    if (!text || text.length > MAX_INPUT) return null;
    const colon = text.indexOf(":");
    const head = colon < 0 ? text : text.slice(0, colon);
    const rawSegment = colon < 0 ? "" : text.slice(colon + 1).trim();
    const slugged = slugify(rawSegment);
    if (rawSegment && !slugged) return null;
    // "lithium-carbonate:brine" is the salt-lake part the parser files; "copper-cathode:total" the product
    const segment = canonicalPart(slugged);
    const k = key(head);
    if (!k) return null;
    let product = this.byKey.get(k) ?? this.byTextKey.get(k);
    // "Nickel Pig Iron (NPI)": the name without the bracket, or the bracketed abbreviation
    if (!product && /\(([^)]+)\)/.test(head)) {
      const outside = key(head.replace(/\([^)]*\)/g, " "));
      const inside = key(/\(([^)]+)\)/.exec(head)?.[1] ?? "");
      product =
        (outside ? (this.byKey.get(outside) ?? this.byTextKey.get(outside)) : undefined) ??
        (inside ? (this.byKey.get(inside) ?? this.byTextKey.get(inside)) : undefined);
    }
    return product ? { product, segment, key: `${product.id}|${segment}` } : null;
  }

  /** Candidate names for suggestions: ids and aliases, with their keys. */
  private nameCache: { count: number; list: SuggestName[] } | null = null;

  private names(): SuggestName[] {
    // rebuilt only when products were added (add() appends to this.products)
    if (this.nameCache && this.nameCache.count === this.products.length) return this.nameCache.list;
    const out: SuggestName[] = [];
    const push = (name: string, p: Product): void => {
      const k = rawKey(name);
      out.push({ name, key: k, product: p, mask: charMask(k) });
    };
    for (const p of this.products) {
      push(p.id, p);
      for (const a of p.aliases) push(a, p);
    }
    this.nameCache = { count: this.products.length, list: out };
    return out;
  }

  /**
   * Up to n valid names (ids and aliases) closest to a mistyped product, best first, one per
   * product: Damerau-Levenshtein distance on keys, with a bonus for shared prefixes and substrings.
   * Names too far away to be a plausible typo are left out (so the list may be empty).
   */
  suggest(input: string, n = 3): string[] {
    if (typeof input !== "string" || !(n > 0)) return [];
    const memoKey = `${n}:${input}`;
    const hit = this.suggested.get(memoKey);
    if (hit) return [...hit];
    const r = this.suggestUncached(input, n);
    if (this.suggested.size >= MEMO_LIMIT) this.suggested.clear();
    this.suggested.set(memoKey, Object.freeze([...r]));
    return r;
  }

  private suggestUncached(input: string, n: number): string[] {
    const head = input.normalize("NFKC").split(":")[0] ?? "";
    const q = rawKey(head).slice(0, 64);
    if (!q) return [];
    const want = Math.floor(n);
    const limit = Math.max(2, Math.ceil(q.length * 0.5));
    const qMask = charMask(q);
    const qCounts = new Int32Array(128);
    for (let i = 0; i < q.length; i++) qCounts[q.charCodeAt(i) & 127] = (qCounts[q.charCodeAt(i) & 127] as number) + 1;
    // Each name's score is its distance minus a bonus for a shared prefix (1) or substring (0.5).
    // A cheap lower bound of every score first (length and letters), then the distances best
    // bound first, stopping when no name left can enter the best `want` products.
    const todo: { c: SuggestName; at: number; bonus: number; low: number }[] = [];
    const names = this.names();
    for (let at = 0; at < names.length; at++) {
      const c = names[at] as SuggestName;
      const k = c.key;
      if (!k) continue;
      const lenDiff = Math.abs(k.length - q.length);
      // the bonus is at most 1: bounds first, the substring tests only for the names they leave
      if (lenDiff - 1 > limit) continue;
      let low = Math.max(lenDiff, popcount(qMask & ~c.mask), popcount(c.mask & ~qMask));
      if (low - 1 > limit) continue;
      // every character of one side that the other cannot match costs an edit
      low = Math.max(low, Math.max(q.length, k.length) - common(qCounts, k));
      if (low - 1 > limit) continue;
      const shorter = Math.min(q.length, k.length);
      const bonus = shorter >= 2 && (k.startsWith(q) || q.startsWith(k)) ? 1 : shorter >= 3 && (k.includes(q) || q.includes(k)) ? 0.5 : 0;
      if (low - bonus <= limit) todo.push({ c, at, bonus, low: low - bonus });
    }
    todo.sort((x, y) => x.low - y.low || x.at - y.at);
    const best = new Map<Product, { name: string; score: number; at: number }>();
    let cutoff = limit; // the score the want-th best product has (or the limit)
    for (const t of todo) {
      if (t.low > cutoff) break;
      const c = t.c;
      const score = editDistance(q, c.key, Math.floor(cutoff + t.bonus)) - t.bonus;
      if (score > cutoff) continue;
      const prev = best.get(c.product);
      if (
        !prev ||
        score < prev.score ||
        (score === prev.score && (c.name.length < prev.name.length || (c.name.length === prev.name.length && t.at < prev.at)))
      ) {
        best.set(c.product, { name: c.name, score, at: t.at });
        if (best.size >= want) cutoff = Math.min(limit, [...best.values()].map((x) => x.score).sort((x, y) => x - y)[want - 1] as number);
      }
    }
    return [...best.values()]
      .sort((a, b) => a.score - b.score || a.name.length - b.name.length || (a.name < b.name ? -1 : 1))
      .slice(0, want)
      .map((x) => x.name);
  }

  private lookupHeadingKey(s: string): Product | null {
    const k = key(s);
    if (!k) return null;
    const hit = this.byKey.get(k) ?? this.byTextKey.get(k);
    if (hit) return hit;
    // English plural of the last word ("Solar Cells", "PV Modules").
    if (/[a-z]s$/.test(k) && !k.endsWith("ss")) {
      const singular = k.slice(0, -1);
      return this.byKey.get(singular) ?? this.byTextKey.get(singular) ?? null;
    }
    return null;
  }

  /**
   * The product whose section this report line is the heading of, or null. Exact names first,
   * then tolerant variants: parenthesised parts removed or used alone ("Nickel Pig Iron (NPI)"),
   * and decoration words dropped ("China Lithium Carbonate Output", "SMM Monthly Copper Review",
   * "2025年2月中国电解铜产量"). Sentences (terminal punctuation, more than 10 words) never match.
   */
  matchHeading(line: string): Product | null {
    if (typeof line !== "string") return null;
    let s = line.normalize("NFKC").replace(/\s+/g, " ").trim();
    if (!s || s.length > 120) return null;
    if (/[.!?;,。；，！？]$/.test(s)) return null;
    // List markers and decorations: "1.", "(2)", "6.2" (an outline's number), "#", "*", "•", "【...】", trailing ":".
    s = s
      .replace(/^(?:[#*•▪■◆●>\-–—]+|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s)|\(?\d{1,2}[.)、]|[(（]\d{1,2}[)）]|[ivx]{1,4}[.)])\s*/i, "")
      .replace(/[:：]$/, "")
      .replace(/^[【\[]\s*(.*?)\s*[】\]]$/, "$1")
      .trim();
    if (!s) return null;
    s = s.replace(TRAILING_DATELINE_RE, "");
    if (s.split(" ").length > 10) return null;

    const direct = this.lookupHeadingKey(s);
    if (direct) return direct;

    const variants: string[] = [];
    const parens = [...s.matchAll(/[(（]([^()（）]*)[)）]/g)].map((m) => m[1] ?? "");
    const outside = s
      .replace(/[(（][^()（）]*[)）]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (parens.length) variants.push(outside, ...parens);
    for (const v of [s, outside]) {
      const tokens = key(v)
        .split("-")
        .filter((t) => t && !NOISE_WORDS.has(t) && !/^\d{4}$/.test(t) && !/^\d{1,2}$/.test(t));
      variants.push(tokens.join("-"));
      if (/[^\x00-\x7f]/.test(v)) variants.push(v.replace(CJK_NOISE, " "));
    }
    for (const v of variants) {
      const hit = this.lookupHeadingKey(v);
      if (hit) return hit;
    }
    return null;
  }

  /**
   * Every occurrence of a product's textName in prose: case-insensitive, at ASCII word
   * boundaries, spaces/hyphens interchangeable, optional plural "s", longest match at a position,
   * non-overlapping, sorted by start. One pass over the text with a precompiled trie.
   */
  findInText(text: string): TextMatch[] {
    if (typeof text !== "string" || !text) return [];
    const root = (this.trie ??= buildTrie(this.products));
    const out: TextMatch[] = [];
    const len = text.length;
    let i = 0;
    while (i < len) {
      const c0 = text.charCodeAt(i);
      if ((i > 0 && isAsciiAlnum(text.charCodeAt(i - 1)) && isAsciiAlnum(c0)) || !root.next.has(fold(c0))) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = root;
      let j = i;
      let bestEnd = -1;
      let bestProduct: Product | undefined;
      while (node && j < len) {
        const c = text.charCodeAt(j);
        if (isSep(c)) {
          const sepNode = node.next.get(SEP);
          if (!sepNode) break;
          let k = j + 1;
          while (k < len && isSep(text.charCodeAt(k))) k++;
          node = sepNode;
          j = k;
          continue;
        }
        node = node.next.get(fold(c));
        j++;
        if (!node || !node.product) continue;
        const prevAlnum = isAsciiAlnum(text.charCodeAt(j - 1));
        const next = j < len ? text.charCodeAt(j) : -1;
        if (!prevAlnum || !isAsciiAlnum(next)) {
          bestEnd = j;
          bestProduct = node.product;
        } else if (
          (next === 115 || next === 83) && // plural "s"
          /[a-z]/i.test(text.charAt(j - 1)) &&
          !(j + 1 < len && isAsciiAlnum(text.charCodeAt(j + 1)))
        ) {
          bestEnd = j + 1;
          bestProduct = node.product;
        }
      }
      if (bestProduct && bestEnd > i) {
        out.push({ product: bestProduct, start: i, end: bestEnd, phrase: text.slice(i, bestEnd) });
        i = bestEnd;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The products worth saving: the non-builtin ones. */
  toJSON(): { version: 1; products: Omit<Product, "builtin">[] } {
    return {
      version: 1,
      products: this.products
        .filter((p) => !p.builtin)
        .map((p) => ({ id: p.id, name: p.name, group: p.group, aliases: [...p.aliases], textNames: [...p.textNames] })),
    };
  }

  /**
   * Builtin catalog plus the saved non-builtin products. Tolerates garbage: accepts the toJSON()
   * object, its JSON text or a bare array; ignores entries without a usable name, entries that
   * clash with an existing product, and aliases/textNames already taken.
   */
  static fromJSON(x: unknown): Catalog {
    const catalog = new Catalog();
    let data: unknown = x;
    if (typeof data === "string") {
      try {
        data = JSON.parse(data);
      } catch {
        return catalog;
      }
    }
    const list: unknown = Array.isArray(data) ? data : isRecord(data) ? data["products"] : undefined;
    if (!Array.isArray(list)) return catalog;
    for (const entry of list.slice(0, 10000)) {
      if (!isRecord(entry)) continue;
      const rawName = entry["name"];
      if (typeof rawName !== "string") continue;
      const name = rawName.normalize("NFKC").replace(/\s+/g, " ").trim();
      if (!name || name.length > MAX_INPUT) continue;
      const id = idForHeading(name);
      if (!id || catalog.byId.has(id) || catalog.lookup(name)) continue;
      const rawGroup = entry["group"];
      const group = typeof rawGroup === "string" && rawGroup.trim() && rawGroup.length <= 100 ? rawGroup.trim() : OTHER_GROUP;
      const strings = (v: unknown): string[] =>
        Array.isArray(v) ? v.filter((s): s is string => typeof s === "string" && s.trim() !== "" && s.length <= 100).slice(0, 100) : [];
      const aliases = uniqLower(strings(entry["aliases"])).filter((a) => {
        const k = key(a);
        return k !== "" && !catalog.byKey.has(k);
      });
      const textNames = uniqLower([name, ...strings(entry["textNames"])]).filter((t) => {
        const owner = catalog.byTextKey.get(key(t));
        return key(t) !== "" && owner === undefined;
      });
      catalog.insert({ id, name, group, aliases, textNames, builtin: false });
    }
    return catalog;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
