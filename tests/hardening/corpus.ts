/**
 * Inputs for the parser fuzzer: small pieces of real editions (a section heading with one to three
 * of its sentences) and deterministic mutations of them. The seed edition comes from ../shared when
 * present (its text is only read, never copied into the project); the fixture editions always are.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Rng } from "../../bench/prng";
import { SHARED_DIR } from "../shared-dir";

export const SHARED_SEED = path.join(SHARED_DIR, "reports/smm-2025-02.txt");
const FIXTURES = path.resolve(__dirname, "../fixtures/editions");

export interface Source {
  name: string;
  text: string;
}

export function sources(): Source[] {
  const out: Source[] = [];
  if (existsSync(SHARED_SEED)) out.push({ name: "smm-2025-02.txt", text: readFileSync(SHARED_SEED, "utf8") });
  if (existsSync(FIXTURES))
    for (const f of readdirSync(FIXTURES)
      .filter((x) => x.endsWith(".txt"))
      .sort())
      out.push({ name: f, text: readFileSync(path.join(FIXTURES, f), "utf8") });
  return out;
}

export interface Piece {
  /** YYYY-MM hint (the source's file name). */
  fileName: string;
  text: string;
}

const isHeading = (l: string): boolean => l.length > 1 && l.length < 70 && !/[.!?:;,]$/.test(l.trim()) && !/\d+(?:\.\d+)?%/.test(l);

