/**
 * Editions for the benchmark: the seed edition (../shared/reports/smm-2025-02.txt, or a fixture
 * edition when the shared folder is absent) and N editions generated from it, one per month
 * ending at the seed's month, by varying its numbers and its phrasing (deterministic).
 *
 * Generated texts stay in memory (the shared report text must not be copied into the project).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Rng } from "./prng";
import { MONTH_NAMES } from "../src/core/periods";

export interface EditionText {
  /** YYYY-MM the edition's actuals describe. */
  id: string;
  fileName: string;
  text: string;
}

export interface Seed extends EditionText {
  /** Where the seed came from, for the printed table. */
  origin: string;
  /** The editions the single-edition parse figure measures (the seed, or every fixture edition). */
  singles: EditionText[];
}

const ROOT = path.resolve(__dirname, "..");
export const SHARED_SEED = path.resolve(ROOT, "../shared/reports/smm-2025-02.txt");
export const FIXTURE_DIR = path.resolve(ROOT, "tests/fixtures/editions");

const editionOfName = (name: string): string | null => {
  const m = /((?:19|20)\d{2})-(0[1-9]|1[0-2])/.exec(name);
  return m ? `${m[1]}-${m[2]}` : null;
};

/** The fixture editions (tests/fixtures/editions/*.txt), largest first. */
export function fixtureEditions(): EditionText[] {
  if (!existsSync(FIXTURE_DIR)) return [];
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ f, size: statSync(path.join(FIXTURE_DIR, f)).size }))
    .sort((a, b) => b.size - a.size)
    .map(({ f }) => ({ id: editionOfName(f) ?? "2025-01", fileName: f, text: readFileSync(path.join(FIXTURE_DIR, f), "utf8") }));
}

/**
 * The seed edition: the shared February 2025 report; when ../shared is absent (or
 * SMM_BENCH_SEED=fixtures), the largest fixture edition seeds the generator and every fixture
 * edition is measured for the single-edition figure.
 */
export function loadSeed(): Seed {
  if (existsSync(SHARED_SEED) && process.env.SMM_BENCH_SEED !== "fixtures") {
    const seed = { id: "2025-02", fileName: path.basename(SHARED_SEED), text: readFileSync(SHARED_SEED, "utf8").replace(/^\uFEFF/, "") };
    return { ...seed, origin: "../shared/reports/smm-2025-02.txt", singles: [seed] };
  }
  const all = fixtureEditions();
  const fx = all[0];
  if (!fx) throw new Error(`no seed edition: neither ${SHARED_SEED} nor fixture editions in ${FIXTURE_DIR}`);
  return { ...fx, origin: `tests/fixtures/editions/*.txt, generator seeded with ${fx.fileName}`, singles: all };
}

// ---------------------------------------------------------------------------------------------

const MONTHS: readonly string[] = MONTH_NAMES;
const ABBR = MONTHS.map((m) => m.slice(0, 3));
const MONTH_TOKEN = new RegExp(
  `\\b(${[...MONTHS, "Sept", ...ABBR.filter((a) => a !== "May")].join("|")})\\b(?:(\\s+)((?:19|20)\\d{2})\\b)?|\\b((?:19|20)\\d{2})\\b`,
  "g",
);

const monthIndex = (w: string): number => {
  const i = MONTHS.indexOf(w);
  if (i >= 0) return i;
  if (w === "Sept") return 8;
  return ABBR.indexOf(w);
};

