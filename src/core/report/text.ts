/**
 * Text layer of the report parser: normalisation that keeps every character offset
 * (so provenance offsets point into the text as received), lines, paragraphs, sentences.
 */

export interface Span {
  text: string;
  start: number;
  end: number;
}

const FULLWIDTH_0 = 0xff10;

/**
 * Same-length normalisation: unicode digits, dashes, minus signs, quotes, non-breaking and
 * odd spaces become their ASCII forms; HTML tags and entities become spaces (block tags a
 * newline) so that a page saved as HTML reads like text. Offsets are preserved 1:1.
 */
export function normalize(input: string): string {
  // characters that stay are copied in runs (one slice per run, not one string per character)
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue; // printable ASCII stays as it is
    const r = normalChar(c, input, i);
    if (r === null) continue;
    if (i > last) parts.push(input.slice(last, i));
    parts.push(r);
    last = i + 1;
  }
  if (last > 0) parts.push(input.slice(last));
  let s = last > 0 ? parts.join("") : input;
  if (s.includes("<") && /<\/?[a-zA-Z][^>]*>/.test(s)) s = stripHtml(s);
  return s;
}

/** The ASCII form of character c at input[i], or null when it stays as it is. */
function normalChar(c: number, input: string, i: number): string | null {
  if (c >= FULLWIDTH_0 && c <= FULLWIDTH_0 + 9) return String.fromCharCode(48 + c - FULLWIDTH_0);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(48 + c - 0x0660); // Arabic-Indic
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(48 + c - 0x06f0);
  if (c >= 0x0966 && c <= 0x096f) return String.fromCharCode(48 + c - 0x0966); // Devanagari
  if (c === 0xff05) return "%";
  if (c === 0x223c || c === 0x2248 || c === 0xff5e) return "~";
  if (c === 0xff0c) return ",";
  if (c === 0xff0e || c === 0x3002) return "."; // (。 the ideographic full stop)
  if (c === 0x3001) return ","; // (、 the enumeration comma)
  if (c === 0xff08) return "(";
  if (c === 0xff09) return ")";
  if (c === 0xff1a) return ":";
  if (c === 0xff1b) return ";";
  if (c === 0x2212 || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0xfe63 || c === 0xff0d) return "-";
  if (c === 0x2018 || c === 0x2019 || c === 0x2032 || c === 0xff07) return "'";
  if (c === 0x201c || c === 0x201d || c === 0x2033 || c === 0xff02) return '"';
  if (
    c === 0x00a0 ||
    c === 0x2007 ||
    c === 0x202f ||
    c === 0x2009 ||
    c === 0x200a ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x2006) ||
    c === 0x2008 ||
    c === 0xfeff ||
    c === 0x200b ||
    c === 0x200c ||
    c === 0x200d
  )
    return " ";
  if (c === 0x0d) return input.charCodeAt(i + 1) === 0x0a ? " " : "\n";
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return "\n";
  if (c === 0x09) return null; // a tab stays: it separates the cells of a table pasted from a sheet
  if (c === 0x0b || c === 0x0c) return " ";
  if (c < 0x20 && c !== 0x0a) return " ";
  return null;
}

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  ndash: "-",
  mdash: "-",
  minus: "-",
  hellip: "...",
  percnt: "%",
  thinsp: " ",
  ensp: " ",
  emsp: " ",
  middot: " ",
  bull: " ",
  times: "x",
};

/**
 * Normalises (see `normalize`) and decodes HTML entities ("&nbsp;", "&rsquo;", "&#8722;"), which
 * shortens the text: `map[i]` is the offset in the input of character i of the result (null when
 * nothing was shortened, i.e. offsets are the same).
 */
export function normalizeWithMap(input: string): { text: string; map: Int32Array | null } {
  const spaced = spaceAfterFullwidth(input, normalize(input));
  const entities = decodeEntities(spaced.text);
  if (!spaced.map) return entities;
  if (!entities.map) return spaced;
  const inner = spaced.map;
  return { text: entities.text, map: entities.map.map((k) => inner[k] ?? k) };
}

/** Full-width punctuation glued to the next word ("output 115.82 wt，month-on-month fall 0.91％"): a space after it, as in English. */
// (a full-width comma or full stop between digits is a number's separator: "1，058" and "4．38" get no space)
const FULLWIDTH_PUNCT_RE = /[\uff1b\uff1a\u3002\u3001](?=\S)|(?<![\d\uff10-\uff19])[\uff0c\uff0e](?=\S)|[\uff0c\uff0e](?=[^\s\d\uff10-\uff19])/g;
function spaceAfterFullwidth(input: string, s: string): { text: string; map: Int32Array | null } {
  if (!/[\uff0c\uff1b\uff1a\u3002\u3001\uff0e]/.test(input)) return { text: s, map: null };
  const parts: string[] = [];
  const map: number[] = [];
  let last = 0;
  for (const m of input.matchAll(FULLWIDTH_PUNCT_RE)) {
    const at = m.index + 1;
    for (let i = last; i < at; i++) map.push(i);
    parts.push(s.slice(last, at), " ");
    map.push(m.index);
    last = at;
  }
  if (last === 0) return { text: s, map: null };
  for (let i = last; i < s.length; i++) map.push(i);
  parts.push(s.slice(last));
  map.push(s.length);
  return { text: parts.join(""), map: Int32Array.from(map) };
}

function decodeEntities(s: string): { text: string; map: Int32Array | null } {
  if (!s.includes("&")) return { text: s, map: null };
  const re = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
  const parts: string[] = [];
  const map: number[] = [];
  let last = 0;
  let changed = false;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let rep: string | undefined;
    if (m[1] || m[2]) {
      const cp = m[1] ? Number(m[1]) : parseInt(m[2] ?? "0", 16);
      if (cp > 0 && cp <= 0x10ffff) rep = normalize(String.fromCodePoint(cp)).replace(/[\ud800-\udfff]/g, " ");
    } else rep = ENTITIES[(m[3] ?? "").toLowerCase()];
    if (rep === undefined) continue;
    for (let i = last; i < m.index; i++) map.push(i);
    parts.push(s.slice(last, m.index));
    for (let k = 0; k < rep.length; k++) map.push(m.index);
    parts.push(rep);
    last = m.index + m[0].length;
    changed = true;
  }
  if (!changed) return { text: s, map: null };
  for (let i = last; i < s.length; i++) map.push(i);
  parts.push(s.slice(last));
  map.push(s.length);
  return { text: parts.join(""), map: Int32Array.from(map) };
}

const BLOCK_TAGS = /^(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|title|td|th|blockquote|pre|hr)$/i;

function stripHtml(s: string): string {
  // Blank script/style/head content, then tags.
  s = s.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, (m) => m.replace(/[^\n]/g, " "));
  s = s.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, " "));
  return s.replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (m, tag: string) => {
    if (BLOCK_TAGS.test(tag)) return "\n" + " ".repeat(m.length - 1);
    return " ".repeat(m.length);
  });
}

const QUOTED_LINE_RE = /^[ \t]*>(?:[ \t]*>)*[ \t]?/gm;