/** Heading + 1..3 sentences, from every section of every source. */
export function pieces(srcs: readonly Source[]): Piece[] {
  const out: Piece[] = [];
  for (const s of srcs) {
    const lines = s.text
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    let heading = "";
    for (const l of lines) {
      if (isHeading(l)) {
        heading = l;
        continue;
      }
      const sents = l.split(/(?<=[.!?])\s+(?=[A-Z0-9])/);
      for (let i = 0; i < sents.length; i += 2) {
        const body = sents.slice(i, i + 1 + (i % 3)).join(" ");
        if (body.length < 20) continue;
        out.push({ fileName: s.name, text: `${heading}\n${body}` });
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------------------ mutations

export type Mutation = (rng: Rng, t: string) => string;

const SENTENCE = /[^.!?]+[.!?]+\s*/g;
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

const at = (rng: Rng, t: string): number => rng.int(0, t.length);
const insert = (t: string, i: number, s: string): string => t.slice(0, i) + s + t.slice(i);

const UNICODE_DIGITS = [
  0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x1040, 0x1d7ce /* mathematical bold digits (astral) */, 0x2070 /* superscript 0 */, 0x2080 /* subscript */,
  0x1369 /* Ethiopic (no zero) */,
];
const DASHES = ["\u2212", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\ufe63", "\uff0d", "\u2e3a", "\u301c", "~"];
const SPACES = ["\u00a0", "\u2007", "\u202f", "\u2009", "\u3000", "\u200b", "\ufeff", "\t", "\u2028", "\u0085", "\r", "\r\n"];
const TAGS = [
  "<p>",
  "</p>",
  "<br/>",
  "<b>",
  "</b>",
  '<div class="x">',
  "</div>",
  "<h2>",
  "</h2>",
  "<li>",
  "<!-- c -->",
  "<!--",
  "<script>var a=1<2;</script>",
  "<style>p{}</style>",
  "<",
  ">",
  "</",
  "<a href='http://x'>",
  "&nbsp;",
  "&amp;",
  "&#8212;",
  "&#x2212;",
  "&#37;",
  "&bogus;",
  "&#99999999;",
  "&#x110000;",
  "&lt;b&gt;",
  "<img src=x onerror=alert(1)>",
  "<svg><text>4.38%</text></svg>",
];
const EXTREME = [
  "1e308",
  "9".repeat(400),
  `${"9".repeat(305)} million`,
  "0.0000000001",
  "-0",
  "999,999,999,999,999,999,999",
  "1,2,3,4",
  "4..38",
  ".5",
  "00004.38",
  "Infinity",
  "NaN",
  "1,000.000.5",
  "1.7976931348623157e309",
  "0x1F",
  "12,34",
  "-",
  "+-3",
  "1/0",
];
const MONTHS = [
  "In February 2099, ",
  "in 1900 ",
  "Feb-25 ",
  "2025年2月 ",
  "in March 2025 and April 2024, ",
  "from January to December, ",
  "In 0000-00, ",
  "in May 2025 ",
  "In Febtober 2025, ",
  "by the end of 2030, ",
];
const NOISE = [
  "%%%",
  "...",
  "?!",
  ";;;",
  " mt mt ",
  " % ",
  "pp",
  " MoM YoY ",
  " up down flat ",
  " increased decreased ",
  " approximately over below ",
  "()",
  "(",
  ")",
  '"',
  "'",
  "*",
  "#",
  "•",
  "|",
  "\\",
  "$",
  "¥",
];

export const MUTATIONS: Record<string, Mutation> = {
  deleteSentence: (rng, t) => {
    const s = t.match(SENTENCE);
    if (!s || !s.length) return t;
    const victim = rng.pick(s);
    return t.replace(victim, "");
  },
  duplicateSentence: (rng, t) => {
    const s = t.match(SENTENCE);
    if (!s || !s.length) return t;
    const x = rng.pick(s);
    return insert(t, at(rng, t), ` ${x} `);
  },
  swapNumbers: (rng, t) => {
    const ms = [...t.matchAll(NUMBER)];
    if (ms.length < 2) return t;
    const a = rng.pick(ms);
    const b = rng.pick(ms);
    if (a.index === b.index || a.index === undefined || b.index === undefined) return t;
    const [x, y] = a.index < b.index ? [a, b] : [b, a];
    const xi = x.index as number;
    const yi = y.index as number;
    return t.slice(0, xi) + y[0] + t.slice(xi + x[0].length, yi) + x[0] + t.slice(yi + y[0].length);
  },
  unicodeDigits: (rng, t) => {
    const base = rng.pick(UNICODE_DIGITS);
    return t.replace(/\d/g, (d) => (rng.chance(0.5) ? String.fromCodePoint(base + Number(d)) : d));
  },
  unicodeDashesAndSpaces: (rng, t) => t.replace(/[- ]/g, (c) => (rng.chance(0.3) ? (c === "-" ? rng.pick(DASHES) : rng.pick(SPACES)) : c)),
  minusSigns: (rng, t) => t.replace(NUMBER, (n) => (rng.chance(0.3) ? `${rng.pick(DASHES)}${n}` : n)),
  htmlTags: (rng, t) => {
    let u = t;
    for (let k = rng.int(1, 6); k > 0; k--) u = insert(u, at(rng, u), rng.pick(TAGS));
    return u;
  },
  tagInsideNumber: (rng, t) =>
    t.replace(NUMBER, (n) => (rng.chance(0.3) && n.length > 1 ? insert(n, rng.int(1, n.length - 1), rng.pick(["<b>", "</b>", "&nbsp;", "<br>"])) : n)),
  randomChars: (rng, t) => {
    let u = t;
    for (let k = rng.int(1, 8); k > 0; k--) {
      const kind = rng.int(0, 3);
      const c =
        kind === 0
          ? String.fromCharCode(rng.int(0, 31))
          : kind === 1
            ? String.fromCharCode(rng.int(0xd800, 0xdfff))
            : kind === 2
              ? String.fromCharCode(rng.int(0, 0xffff))
              : String.fromCodePoint(rng.int(0x10000, 0x10ffff));
      u = insert(u, at(rng, u), c);
    }
    return u;
  },
  extremeNumber: (rng, t) => t.replace(NUMBER, (n) => (rng.chance(0.25) ? rng.pick(EXTREME) : n)),
  truncate: (rng, t) => t.slice(0, at(rng, t)),
  caseFlip: (rng, t) => (rng.chance(0.5) ? t.toUpperCase() : t.toLowerCase()),
  monthsAndYears: (rng, t) => insert(t, at(rng, t), rng.pick(MONTHS)),
  punctuation: (rng, t) => {
    let u = t;
    for (let k = rng.int(1, 5); k > 0; k--) u = insert(u, at(rng, u), rng.pick(NOISE));
    return u;
  },
  headings: (rng, t) => {
    const h = rng.pick([
      "***\n",
      "### 2025\n",
      "Unobtainium Ingot\n",
      "Copper Cathode\n",
      "Copper Cathode\nCopper Cathode\n",
      "Survey Methodology\n",
      "NOTES\n",
      "镍\n",
      "\n\n\n",
      "A\n",
      "Refined Nickel (Ni) 2025\n",
      "Overseas Metallurgical-Grade Alumina\n",
    ]);
    return rng.chance(0.5) ? h + t : insert(t, t.indexOf("\n") + 1, h);
  },
  dropHeading: (_rng, t) => t.slice(t.indexOf("\n") + 1),
  newlines: (rng, t) => (rng.chance(0.5) ? t.replace(/\n/g, " ") : t.replace(/\. /g, ".\n")),
  joinSentences: (_rng, t) => t.replace(/\.(\s)/g, ",$1"),
  repeatPhrase: (rng, t) => {
    const i = at(rng, t);
    const s = t.slice(i, i + rng.int(5, 60));
    return insert(t, i, s.repeat(rng.int(2, 20)));
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** 1..4 random mutations; returns the text and the names applied (for the failure message). */
export function mutate(rng: Rng, t: string): { text: string; applied: string[] } {
  let u = t;
  const applied: string[] = [];
  for (let k = rng.int(1, 4); k > 0; k--) {
    const name = rng.pick(MUTATION_NAMES);
    u = (MUTATIONS[name] as Mutation)(rng, u);
    applied.push(name);
  }
  return { text: u, applied };
}
