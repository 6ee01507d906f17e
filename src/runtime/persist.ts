/**
 * Persistence of imported editions and of the team-source cache, behind two small interfaces so
 * that jest can use in-memory fakes and the add-in uses Office (see ./office.ts):
 *
 * - `KeyValueStore`: the local cache, shaped like `OfficeRuntime.storage` (string values,
 *   ~10 MB for the whole add-in, shared by every workbook on this machine): the team source's
 *   copy and settings; imported editions only outside Excel (no workbook).
 * - `WorkbookStore`: one custom XML part of the open workbook (src/excel/workbookPart.ts), the
 *   truth for the editions imported into that workbook: they travel with the file (to a
 *   colleague, to another machine, to Excel on the web) and never reach another workbook.
 *
 * Formats: both hold the store.ts dataset JSON (`readDatasetFile` validates it, so a corrupt
 * value loads what is valid and reports the rest). The XML part wraps that JSON as the escaped
 * text of one root element (no CDATA: report sentences may contain "]]>").
 *
 * Nothing here throws: every read and write returns what happened so the task pane can show it.
 */
import { DATASET_TEXT } from "../core/messages";
import { readDatasetFile, toDatasetFile } from "../core/store";
import type { Edition, Issue } from "../core/types";

/** The subset of `OfficeRuntime.storage` the add-in uses. */
export interface KeyValueStore {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/** The workbook's own copy of the imported editions (one custom XML part). */
export interface WorkbookStore {
  /** The XML of the add-in's part, or null when the workbook has none. */
  read(): Promise<string | null>;
  /** Replaces the part (null deletes it). */
  write(xml: string | null): Promise<void>;
}

export const STORAGE_KEYS = {
  imported: "smm.imported.v1",
  teamCache: "smm.team-cache.v1",
  settings: "smm.settings.v1",
} as const;

/**
 * Largest value written to the key-value store, in characters. OfficeRuntime.storage allows about
 * 10 MB for the whole add-in; imported editions and the team cache share it, so each gets less
 * than half. A larger value is not written (the workbook part still is) and the caller says so.
 */
export const STORAGE_VALUE_LIMIT = 4_000_000;

export const XML_NAMESPACE = "urn:smm-excel-addin:dataset:1";
const ROOT = "smmDataset";

/** An in-memory KeyValueStore: tests, and the fallback outside Office. */
export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  async getItem(key: string): Promise<string | null> {
    return this.data.get(key) ?? null;
  }
  async setItem(key: string, value: string): Promise<void> {
    this.data.set(key, value);
  }
  async removeItem(key: string): Promise<void> {
    this.data.delete(key);
  }
}

/** An in-memory WorkbookStore for tests. */
export class MemoryWorkbook implements WorkbookStore {
  xml: string | null = null;
  async read(): Promise<string | null> {
    return this.xml;
  }
  async write(xml: string | null): Promise<void> {
    this.xml = xml;
  }
}

export interface ReadOutcome {
  editions: Edition[];
  issues: Issue[];
  /** False when nothing was stored. */
  found: boolean;
  /** Set when the store itself failed (not when its content was partly invalid). */
  error?: string;
}

export interface WriteOutcome {
  ok: boolean;
  /** Why it was not written (too large, store failed...). */
  message?: string;
  /** "no-store": this environment has no such store (not a failure to warn about). */
  code?: "no-store";
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Largest workbook part read, in characters (16 M: four times the local cache's limit, far more
 * than years of editions with their sentences). A larger part is reported, not parsed: the shared
 * runtime also runs the functions, and reading is synchronous.
 */
export const XML_PART_LIMIT = 16_000_000;

/** Counts the work of reading a part (characters examined), so tests can check it is linear. */
export interface WorkMeter {
  steps: number;
}

/** XML 1.0 `Char`: what a character reference may name. */
const xmlChar = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/**
 * Unescapes the part's text. A character reference to no XML character (`&#x110000;`, `&#0;`, a
 * lone surrogate, twenty digits) becomes U+FFFD and is counted, instead of throwing.
 */
function unescapeXml(s: string, bad: { count: number; first: string }): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (all: string, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const digits = e.startsWith("#x") ? e.slice(2).replace(/^0+/, "") : e.slice(1).replace(/^0+/, "");
    const code = digits.length > 8 ? NaN : e.startsWith("#x") ? parseInt(digits || "0", 16) : parseInt(digits || "0", 10);
    if (Number.isFinite(code) && xmlChar(code)) return String.fromCodePoint(code);
    if (bad.count++ === 0) bad.first = all.length > 24 ? `${all.slice(0, 24)}...` : all;
    return "\uFFFD";
  });
}