/**
 * A forwarded or replied e-mail quotes the report with "> " before each line. When three lines or
 * more are quoted, the marks become spaces (same length, so offsets hold) and the lines read as the
 * report's own; one line starting with ">" ("> 100,000 mt capacity") stays as it is.
 */
export function unquoteMail(text: string): string {
  if (!quotesMail(text)) return text;
  return text.replace(QUOTED_LINE_RE, (m) => " ".repeat(m.length));
}

/** Three lines or more quoted with ">": a mail quoting a message (one line starting with ">" is a bound). */
const quotesMail = (text: string): boolean => (text.match(QUOTED_LINE_RE)?.length ?? 0) >= 3;

/**
 * The lines a reply quotes from the message it answers ("> " before each, three lines or more, as
 * unquoteMail reads them), as [start, end) offsets, when the text also has lines of its own with a
 * number in them (the reply): the quoted message is the older one. Empty for a text quoted whole
 * (a forwarded report) or one without quotes.
 */
export function quotedSpans(text: string): [number, number][] {
  if (!quotesMail(text)) return [];
  const spans: [number, number][] = [];
  let own = false;
  for (const m of text.matchAll(/^[^\n]*$/gm)) {
    const line = m[0];
    if (/^[ \t]*>/.test(line)) {
      const last = spans[spans.length - 1];
      if (last && last[1] >= m.index - 1) last[1] = m.index + line.length;
      else spans.push([m.index, m.index + line.length]);
    } else if (/\d/.test(line)) own = true;
  }
  return own ? spans : [];
}

/** A machine translation's words for SMM's terms (环比, 同比, 开工率, 周环比), with the terms they stand for (padded to the same length). */
const TRANSLATED_TERMS: readonly [RegExp, string][] = [
  [/\bweek(?:ly)? ring ratio\b/gi, "WoW"],
  [/\bring ratio\b/gi, "MoM"],
  [/\bsame ratio\b/gi, "YoY"],
  [/\bstart-?up rate\b/gi, "op rate"],
];

/**
 * A machine translation from Chinese writes MoM as "ring ratio" (环比), YoY as "same ratio" (同比)
 * and the operating rate as "start-up rate" (开工率). In a text that says "ring ratio", these become
 * the English terms, padded with spaces to the same length (offsets hold). A Chinese gloss in
 * brackets ("month-on-month (环比) increase 8.7%") is blanked in any text.
 */
export function translateTerms(text: string): string {
  // "month-on-month (环比) increase 8.7%": a Chinese gloss in brackets after an English term is blanked
  // (only inside a sentence, between lower-case words: a heading's gloss, "Alumina (氧化铝)", names the product)
  let out = /\([\u4e00-\u9fff]{1,8}\)/.test(text) ? text.replace(/(?<=[a-z] ?)\([\u4e00-\u9fff]{1,8}\)(?= +[a-z])/g, (m) => " ".repeat(m.length)) : text;
  if (!/\bring ratio\b/i.test(out)) return out;
  for (const [re, term] of TRANSLATED_TERMS) out = out.replace(re, (m) => term + " ".repeat(m.length - term.length));
  return out;
}

/**
 * A dashboard's text: box-drawing frames ("┌ TERNARY CATHODE MATERIAL ────") become spaces, so the
 * name stands alone on its line as a heading, and the arrows "▲ 20.6%" / "▼ 1.2%" become the signs
 * they show (same length).
 */
export function plainDashboard(text: string): string {
  if (!/[\u2500-\u257f\u25b2\u25bc\u2b06\u2b07\u2191\u2193]/.test(text)) return text;
  return (
    text
      .replace(/[\u2500-\u257f]/g, " ")
      .replace(/\u25b2(?= ?\d)/g, "+")
      .replace(/\u25bc(?= ?\d)/g, "-")
      // ("⬆️ 21.4% MoM" in a post, "↓ 2.6%": the sign goes right before the number, the emoji's selector and the space become spaces)
      .replace(/[\u2b06\u2191]\ufe0f? ?(?=\d)/g, (m) => `${" ".repeat(m.length - 1)}+`)
      .replace(/[\u2b07\u2193]\ufe0f? ?(?=\d)/g, (m) => `${" ".repeat(m.length - 1)}-`)
  );
}

/**
 * A box drawn with ASCII ("+-----+" borders, "| ... |" lines) and dot leaders ("MoM ........ +4.7%"),
 * as a research note's "key numbers" box: the borders and the side bars become spaces, and a leader
 * of four dots or more between a label and its value becomes ":" (same length), so each line reads
 * as "Label: value" (after the hard-break joiner, which leaves lines with a "|" alone).
 */
export function asciiBoxes(text: string): string {
  let out = text;
  if ((out.match(/^[ \t]*\+-{5,}\+[ \t]*$/gm) ?? []).length >= 2)
    out = out
      .replace(/^[ \t]*\+-{5,}\+[ \t]*$/gm, (m) => " ".repeat(m.length))
      .replace(/^([ \t]*)\|(.*)\|([ \t]*)$/gm, (_m, a: string, body: string, b: string) => `${a} ${body} ${b}`);
  if (!/\.{4}/.test(out)) return out;
  return out.replace(/(?<=[\w)%]) ?\.{4,} ?(?=[-+~]?\d|[A-Za-z])/g, (m) => `:${" ".repeat(m.length - 1)}`);
}

/**
 * A document exported with its tracked changes shown: "[deleted: 3.1%][inserted: 3.4%]" keeps only
 * the inserted text, and a reviewer's "[Comment H. Sun: ...]" goes (same length: the markup becomes
 * spaces), so the sentence reads as the final draft.
 */
export function trackedChanges(text: string): string {
  if (!/\[(?:deleted|inserted|comment)\b/i.test(text)) return text;
  return text
    .replace(/\[(?:deleted|comment)\b[^\]\n]*\]/gi, (m) => " ".repeat(m.length))
    .replace(/\[inserted:\s?([^\]\n]*)\]/gi, (m, ins: string) => {
      const lead = m.indexOf(ins, 9);
      return " ".repeat(lead) + ins + " ".repeat(m.length - lead - ins.length);
    });
}

const CUE_TIMING_RE = /^\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[^\n]*$/gm;

/**
 * A subtitle file (SRT or WebVTT: a cue's number, its timing "00:00:03,400 --> 00:00:07,900", then its
 * lines) splits sentences across cues: with three cues or more, the numbers and timings become spaces
 * and the cues' line breaks spaces (same length), so the speech reads as one paragraph of sentences.
 */
export function subtitleCues(text: string): string {
  const timings = text.match(CUE_TIMING_RE);
  if (!timings || timings.length < 3) return text;
  return text
    .replace(/^WEBVTT[^\n]*$/m, (m) => " ".repeat(m.length))
    .replace(/^(\d{1,5}[ \t]*\n)?(\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->[^\n]*)$/gm, (m) => m.replace(/[^\n]/g, " "))
    .replace(/\n/g, " ");
}

const DASH_CELLS_RE = / [-—–] /g;

