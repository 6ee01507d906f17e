/**
 * Persistence of imported editions and of the team-source cache, behind two small interfaces so
 * that jest can use in-memory fakes and the add-in uses Office (see ./office.ts):
 *
 * - `KeyValueStore`: the local cache, shaped like `OfficeRuntime.storage` (string values,
 *   ~10 MB for the whole add-in, shared by every workbook on this machine).
 * - `WorkbookStore`: one custom XML part of the open workbook, so imported editions travel with
 *   the file (to a colleague, to another machine, to Excel on the web).
 *
 * Formats: both hold the store.ts dataset JSON (`readDatasetFile` validates it, so a corrupt
 * value loads what is valid and reports the rest). The XML part wraps that JSON as the escaped
 * text of one root element (no CDATA: report sentences may contain "]]>").
 *
 * Nothing here throws: every read and write returns what happened so the task pane can show it.
 */
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

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : "";
  });
}

/** The custom XML part for a set of editions. */
export function editionsToXml(editions: readonly Edition[], savedAt = new Date().toISOString()): string {
  const json = JSON.stringify(toDatasetFile(editions));
  return `<?xml version="1.0" encoding="UTF-8"?><${ROOT} xmlns="${XML_NAMESPACE}" version="1" savedAt="${savedAt}">${escapeXml(json)}</${ROOT}>`;
}

/** Reads the custom XML part back (tolerates an XML declaration, prefixes and CDATA). Never throws. */
export function xmlToEditions(xml: string): { editions: Edition[]; issues: Issue[] } {
  const m = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${ROOT}\\b[^>]*?(?:/>|>([\\s\\S]*)</(?:[A-Za-z_][\\w.-]*:)?${ROOT}\\s*>)`).exec(xml);
  if (!m) return { editions: [], issues: [{ code: "bad-row", message: "the workbook's SMM data part has no <smmDataset> element" }] };
  let body = m[1] ?? "";
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
  body = cdata ? (cdata[1] ?? "") : unescapeXml(body);
  if (body.trim() === "") return { editions: [], issues: [] };
  return readDatasetFile(body);
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