const NAME_CHAR = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d || c === 0x3a;
const SPACE = (c: number): boolean => c === 0x20 || c === 0x9 || c === 0xa || c === 0xd;
/** "smmDataset" or "prefix:smmDataset". */
const isRootName = (name: string): boolean => name === ROOT || (name.endsWith(`:${ROOT}`) && name.indexOf(":") === name.length - ROOT.length - 1);

type RootScan = { ok: true; body: string } | { ok: false; message: string };

/**
 * Finds the root element's text in one pass forward (the first `<smmDataset` start tag) and one
 * pass backward (the last `</smmDataset>`): every character is examined a bounded number of
 * times, whatever the part holds (a regular expression took quadratic time on many openers).
 */
function scanRoot(xml: string, meter: WorkMeter): RootScan {
  const n = xml.length;
  let i = 0;
  let nameEnd = -1;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    meter.steps += (lt < 0 ? n : lt) - i + 1;
    if (lt < 0) break;
    let j = lt + 1;
    while (j < n && NAME_CHAR(xml.charCodeAt(j))) j++;
    meter.steps += j - lt;
    const next = j < n ? xml.charCodeAt(j) : -1;
    if (isRootName(xml.slice(lt + 1, j)) && (next === -1 || SPACE(next) || next === 0x3e || next === 0x2f)) {
      nameEnd = j;
      break;
    }
    i = j;
  }
  if (nameEnd < 0) return { ok: false, message: `the workbook's SMM data part has no <${ROOT}> element` };
  // the end of the start tag (">" outside quoted attribute values)
  let k = nameEnd;
  let quote = 0;
  for (; k < n; k++) {
    const c = xml.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) break;
  }
  meter.steps += k - nameEnd + 1;
  if (k >= n) return { ok: false, message: `the workbook's SMM data part has an unfinished <${ROOT}> start tag` };
  if (xml.charCodeAt(k - 1) === 0x2f) return { ok: true, body: "" }; // <smmDataset ... />
  const bodyStart = k + 1;
  // the last end tag: backwards over "</" candidates; each name is read up to the next "<" at most
  let from = n - 1;
  while (from >= bodyStart) {
    const e = xml.lastIndexOf("</", from);
    meter.steps += from - (e < 0 ? bodyStart : e) + 1;
    if (e < bodyStart) break;
    let j = e + 2;
    while (j < n && NAME_CHAR(xml.charCodeAt(j))) j++;
    let m = j;
    while (m < n && SPACE(xml.charCodeAt(m))) m++;
    meter.steps += m - e;
    if (isRootName(xml.slice(e + 2, j)) && xml.charCodeAt(m) === 0x3e) return { ok: true, body: xml.slice(bodyStart, e) };
    from = e - 1;
  }
  return { ok: false, message: `the workbook's SMM data part has no </${ROOT}> end tag` };
}

/** The custom XML part for a set of editions. */
export function editionsToXml(editions: readonly Edition[], savedAt = new Date().toISOString()): string {
  const json = JSON.stringify(toDatasetFile(editions));
  return `<?xml version="1.0" encoding="UTF-8"?><${ROOT} xmlns="${XML_NAMESPACE}" version="1" savedAt="${savedAt}">${escapeXml(json)}</${ROOT}>`;
}

/**
 * Reads the custom XML part back (tolerates an XML declaration, prefixes, CDATA and numeric
 * entities). Linear in the part's length, capped at `XML_PART_LIMIT` characters. Never throws: a
 * corrupt part loads what is valid and reports the rest as issues.
 */