/**
 * "Product — output (t) — m/m — y/y" over lines of the same shape: a table written with dashes
 * between the cells (normalised to "-"). When three lines or more in a row hold two or more dashes
 * with a space either side, those become "|" (same length) and the table reader reads the block.
 */
export function dashTables(text: string): string {
  if (!/ [-—–] .* [-—–] /.test(text)) return text;
  const ls = text.split("\n");
  const cells = ls.map((l) => (l.match(DASH_CELLS_RE) ?? []).length);
  let changed = false;
  for (let i = 0; i < ls.length;) {
    if ((cells[i] ?? 0) < 2) {
      i++;
      continue;
    }
    let j = i;
    while (j < ls.length && (cells[j] ?? 0) >= 2) j++;
    if (j - i >= 3) {
      for (let k = i; k < j; k++) ls[k] = (ls[k] ?? "").replace(DASH_CELLS_RE, (m) => `${m[0]}|${m[2]}`);
      changed = true;
    }
    i = j;
  }
  return changed ? ls.join("\n") : text;
}

/** A cell copied with the pipe that closed it: "Refined Copper |", "659 |", or the pipe alone ("|") after an empty cell or a cell's line. */
const PIPE_CELL_LINE_RE = /^[^|\n]*\|[ \t]*$/;

/**
 * A web page's table copied cell by cell with each cell's closing pipe ("Oct. (Preliminary Data) |",
 * "YoY |", "659 |"; an empty cell, or a cell whose pipe fell to the next line, leaves "|" alone on a
 * line): where eight lines or more in a row are such cells (a line with no pipe counts when a lone "|"
 * follows it), each pipe becomes a space (same length), so that the block is a table of one cell a line
 * with blank lines where the cells were empty, which `cellLineTables` reads.
 */
export function pipeCellLines(text: string): string {
  if (!/\|[ \t]*\n/.test(text)) return text;
  const ls = text.split("\n");
  const cell = (k: number): boolean =>
    PIPE_CELL_LINE_RE.test(ls[k] ?? "") || (!(ls[k] ?? "").includes("|") && (ls[k] ?? "").trim() !== "" && (ls[k + 1] ?? "").trim() === "|");
  let changed = false;
  for (let i = 0; i < ls.length;) {
    if (!cell(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < ls.length && cell(j)) j++;
    if (j - i >= 8) {
      for (let k = i; k < j; k++) ls[k] = (ls[k] ?? "").replace("|", " ");
      changed = true;
    }
    i = j;
  }
  return changed ? ls.join("\n") : text;
}

/** A cell of figures on a line of its own: "19,860", "+7.4%", "(4.1%)", "4,976*" (a mark after it), or one left empty ("-", "n/a"). */
const FIGURE_CELL_RE = /^(?:[-+]?\(?[-+]?\d[\d,]*(?:\.\d+)?\s?%?\)?\*{0,2}|n\.?\/?a\.?|na|-{1,2})$/i;
/** A heading on a line of its own: short, some letters, no sentence end ("Op. rate" keeps its abbreviation's stop). */
const HEADING_CELL_RE = /^(?=[^\n]*[a-z])[^\n;:!?]{0,39}[^\n;:!?]$/i;
/** A heading that ends with a full stop and is no abbreviation's ("Jan.-Sep." and "Oct. (E)" are headings). */
const SENTENCE_END_RE = /[a-z]{4,}\.$/i;
/** A month's name. */
const MONTH_WORD_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
/** A heading that names a measure ("Output (mt)", "MoM", "YoY", "Op. rate", "May 2021 f/c (mt)"). */
const MEASURE_HEADING_RE = /\b(?:output|production|mom|yoy|m\/m|y\/y|op(?:erating)?\.? rate|utili[sz]ation|capacity|change|chg)\b/i;

/**
 * A web page's table copied cell by cell: each cell on its own line, the header's cells first
 * ("Product", "Output (mt)", "MoM", "YoY"), then each row's ("Lithium carbonate", "19,860", "+7.4%",
 * "+64.5%"), blank lines between the cells or not. N heading lines (one naming a measure; or N-1 when the
 * header leaves the names' column unheaded, "Sep. (Preliminary Data)", "YoY", ...) then rows of a name
 * and N-1 figure cells: the line breaks inside each such row become a tab and the blank lines between
 * its cells spaces (same length), so the table reader reads the block as a sheet's rows (an unheaded
 * names' column gets the empty cell before a tab that ends the blank line above the header). The rows
 * stop at the first line that does not fit (a "Showing 1 to 9 of 9 entries" under the table); with
 * fewer than two rows that fit, nothing changes.
 */
export function cellLineTables(text: string): string {
  if (!/\n[ \t]*[-+(]?\d[\d,.]*%?\)?\*{0,2}[ \t]*\n/.test(text)) return text;
  const ls = text.split("\n");
  // the lines with text, in order (a cell per line, with or without blank lines between)
  const at = ls.flatMap((l, k) => (l.trim() ? [k] : []));
  const t = at.map((k) => (ls[k] ?? "").trim());
  const figure = (i: number): boolean => FIGURE_CELL_RE.test(t[i] ?? "");
  const name = (i: number): boolean => /[a-z]/i.test(t[i] ?? "") && !figure(i) && (t[i] ?? "").length <= 60 && !/[.;:!?]$/.test(t[i] ?? "");
  const heading = (h: string): boolean => HEADING_CELL_RE.test(h) && !FIGURE_CELL_RE.test(h) && !SENTENCE_END_RE.test(h);
  /** Lines (original numbering) whose line break becomes a tab, the blank lines after it up to the next cell spaces. */
  const tabbed = new Set<number>();
  /** Blank lines (original numbering) that end with the tab of an unheaded names' column. */
  const unheaded = new Set<number>();
  const join = (from: number, n: number): void => {
    for (let k = from; k < from + n - 1; k++) tabbed.add(at[k] as number);
  };
  for (let i = 1; i < t.length; i++) {
    // the first figure cell of the first row, after its name
    if (!figure(i) || figure(i - 1) || !/\d/.test(t[i] ?? "")) continue;
    let k = 0;
    while (figure(i + k)) k++;
    const n = k + 1;
    if (n < 3) continue;
    const headed = (m: number): boolean => {
      const head = i - 1 - m;
      if (head < 0) return false;
      const heads = t.slice(head, i - 1);
      return heads.every(heading) && heads.some((h) => MEASURE_HEADING_RE.test(h));
    };
    // (a header with no cell over the names: a blank line right above it takes the empty cell)
    // (a title above the headings, "Base metals output in May", names a measure or a month: no heading of the names)
    const full = headed(n) && !(MEASURE_HEADING_RE.test(t[i - 1 - n] ?? "") || MONTH_WORD_RE.test(t[i - 1 - n] ?? ""));
    const lineAbove = full ? -1 : (at[i - n] as number) - 1;
    if (!full && !(headed(n - 1) && lineAbove >= 0 && (ls[lineAbove] ?? "").trim() === "")) continue;
    const head = full ? i - 1 - n : i - n;
    const rows: number[] = [];
    for (let r = i - 1; r + n <= t.length && name(r); r += n) {
      let fits = true;
      for (let c = r + 1; c < r + n; c++) if (!figure(c)) fits = false;
      if (!fits) break;
      rows.push(r);
    }
    if (rows.length < 2) continue;
    join(head, full ? n : n - 1);
    if (!full) unheaded.add(lineAbove);
    for (const r of rows) join(r, n);
    i = (rows[rows.length - 1] ?? i) + n - 1;
  }
  if (!tabbed.size) return text;
  // each joined line's break and the blank lines up to the next cell become spaces ending in a tab (every offset kept)
  let out = "";
  for (let k = 0; k < ls.length; k++) {
    out += ls[k] ?? "";
    if (k === ls.length - 1) break;
    if (!tabbed.has(k)) {
      out += unheaded.has(k) ? "\t" : "\n";
      continue;
    }
    let gap = 1;
    while (k + 1 < ls.length - 1 && (ls[k + 1] ?? "").trim() === "" && !unheaded.has(k + 1)) gap += (ls[++k] ?? "").length + 1;
    out += " ".repeat(gap - 1) + "\t";
  }
  return out;
}

const MT_IS_MILLION_RE = /\bmt\s*(?:=|:|means|is|stands for)\s*(?:a\s+)?million\s+(?:metric\s+)?(?:tonnes|tons)\b/i;

/**
 * A text that defines "mt = million tonnes" (a slide deck: "Cu cathode 1.13mt") writes its figures'
 * "mt" as "Mt" (same length), the unit findFigures reads as million tonnes. Elsewhere "mt" is SMM's
 * metric ton.
 */
export function applyUnitDefinitions(text: string): string {
  if (!MT_IS_MILLION_RE.test(text)) return text;
  return text.replace(/(\d)(\s?)mt\b(?!\s*(?:=|:|means|is\b|stands))/g, "$1$2Mt");
}

const PERCENT_CHANGES_RE =
  /\b(?:(?:all\s+)?changes|(?:mom|yoy|m\/m|y\/y)(?:\s*(?:and|&|,|\/)\s*(?:mom|yoy|m\/m|y\/y))?)\s+(?:are\s+|all\s+)?(?:in|as)\s+(?:%|percent\b|per\s?cent\b)/i;

/**
 * A paste that declares its changes are in per cent ("tonnes in kt, changes in % unless i say pp",
 * "MoM/YoY in %"): its bare signed numbers next to a MoM/YoY marker are percentages
 * (`declarePercentChanges` in grammar.ts). A "pp" written stays pp.
 */
export function declaresPercentChanges(text: string): boolean {
  return PERCENT_CHANGES_RE.test(text);
}

const CHAT_PREFIX_RE =
  /^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},?[ \t]+\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?\]?[ \t]*:?[ \t]?/gm;