export const addMonths = (id: string, n: number): string => {
  const [y, m] = id.split("-").map(Number) as [number, number];
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`;
};
const monthsBetween = (a: string, b: string): number => {
  const [ay, am] = a.split("-").map(Number) as [number, number];
  const [by, bm] = b.split("-").map(Number) as [number, number];
  return by * 12 + bm - (ay * 12 + am);
};

/**
 * Moves every month name and year of the text by the months between two editions (`from` -> `to`):
 * "February 2025" -> "November 2015"; a month alone moves by the same number of months; a year
 * alone moves by the difference of the editions' years.
 */
export function shiftMonths(text: string, from: string, to: string): string {
  const delta = monthsBetween(from, to);
  const dyLone = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return text.replace(MONTH_TOKEN, (all, word: string | undefined, sp: string | undefined, year: string | undefined, lone: string | undefined) => {
    if (lone) return String(Number(lone) + dyLone);
    if (!word) return all;
    const i = monthIndex(word);
    if (i < 0) return all;
    const abbr = !MONTHS.includes(word);
    const t = (year ? Number(year) : 2000) * 12 + i + delta;
    const mi = ((t % 12) + 12) % 12;
    const name = abbr ? (ABBR[mi] as string) : (MONTHS[mi] as string);
    return year ? `${name}${sp ?? " "}${Math.floor(t / 12)}` : name;
  });
}

/** Multiplies the figures of the text by random factors, keeping their format (decimals, thousands separators). */
export function varyNumbers(text: string, rng: Rng, spread = 0.15): string {
  return text.replace(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g, (tok, offset: number, whole: string) => {
    const prev = whole[offset - 1] ?? "";
    const next = whole[offset + tok.length] ?? "";
    // glued to letters (Co3O4, Mn3O4, 2nd), except a unit right after the number (44,400mt)
    if (/[A-Za-z]/.test(prev) || (/[A-Za-z]/.test(next) && !/^(?:mt|pp|m|k)/.test(whole.slice(offset + tok.length, offset + tok.length + 2)))) return tok;
    const plain = tok.replace(/,/g, "");
    const v = Number(plain);
    if (!Number.isFinite(v)) return tok;
    if (/^(?:19|20)\d{2}$/.test(plain)) return tok; // years are moved by shiftMonths
    if (!plain.includes(".") && !tok.includes(",") && v < 10) return tok; // list numbers, "1."
    const decimals = plain.includes(".") ? (plain.split(".")[1] ?? "").length : 0;
    const nv = v * (1 + rng.range(-spread, spread));
    let s = nv.toFixed(decimals);
    if (tok.includes(",")) {
      const [i, d] = s.split(".") as [string, string | undefined];
      s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (d !== undefined ? `.${d}` : "");
    }
    return s;
  });
}

/** Phrasing variants SMM itself uses from one edition to the next. */
const PHRASES: [RegExp, string[]][] = [
  [/\bincreased by\b/g, ["rose by", "grew by", "went up by", "increased by"]],
  [/\bdecreased by\b/g, ["fell by", "declined by", "dropped by", "decreased by"]],
  [/\bMoM\b/g, ["month-on-month", "MoM", "MoM"]],
  [/\bYoY\b/g, ["year-on-year", "YoY", "YoY"]],
  [/\bapproximately\b/g, ["about", "around", "roughly", "approximately"]],
  [/\bis expected to\b/g, ["is projected to", "is forecast to", "is expected to"]],
  [/\bSMM estimates that\b/g, ["SMM expects that", "SMM forecasts that", "SMM estimates that"]],
  [/\bproduction\b/g, ["output", "production", "production", "production"]],
  [/\bremained stable\b/g, ["held steady", "remained flat", "remained stable"]],
  [/\bslightly\b/g, ["marginally", "slightly", "slightly"]],
];

export function varyPhrasing(text: string, rng: Rng, p = 0.35): string {
  let t = text;
  for (const [re, alts] of PHRASES) t = t.replace(re, (m) => (rng.chance(p) ? rng.pick(alts) : m));
  // Drop a few sentences of body paragraphs (never headings: lines without a full stop).
  return t
    .split("\n")
    .map((line) => {
      if (line.length < 80 || !line.includes(". ")) return line;
      const parts = line.split(/(?<=\.)\s+(?=[A-Z])/);
      if (parts.length < 3) return line;
      return parts.filter((_, i) => i === 0 || !rng.chance(0.04)).join(" ");
    })
    .join("\n");
}

/**
 * `n` editions, one per month, the last for the seed's own month: the seed with its months moved,
 * its figures varied by up to +-15% and its wording varied.
 */
export function generateEditions(seed: EditionText, n = 120, rngSeed = 20250228): EditionText[] {
  const rng = new Rng(rngSeed);
  const out: EditionText[] = [];
  for (let k = n - 1; k >= 0; k--) {
    const id = addMonths(seed.id, -k);
    let text = varyNumbers(seed.text, rng);
    text = varyPhrasing(text, rng);
    text = shiftMonths(text, seed.id, id);
    out.push({ id, fileName: `smm-${id}.txt`, text });
  }
  return out;
}