export function xmlToEditions(xml: string, meter: WorkMeter = { steps: 0 }): { editions: Edition[]; issues: Issue[] } {
  try {
    if (typeof xml !== "string") return { editions: [], issues: [{ code: "bad-row", message: "the workbook's SMM data part is not text" }] };
    meter.steps += 1;
    if (xml.length > XML_PART_LIMIT) return { editions: [], issues: [{ code: "too-large", message: DATASET_TEXT.partTooLarge(xml.length, XML_PART_LIMIT) }] };
    const root = scanRoot(xml, meter);
    if (!root.ok) return { editions: [], issues: [{ code: "bad-row", message: root.message }] };
    const raw = root.body;
    meter.steps += raw.length;
    const t = raw.trim();
    const issues: Issue[] = [];
    let body: string;
    if (t.startsWith("<![CDATA[") && t.endsWith("]]>")) body = t.slice(9, -3);
    else {
      const bad = { count: 0, first: "" };
      body = unescapeXml(raw, bad);
      if (bad.count) issues.push({ code: "bad-row", message: DATASET_TEXT.badCharRefs(bad.count, bad.first) });
    }
    if (body.trim() === "") return { editions: [], issues };
    const r = readDatasetFile(body);
    meter.steps += body.length;
    return { editions: r.editions, issues: [...issues, ...r.issues] };
  } catch (e) {
    return { editions: [], issues: [{ code: "bad-row", message: `the workbook's SMM data part could not be read: ${errorText(e)}` }] };
  }
}

/** Reads stored dataset JSON. Never throws. */
export async function readStoredEditions(store: KeyValueStore, key: string): Promise<ReadOutcome> {
  let text: string | null;
  try {
    text = await store.getItem(key);
  } catch (e) {
    return { editions: [], issues: [], found: false, error: `could not read the local cache: ${errorText(e)}` };
  }
  if (text === null || text === undefined || text === "") return { editions: [], issues: [], found: false };
  const r = readDatasetFile(text);
  return { ...r, found: true };
}

/** Writes dataset JSON (or removes the key when there is nothing to keep). Never throws. */
export async function writeStoredEditions(store: KeyValueStore, key: string, editions: readonly Edition[]): Promise<WriteOutcome> {
  try {
    if (!editions.length) {
      await store.removeItem(key);
      return { ok: true };
    }
    const text = JSON.stringify(toDatasetFile(editions));
    if (text.length > STORAGE_VALUE_LIMIT) {
      return { ok: false, message: `too large for the local cache (${Math.round(text.length / 1e6)} MB of text, limit ${STORAGE_VALUE_LIMIT / 1e6} MB)` };
    }
    await store.setItem(key, text);
    return { ok: true };
  } catch (e) {
    return { ok: false, message: `could not write the local cache: ${errorText(e)}` };
  }
}

export async function readWorkbookEditions(wb: WorkbookStore): Promise<ReadOutcome> {
  let xml: string | null;
  try {
    xml = await wb.read();
  } catch (e) {
    return { editions: [], issues: [], found: false, error: `could not read the workbook's SMM data: ${errorText(e)}` };
  }
  if (xml === null || xml === undefined || xml.trim() === "") return { editions: [], issues: [], found: false };
  return { ...xmlToEditions(xml), found: true };
}

export async function writeWorkbookEditions(wb: WorkbookStore, editions: readonly Edition[]): Promise<WriteOutcome> {
  try {
    await wb.write(editions.length ? editionsToXml(editions) : null);
    return { ok: true };
  } catch (e) {
    return { ok: false, message: `could not save the editions into the workbook: ${errorText(e)}` };
  }
}

/**
 * Imported editions from the local cache and from the workbook, one per edition id: the one
 * imported last wins (by `importedAt`); on a tie or without dates, the workbook's copy.
 */
export function mergeImported(cached: readonly Edition[], workbook: readonly Edition[]): Edition[] {
  const byId = new Map<string, Edition>();
  for (const e of cached) byId.set(e.id, e);
  for (const e of workbook) {
    const other = byId.get(e.id);
    if (!other || (e.importedAt ?? "") >= (other.importedAt ?? "")) byId.set(e.id, e);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Small JSON records (settings, cache metadata). Never throws; bad JSON reads as null. */
export async function readJson<T extends object>(store: KeyValueStore, key: string): Promise<T | null> {
  try {
    const s = await store.getItem(key);
    if (!s) return null;
    const v: unknown = JSON.parse(s);
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as T) : null;
  } catch {
    return null;
  }
}

export async function writeJson(store: KeyValueStore, key: string, value: object | null): Promise<WriteOutcome> {
  try {
    if (value === null) await store.removeItem(key);
    else await store.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (e) {
    return { ok: false, message: `could not write the local cache: ${errorText(e)}` };
  }
}