/**
 * A terminal chat's export puts the time first, then the writer and the firm: "16:41:39 KEVIN ZHAO, ABC SECURITIES: ...";
 * a desk channel's export, the time in brackets and the writer: "[08:52] Wei Zhang: ...".
 */
const TIME_FIRST_CHAT_PREFIX_RE =
  /^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},[ \t]*[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,4}|\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?\][ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]?/gm;

/**
 * A chat thread pasted from WeChat, Slack or Teams puts the writer and the time before each message
 * ("Zhang Hao 09:15: Refined nickel ...", "Wei Zhang  9:02 AM" on a line of its own); a terminal's
 * chat export puts the time first, then the writer and the firm ("16:41:39 KEVIN ZHAO, ABC
 * SECURITIES: ..."). When three lines or more start so, each prefix becomes a line break and spaces
 * (same length): a message is a paragraph of its own, and a line that held only the prefix is a
 * blank line between messages.
 */
export function unprefixChat(text: string): { text: string; writers: ChatWriter[] } {
  for (const re of [CHAT_PREFIX_RE, TIME_FIRST_CHAT_PREFIX_RE]) {
    // (a writer is a person: "[09:00] Refined Zinc: 590 kt" is a log of products, not a chat)
    const found = (text.match(re) ?? []).filter((m) => !NOT_A_WRITER_RE.test(m));
    if (found.length < 3) continue;
    const writers: ChatWriter[] = [];
    // (the first character becomes a line break: each message is a paragraph of its own)
    const out = text.replace(re, (m: string, ...rest: unknown[]) => {
      if (NOT_A_WRITER_RE.test(m)) return m;
      const at = rest.find((x) => typeof x === "number") as number;
      const who = m
        .replace(/\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?\]?/g, "")
        .replace(/[:,].*$/s, "")
        .trim()
        .toLowerCase();
      writers.push({ at, who });
      return "\n" + " ".repeat(m.length - 1);
    });
    return { text: out, writers };
  }
  return { text, writers: [] };
}

/** Words no writer's name has: a metal, a product, a measure ("[09:00] Refined Zinc:", "[09:05] Output:"). */
const NOT_A_WRITER_RE =
  /\b(?:copper|cathode|alumin(?:i)?um|alumina|zinc|lead|nickel|tin|npi|stainless|lithium|cobalt|silicon|polysilicon|manganese|magnesium|antimony|tungsten|molybdenum|rare|earths?|refined|primary|secondary|output|production|smm|update|forecast|outlook)\b/i;

/** Where a chat's message starts (its prefix's offset) and who wrote it (lower case). */
export interface ChatWriter {
  at: number;
  who: string;
}

/** The writer of the message a position is in (`writers` in text order). */
export function writerAt(writers: readonly ChatWriter[], pos: number): string | null {
  let lo = 0;
  let hi = writers.length - 1;
  let found: string | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = writers[mid] as ChatWriter;
    if (w.at <= pos) {
      found = w.who;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Words a sentence does not end on: a line that ends with one continues on the next. */
const CONTINUES_RE =
  /(?:,|\b(?:a|an|the|of|in|on|at|by|to|for|from|with|and|or|but|as|than|over|under|about|around|approximately|nearly|was|were|is|are|be|been|will|would|its|their|this|that|which))\s*$/i;
const BULLET_START_RE = /^\s*(?:[-•*▪–]|\(?\d{1,2}[.)]\s|\(?[a-h]\)\s|#)/;
/** A line that opens on a number, its unit and a dash: "24,650 mt — China's output ...", "3.8% — the decline". */
const NUMBER_DASH_LINE_RE = /^[+\-−]?\d[\d.,]*\s*(?:%|[A-Za-z/]+(?:\s+[A-Za-z/]+)?)?\s+[-—–]\s+\S/;

/**
 * Text copied from a PDF keeps the page's line breaks: "was approxi-\nmately 436,000 mt, up 4.6 per-\ncentage
 * points". Joins such lines (same length: a joining newline becomes a space, a word broken by a hyphen is
 * closed up and its two characters move after it) and blanks page furniture (bare page numbers, header and
 * footer lines that repeat) where it interrupts a sentence. Only long lines that end mid-sentence are joined,
 * so headings, bullets, tables and ordinary paragraphs stay as they are.
 */
export function unwrapHardBreaks(text: string): string {
  if (!text.includes("\n")) return text;
  const ls = text.split("\n");
  const counts = new Map<string, number>();
  for (const l of ls) {
    const t = l.trim();
    if (t.length >= 12) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  // (page numbers, "Page 4 of 5", a footnote rule "__________" and the footnotes under it, "⁴ Solar-grade ...", and a
  // running header or footer that repeats)
  const furniture = (t: string): boolean =>
    /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i.test(t) ||
    /^_{5,}$/.test(t) ||
    /^[¹²³⁴⁵⁶⁷⁸⁹]/.test(t) ||
    (t.length >= 12 && (counts.get(t) ?? 0) >= 2 && !/\d[%t]|\bmt\b/.test(t));
  // a text wrapped at a fixed width (a PDF's): its prose lines are at most some 60-100 characters, and five or more of
  // them come within 15 characters of that width and end mid-sentence (on a word in lower case or a comma)
  const prose = ls.map((l) => l.trimEnd()).filter((l) => l.trim().length >= 40 && !/[\t|]/.test(l));
  const width = prose.reduce((w, l) => Math.max(w, l.length), 0);
  const wrapped = width >= 60 && width <= 100 && prose.filter((l) => l.length >= width - 15 && /[a-z,]$/.test(l)).length >= 5;
  // (split into characters only when a join is made: most texts have none)
  let chars: string[] | null = null;
  let pos = 0;
  const starts = ls.map((l) => {
    const at = pos;
    pos += l.length + 1;
    return at;
  });
  for (let i = 0; i + 1 < ls.length; i++) {
    const cur = (ls[i] ?? "").trimEnd();
    // (a word broken by a hyphen joins whatever the line's length: "Output in July is ex-" + "pected")
    const broken = /[a-z]-$/.test(cur) && !/^\s*[-•*▪–]/.test(cur) && /^[a-z]/.test((ls[i + 1] ?? "").trim());
    // (a sheet's or a CSV export's rows are no wrapped prose: tabs, pipes, commas with no space after them)
    if (
      // (a short line that ends on "was", "of", "to" goes on when the next starts in lower case or with a number: "... output was" + "73,100 mt")
      (cur.trim().length < 45 && !broken && !(CONTINUES_RE.test(cur) && !/,\s*$/.test(cur) && /^[a-z0-9]/.test((ls[i + 1] ?? "").trim()))) ||
      /[.!?:;]["')\]]?$/.test(cur) ||
      cur.includes("\t") ||
      // (nor is a byline or a source line: "Source: https://..., January 2020" over "date 2020-02-10 China produced ...")
      /^\s*(?:source|by|author|editor|published|updated|posted)\s*:/i.test(cur) ||
      cur.includes("|") ||
      (cur.match(/,(?=[^\s\d])/g) ?? []).length >= 2 ||
      // (nor a screen's rows, columns aligned by runs of spaces, or its "-----" rules)
      (cur.match(/\S {3,}(?=\S)/g) ?? []).length >= 2 ||
      /^\s*(?:-{10,}|={10,})$/.test(cur) ||
      // (nor a record exported as keys and values: "product=copper_cathode; period=2025-03; ...", {"product": "LFP", ...},)
      (cur.match(/;\s*[A-Za-z_]\w*=/g) ?? []).length >= 2 ||
      /^\s*\{.*\}\s*,?$/.test(cur)
    )
      continue;
    // the next line of text, over blank lines and page furniture when the line ends on a word no sentence ends on
    let j = i + 1;
    // (a wrapped text's long line that ends with no stop goes on over a page break too: "to just 41,000" + "mt.")
    const strong = CONTINUES_RE.test(cur) || /-$/.test(cur) || (wrapped && cur.trim().length >= 60 && /[\w,]$/.test(cur));
    let paged = false;
    while (strong && j < ls.length && ((ls[j] ?? "").trim() === "" || furniture((ls[j] ?? "").trim())) && j - i < 14) {
      if ((ls[j] ?? "").trim()) paged = true;
      j++;
    }
    // (over blank lines only at a page break: a page number or a repeated header between)
    if (j > i + 1 && !paged) j = i + 1;
    const next = (ls[j] ?? "").trim();
    // (nor is a CSV export's row, "product,month,output_t,...", the rest of a sentence)
    // (nor is a sidebar's line that opens on its number and a dash, "3.8% — the month-on-month decline in output")
    if (
      !next ||
      BULLET_START_RE.test(ls[j] ?? "") ||
      NUMBER_DASH_LINE_RE.test(next) ||
      (next.match(/;\s*[A-Za-z_]\w*=/g) ?? []).length >= 2 ||
      (next.match(/,(?=[^\s\d])/g) ?? []).length >= 2
    )
      continue;
    const hyphen = /[a-z]-$/.test(cur) && /^[a-z]/.test(next);
    // (a word broken by a hyphen goes on in lower case: "certi-" over a page's footer does not join "DMC. Output ...")
    if (/[a-z]-$/.test(cur) && !hyphen && !CONTINUES_RE.test(cur)) continue;
    // (in a text wrapped at a fixed width, a long line that ends mid-sentence goes on in the next whatever its first letter:
    // "In March, SMM expects" + "Pr-Nd oxide output to rise by about 5% MoM.")
    const wrappedOn = wrapped && cur.trim().length >= 60 && (next.length >= 40 || /[.;,]$/.test(next));
    if (!(strong || hyphen || wrappedOn || /^[a-z0-9(%]/.test(next) || /^(?:MoM|YoY|QoQ|WoW|m\/m|y\/y|m-o-m|y-o-y)\b/.test(next))) continue;
    // blank what lies between (newlines, page numbers, repeated headers)
    const from = (starts[i] ?? 0) + cur.length;
    const to = (starts[j] ?? 0) + ((ls[j] ?? "").length - (ls[j] ?? "").trimStart().length);
    chars ??= text.split("");
    for (let k = from; k < to; k++) chars[k] = " ";
    if (hyphen) {
      // "approxi-" + "mately": the word closes up, and the places of the hyphen and the break go after it;
      // "year-on-" + "year" keeps its hyphen (a compound)
      const word = /^[a-z]+/.exec(next)?.[0] ?? "";
      const h = /-[a-z]+-$/.test(cur) ? from : from - 1;
      for (let k = 0; k < word.length; k++) chars[h + k] = word[k] ?? "";
      for (let k = h + word.length; k < to + word.length; k++) chars[k] = " ";
    }
  }
  return chars ? chars.join("") : text;
}

/** Non-empty lines with offsets (trimmed). */
export function lines(text: string): Span[] {
  const out: Span[] = [];
  let pos = 0;
  for (const raw of text.split("\n")) {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: pos + lead, end: pos + lead + t.length });
    pos += raw.length + 1;
  }
  return out;
}

const ABBREV =
  /\b(?:e\.g|i\.e|etc|approx|excl|incl|vs|no|nos|co|c|ca|ltd|inc|corp|dept|est|exp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|ms|dr|st|u\.s|fig)\.$/i;

/** A month's abbreviation ending a phrase: "in Sep.", "for Oct." ("Since Jan. Output rose" is a heading's phrase). */
const MONTH_ABBREV_END_RE = /\b(?:in|of|for|during|than|until|from|to)\s+(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;

/**
 * Sentences of a paragraph with offsets. Splits after . ! ? followed by space and a capital,
 * digit, quote or bracket (in a chat's message, typed in lower case, also a lower-case word), and also after a period glued to a capital ("month.After"),
 * but not inside numbers (1.0581) or after common abbreviations; a bracketed headline ("[SMM
 * Analysis: ...] In January, ...") ends where its bracket closes.
 */
export function sentences(p: Span, chat = false): Span[] {
  const out: Span[] = [];
  const t = p.text;
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c !== "." && c !== "!" && c !== "?" && c !== "]") continue;
    // "[SMM Analysis: Output Down 12.66% in January] In January 2025, ...": a bracketed headline is a sentence of its own
    if (c === "]" && !/^ +[A-Z]/.test(t.slice(i + 1, i + 3))) continue;
    const prev = t[i - 1] ?? "";
    const next = t[i + 1] ?? "";
    let cut = -1;
    if (c === "]") cut = i + 1;
    else if (next === " " || next === "") {
      // look at the first non-space character after
      let j = i + 1;
      while (t[j] === " ") j++;
      const n = t[j] ?? "";
      if (n === "" || /[A-Z0-9"'(\[*]/.test(n)) cut = i + 1;
      // (a chat message is typed in lower case: "... YoY +9.8. dec f/c 1,180 kt" is two sentences)
      else if (chat && c === "." && /[a-z]/.test(n)) cut = i + 1;
      // ("..., with the operating rate at 42%. output is anticipated to rise": a stop after a figure ends the sentence
      // even when the next one starts in lower case)
      else if (c === "." && /[\d%]/.test(prev) && /[a-z]/.test(n)) cut = i + 1;
    } else if (/[A-Z]/.test(next) && /[a-z)%]/.test(prev)) {
      cut = i + 1; // "production.After the festival"
    }
    if (cut < 0) continue;
    if (c === "." && /\d/.test(prev) && /\d/.test(next)) continue;
    // the abbreviations are at most 7 characters ("approx."): the 9 before the stop are enough to test
    const head = t.slice(Math.max(start, i - 8), i + 1);
    // ("China produced 5.95 million mt of alumina in Sep. Overall output ...": a month's abbreviation that ends a phrase
    // "in Sep." before a capitalised word ends the sentence)
    const monthEnd = c === "." && MONTH_ABBREV_END_RE.test(t.slice(Math.max(start, i - 12), i + 1)) && /^ +[A-Z][a-z]/.test(t.slice(i + 1, i + 4));
    // ("Is output lower than a year ago? No. Year on year, ...": "No." is a number's abbreviation only before a number)
    const answerNo = c === "." && /\bno\.$/i.test(head) && !/^ +(?:\d|[A-Z]\d)/.test(t.slice(i + 1, i + 4));
    if (c === "." && ABBREV.test(head) && !/\b(?:etc)\.$/i.test(head) && !monthEnd && !answerNo) continue;
    pushSentence(out, t, start, cut, p.start);
    start = cut;
  }
  pushSentence(out, t, start, t.length, p.start);
  return out;
}

/** Longer "sentences" (a table pasted as one line, a 5 MB text with no full stop) are cut into pieces. */
const MAX_SENTENCE = 1500;

function pushSentence(out: Span[], t: string, a: number, b: number, base: number): void {
  let s = a;
  let e = b;
  while (s < e && t[s] === " ") s++;
  while (e > s && t[e - 1] === " ") e--;
  while (e - s > MAX_SENTENCE) {
    // cut at the last clause break (or space) before the limit
    const window = t.slice(s, s + MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "));
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(" ");
    if (cut < MAX_SENTENCE / 2) cut = MAX_SENTENCE;
    const piece = t.slice(s, s + cut).trimEnd();
    if (piece) out.push({ text: piece, start: base + s, end: base + s + piece.length });
    s += cut;
    while (s < e && /[ ;,]/.test(t[s] ?? "")) s++;
  }
  if (e > s) out.push({ text: t.slice(s, e), start: base + s, end: base + e });
}

/** True when the text is mostly unprintable (a binary file read as text). */
export function looksBinary(s: string): boolean {
  const n = Math.min(s.length, 4096);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || c === 0xfffd) bad++;
  }
  return bad / n > 0.1;
}

/**
 * Every same-length step a pasted text goes through before it is read (offsets still point into the
 * paste): e-mail quotes, chat prefixes, dashboard frames, PDF line breaks, a "mt = million tonnes"
 * definition, a machine translation's terms, dash-separated tables. `chat` says the text was a chat
 * thread (each message then stands alone).
 */
/** Words an all-capitals line keeps capitalised when it is lowered: the house, the country, the months. */
const SHOUT_KEEP_RE =
  /\b(?:smm)\b|\b(?:china|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b/g;

/**
 * A newswire alert in capitals ("CHINA OCT REFINED COPPER OUTPUT RISES 2.1% M/M TO 1.18 MLN T - SMM", "* Y/Y +6.4%;
 * JAN-OCT 11.62 MLN T"): a line of four or more words with a number, nearly all its letters capitals, is read in lower
 * case (same length), its first letter, "SMM", "China" and the months capitalised again. Headings (no number), lines
 * laid out in columns and a legend's definitions ("JUL EST = SMM EXPECTATION OF JUL 2025 OUTPUT CHANGE M/M") stay.
 */
export function unshoutLines(text: string): string {
  if (!/[A-Z]{3}/.test(text) || !/\d/.test(text)) return text;
  return text.replace(/^[^\n]+$/gm, (line) => {
    // (the line's ASCII letters and capitals counted in one pass, no copies of the line)
    let letters = 0;
    let upper = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++;
      else if (!(c >= 97 && c <= 122)) continue;
      letters++;
    }
    // (a screen's or a table's line, its columns set apart by runs of spaces, is left as laid out)
    if (letters < 12 || !/\d/.test(line) || line.trim().split(/\s+/).length < 4 || /\S {3,}\S| = /.test(line)) return line;
    if (upper / letters < 0.85) return line;
    return line
      .toLowerCase()
      .replace(SHOUT_KEEP_RE, (w) => (w === "smm" ? "SMM" : w.charAt(0).toUpperCase() + w.slice(1)))
      .replace(/^([^A-Za-z]*)([a-z])/, (_m, lead: string, c: string) => lead + c.toUpperCase());
  });
}

/** The same-length rewrites of a paste, in order (each sees the text the one before it left). */
const PASTE_STEPS: ReadonlyArray<(text: string) => string> = [
  trackedChanges,
  subtitleCues,
  circaMarks,
  fractionPercents,
  spokenNumbers,
  multipleChanges,
  formerLatterMetrics,
  unmarkAnswers,
  unmarkFootnotes,
  plainEmphasis,
  pipeCellLines,
  cellLineTables,
  pipeFields,
  plainDashboard,
  unwrapHardBreaks,
  asciiBoxes,
  applyUnitDefinitions,
  translateTerms,
  dashTables,
];

export function preparePaste(normal: string): { text: string; chat: boolean; writers: ChatWriter[]; quoted: [number, number][] } {
  const unquoted = unshoutLines(unquoteMail(normal));
  const { text: unprefixed, writers } = unprefixChat(unquoted);
  return {
    text: PASTE_STEPS.reduce((t, step) => step(t), unprefixed),
    chat: unprefixed !== unquoted,
    writers,
    quoted: quotedSpans(normal),
  };
}

/**
 * A data line of "Label: value" fields divided by pipes ("Output: 521,200 mt | MoM: -3.5% | YoY: +4.1% | Jan-Nov: ..."),
 * not a table row (which starts with a pipe): each pipe becomes a ";" (same length), so that each field is a clause of its own
 * and a "Jan-Nov:" field's range does not reach the fields before it.
 */
export function pipeFields(text: string): string {
  if (!text.includes(" | ")) return text;
  return text.replace(/^(?!\s*\|)[^\n]*\s\|\s[^\n]*$/gm, (line) => {
    const fields = line.split(/\s\|\s/);
    // ("Output: 521,200 mt", and without the colon "output 28,600 mt", "YoY -9.8%": a label, then its number with a unit;
    // a heading "Dec 2023 (actual)" names a month, not a figure)
    // (a table's row has cells that are bare numbers: "Refined zinc | 561,200 | -6.26%"; such a line stays a row)
    const row = fields.some((f) => /^\s*[-+−~]?[\d,.]+\s*%?\s*$/.test(f));
    const labelled = fields.filter(
      (f) =>
        /[A-Za-z][\w ./()-]*:\s*[-+−~]?\s*\d/.test(f) ||
        (!row && /^\s*[A-Za-z][A-Za-z ./()-]{0,30}\s[-+−~]?\d[\d,.]*\s?(?:%|pp\b|mt\b|t\b|kt\b|tonnes\b|GW\b)/.test(f)),
    ).length;
    return fields.length >= 3 && labelled >= 3 ? line.replace(/(?<=\s)\|(?=\s)/g, ";") : line;
  });
}

/** Markdown's strong emphasis around words or figures on one line: "**-7.8%** MoM", "__Output__" (not "output__t", not "5.2%**"). */
const EMPHASIS_RE = /(?<![\w*])(\*\*|__)(?=[^\s*_])([^\n]{0,300}?[^\s*_])\1(?![\w*])/g;

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const NUMBER_WORD_SRC = String.raw`(?:${Object.keys(SMALL_NUMBERS).join("|")})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
/** A number spelled out, right before its unit (the slice before a unit word ends with it): "two ", "eighty-eight point four ". */
const SPOKEN_NUMBER_BEFORE_RE = new RegExp(
  String.raw`(?<![\w-])${NUMBER_WORD_SRC}(?:[ \t]+(?:${NUMBER_WORD_SRC}|hundred|thousand|point|and))*(?=[ \t]+$)`,
  "i",
);
/** The units a spelled-out number comes before. */
const SPOKEN_UNIT_RE = new RegExp(
  // ("eighteen thousand six hundred tonnes": a scale word followed by more of the number is inside it, no unit)
  String.raw`\b(?:percent|per[ \t]cent|percentage[ \t]points?|(?:million|billion|thousand)(?![ \t]+(?:${NUMBER_WORD_SRC}|hundred|and)\b)|tonnes?|tons?|mt)\b`,
  "gi",
);

/** The value of a spelled-out number ("eighteen thousand six hundred" -> "18600", "three point two eight" -> "3.28"); null if it does not read as one. */
function spokenValue(words: string[]): string | null {
  let total = 0;
  let current = 0;
  let decimals = "";
  let afterPoint = false;
  let last = "";
  for (const w of words) {
    if (w === "and") continue;
    if (w === "point") {
      if (afterPoint) return null;
      afterPoint = true;
      continue;
    }
    const parts = w.split("-");
    const n = parts.reduce((a, p) => a + (SMALL_NUMBERS[p] ?? NaN), 0);
    if (afterPoint) {
      if (!(n >= 0 && n <= 9) || parts.length > 1) return null;
      decimals += String(n);
    } else if (w === "hundred") {
      if (current === 0) return null;
      current *= 100;
    } else if (w === "thousand") {
      if (current === 0) return null;
      total += current * 1000;
      current = 0;
    } else {
      if (Number.isNaN(n)) return null;
      // ("twenty five": a ten and a unit; "five five" is no number)
      if (last && !/^(?:hundred|thousand)$/.test(last) && !(current % 10 === 0 && current % 100 !== 0 && n < 10)) return null;
      current += n;
    }
    last = w;
  }
  if (afterPoint && decimals === "") return null;
  const whole = total + current;
  return afterPoint ? `${whole}.${decimals}` : String(whole);
}

/** Words that make a multiple a description, not a figure: "nearly doubled", "more than halved", "roughly a threefold rise". */
const MULTIPLE_HEDGE_SRC = String.raw`nearly|almost|roughly|about|around|approximately|some|close\s+to|more\s+than|over|less\s+than|just\s+under|just\s+over|practically|virtually|effectively`;
/** A change stated as a multiple: "doubled", "tripled", "quadrupled", "halved" (with the verb of being before it, when any). */
const MULTIPLE_VERB_RE = new RegExp(
  String.raw`(?<!\b(?:${MULTIPLE_HEDGE_SRC})\s+)\b(?:(?:was|were|has\s+been|had\s+been|have\s+been|been)\s+)?(doubled|tripled|trebled|quadrupled|halved)\b`,
  "gi",
);
/** "a fourfold rise", "increased threefold": a multiple before a change noun or after a change verb. */
const FOLD_RE = new RegExp(
  String.raw`(?<!\b(?:${MULTIPLE_HEDGE_SRC})\s+(?:an?\s+)?)\b(?:(two|three|four|five|ten)|([2-9]|10))-?fold(?=\s+(?:rise|increase|jump|growth|gain|surge|expansion|rebound)\b)|(?<=\b(?:rose|increased|grew|jumped|climbed|surged|expanded)\s+)(?:(two|three|four|five|ten)|([2-9]|10))-?fold\b`,
  "gi",
);
const FOLD_TIMES: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, ten: 10 };
const right = (width: number, s: string): string => " ".repeat(Math.max(0, width - s.length)) + s;

/**
 * A change stated as a multiple becomes its percentage, right-aligned in the same length: "doubled" -> "up 100%",
 * "tripled" -> "up 200%", "was halved" -> "fell 50%", "a fourfold rise" -> "a 300% rise" (four times the level before).
 * A hedged multiple ("nearly doubled", "more than halved") and a fraction ("by a tenth", "a quarter lower") stay words:
 * they describe a change, they do not state it (no figure is rounded into being).
 */
export function multipleChanges(text: string): string {
  if (!/doubled|tripled|trebled|quadrupled|halved|fold/i.test(text)) return text;
  return text
    .replace(MULTIPLE_VERB_RE, (m: string, verb: string) => {
      const v = verb.toLowerCase();
      const word = v === "halved" ? (m.length > verb.length ? "fell 50%" : "-50%") : v === "doubled" ? "up 100%" : v === "quadrupled" ? "up 300%" : "up 200%";
      return word.length > m.length ? m : word + " ".repeat(m.length - word.length);
    })
    .replace(FOLD_RE, (m: string, w1?: string, d1?: string, w2?: string, d2?: string) => {
      const times = FOLD_TIMES[(w1 ?? w2 ?? "").toLowerCase()] ?? Number(d1 ?? d2);
      return right(m.length, `${(times - 1) * 100}%`);
    });
}

/** Output and the operating rate named as a pair, then "the former"/"the latter" in the same sentence (group 1 the first, 2 the second). */
const METRIC_PAIR_RE =
  /\b(output|production|operating rates?)\s+and\s+(?:the\s+)?(?:(?:industry|industry's|sector's|smelters'|plants'|its|their|national|average)\s+){0,2}(output|production|operating rates?)\b(?:[^.;\n]|\.(?=\d)){0,120}?\bthe\s+(?:former|latter)\b(?:[^.\n]|\.(?=\d)){0,160}/gi;

/**
 * A pair of measures and "the former"/"the latter" after it: "output and the operating rate both rose: the former reached
 * 512,400 mt, ... while the latter climbed 2.1 percentage points" names output, then the rate (right-aligned in the same
 * length: "    output", "   op rate"). Names of products are not rewritten: "the former" of two products stays unread.
 */
export function formerLatterMetrics(text: string): string {
  if (!/\bthe\s+(?:former|latter)\b/i.test(text)) return text;
  return text.replace(METRIC_PAIR_RE, (m: string, first: string, second: string) => {
    const isRate = (w: string): boolean => /^operating/i.test(w);
    if (isRate(first) === isRate(second)) return m;
    const word = (w: string): string => (isRate(w) ? "op rate" : "output");
    const head = m.indexOf(second) + second.length;
    return (
      m.slice(0, head) +
      m.slice(head).replace(/\bthe\s+(former|latter)\b/gi, (x: string, which: string) => right(x.length, word(/^former$/i.test(which) ? first : second)))
    );
  });
}

/** A British "c." (circa) glued to a number ("c.5 per cent", "c.3.79m t") becomes "~ " (same length): an approximate figure. */
export function circaMarks(text: string): string {
  return /\bc\.\d/.test(text) ? text.replace(/\bc\.(?=\d)/g, "~ ") : text;
}

/** A percentage's fraction in words before its unit: "one and a half percent", "half a percentage point", "a quarter of a percentage point". */
const FRACTION_PERCENT_RE = new RegExp(
  String.raw`(?<![\w-])(?:(${NUMBER_WORD_SRC})[ \t]+and[ \t]+(a[ \t]+half|a[ \t]+quarter|three[ \t]+quarters)|(half[ \t]+(?:of[ \t]+)?a|a[ \t]+half[ \t]+(?:of[ \t]+)?a|a[ \t]+quarter[ \t]+of[ \t]+a|three[ \t]+quarters[ \t]+of[ \t]+a))(?=[ \t]+(?:percent(?:age[ \t]+points?)?|per[ \t]cent)\b)`,
  "gi",
);
const fractionOf = (words: string): number => (/quarters/i.test(words) ? 0.75 : /quarter/i.test(words) ? 0.25 : 0.5);

/**
 * A percentage or a percentage point with a fraction in words ("declined by one and a half percent", "slipped a quarter of a
 * percentage point", "half a percentage point") becomes digits, right-aligned in the same length. (A fraction of the level,
 * "a quarter lower", "by a tenth", stays words: multipleChanges.)
 */
export function fractionPercents(text: string): string {
  if (!/\b(?:half|quarters?)\b/i.test(text)) return text;
  return text.replace(FRACTION_PERCENT_RE, (m: string, whole?: string, frac?: string, alone?: string) => {
    const w = whole ? spokenValue(whole.toLowerCase().split(/[ \t]+/)) : "0";
    if (w === null) return m;
    const v = String(Number(w) + fractionOf(frac ?? alone ?? ""));
    return v.length > m.length ? m : right(m.length, v);
  });
}

/**
 * Numbers spelled out before their unit ("up seven point six percent", "eighteen thousand six hundred tonnes", "roughly
 * sixty-five percent operating rate", a call's transcript) become digits, right-aligned in the same length: the words
 * before the digits become spaces.
 */
export function spokenNumbers(text: string): string {
  // (each unit word is looked at once, and only when a letter ends the words before it: "123 mt" has a figure already)
  let out: string[] | null = null;
  let last = 0;
  for (const u of text.matchAll(SPOKEN_UNIT_RE)) {
    const before = u.index - 1;
    if (!/[ \t]/.test(text[before] ?? "") || !/[a-z]/i.test(text[before - 1] ?? "")) continue;
    const from = Math.max(last, u.index - 80);
    const m = SPOKEN_NUMBER_BEFORE_RE.exec(text.slice(from, u.index));
    if (!m) continue;
    const v = spokenValue(m[0].toLowerCase().split(/[ \t]+/));
    if (v === null || v.length > m[0].length) continue;
    const at = from + m.index;
    // ("377.2 ten thousand mt": China's unit of ten thousand tonnes after a figure, no number of its own)
    if (/\d[ \t]*$/.test(text.slice(Math.max(0, at - 4), at))) continue;
    (out ??= []).push(text.slice(last, at), " ".repeat(m[0].length - v.length) + v);
    last = at + m[0].length;
  }
  return out ? out.join("") + text.slice(last) : text;
}

/**
 * Markdown's strong emphasis is blanked (same length): "(**-7.8%** MoM, **+11.5%** YoY)" reads as "(  -7.8%   MoM,   +11.5%   YoY)",
 * so that each figure keeps the comparison written after it.
 */
export function plainEmphasis(text: string): string {
  if (!text.includes("**") && !text.includes("__")) return text;
  return text.replace(EMPHASIS_RE, (_m, mark: string, inner: string) => `${" ".repeat(mark.length)}${inner}${" ".repeat(mark.length)}`);
}

/** An interview's answer marker opening a line: "A: ", "Answer: ", "A. ". */
const ANSWER_MARK_RE = /^([ \t]*)(?:A|Answer)\s*[:.)](?=\s)/gm;

/** An answer's marker is blanked (same length): "A: Up 27.1% MoM at 30,750 mt, ..." reads as its sentence; the question above heads it. */
export function unmarkAnswers(text: string): string {
  if (!/^[ \t]*(?:A|Answer)\s*[:.)]\s/m.test(text) || !/^[ \t]*(?:Q|Question)\s*[:.)]/m.test(text)) return text;
  return text.replace(ANSWER_MARK_RE, (m) => " ".repeat(m.length));
}

/** A footnote marker glued to a number or a percentage ("936,200[1]", "+4.3%[2]", "3.1%¹"). */
const FOOTNOTE_MARK_RE = /(?<=\d%?)(?:\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹])/g;

/** Footnote markers glued to numbers are blanked (same length): "509,600[3]" is the number 509,600, not a cell of text. */
export function unmarkFootnotes(text: string): string {
  return text.replace(FOOTNOTE_MARK_RE, (m) => " ".repeat(m.length));
}
