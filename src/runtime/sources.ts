/**
 * Where editions come from over HTTP: the bundled dataset shipped next to the add-in's pages
 * (`data/bundled.json`, built by `npm run data`) and the optional team source (an HTTPS URL of a
 * dataset JSON). Pure logic over an injected `fetch`, so jest drives it against a real local
 * server. Nothing here throws: every outcome is a value with a message for the task pane.
 */
import { DATASET_TEXT } from "../core/messages";
import { readDatasetFile } from "../core/store";
import type { Edition, Issue } from "../core/types";
import { errorText } from "./persist";

/** The part of a fetch body stream the add-in reads (WHATWG ReadableStream's reader). */
export interface BodyReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

/** The part of the WHATWG fetch API the add-in uses (the browser's fetch, or Node's in tests). */
export type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal; cache?: RequestCache; headers?: Record<string, string>; credentials?: RequestCredentials },
) => Promise<{
  ok: boolean;
  status: number;
  statusText: string;
  text(): Promise<string>;
  /** The body as a stream: read chunk by chunk so that a download stops at the byte cap. */
  body?: { getReader(): BodyReader } | null;
  headers?: { get(name: string): string | null };
}>;

export type FetchOutcome = { ok: true; text: string } | { ok: false; status?: number; message: string; code?: "too-large" };

export const DEFAULT_TIMEOUT_MS = 15_000;

import { MAX_DOWNLOAD_BYTES } from "../core/store";
export { MAX_DOWNLOAD_BYTES };
/** The cap on the bundled dataset, the add-in's own file (4x a team source's). */
export const MAX_BUNDLED_BYTES = 4 * MAX_DOWNLOAD_BYTES;

/**
 * Reads a response body up to `limit` bytes. Over the cap: cancels the stream and says so. Without
 * a stream (an old fetch), falls back to text() and checks its length afterwards.
 */
async function readCapped(res: Awaited<ReturnType<FetchLike>>, limit: number, what: string, abort: () => void): Promise<FetchOutcome> {
  const tooLarge = (): FetchOutcome => ({ ok: false, code: "too-large", message: DATASET_TEXT.tooManyBytes(what, limit) });
  const declared = Number(res.headers?.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    abort();
    return tooLarge();
  }
  const reader = res.body && typeof res.body.getReader === "function" ? res.body.getReader() : null;
  if (!reader) {
    const text = await res.text();
    return text.length > limit ? tooLarge() : { ok: true, text };
  }
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel("over the size limit").catch(() => undefined);
      abort();
      return tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join("") };
}

/** Fetches text with a hard timeout (the abort signal, and a race in case the fetch ignores it). */
export async function fetchText(
  fetchFn: FetchLike | undefined,
  url: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  maxBytes = MAX_DOWNLOAD_BYTES,
): Promise<FetchOutcome> {
  if (!fetchFn) return { ok: false, message: "this environment cannot download (no fetch function)" };
  const controller = typeof AbortController === "function" ? new AbortController() : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<FetchOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller?.abort();
      resolve({ ok: false, message: `no answer within ${Math.round(timeoutMs / 100) / 10} s (timed out)` });
    }, timeoutMs);
  });
  const attempt = (async (): Promise<FetchOutcome> => {
    try {
      const init: Parameters<FetchLike>[1] = { cache: "no-cache", headers: { Accept: "application/json" } };
      if (controller) init.signal = controller.signal;
      const res = await fetchFn(url, init);
      if (!res.ok) return { ok: false, status: res.status, message: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}` };
      return await readCapped(res, maxBytes, "the file", () => controller?.abort());
    } catch (e) {
      return { ok: false, message: `could not connect: ${errorText(e)}` };
    }
  })();
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

export interface SourceLoad {
  /** "ok": read (maybe with skipped rows); "missing": nothing there (404); "error": unusable. */
  state: "ok" | "missing" | "error";
  editions: Edition[];
  issues: Issue[];
  message: string;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Summary of what a dataset file gave: "2 editions (2025-01, 2025-02); 3 rows skipped". */
export function describeLoad(editions: readonly Edition[], issues: readonly Issue[]): string {
  const ids = editions.map((e) => e.id);
  let s = editions.length ? `${plural(editions.length, "edition")} (${ids.join(", ")})` : "no editions";
  if (issues.length) s += `; ${plural(issues.length, "problem")} skipped: ${issues[0]?.message ?? ""}${issues.length > 1 ? " ..." : ""}`;
  return s;
}

/** Parses fetched dataset text. A file with no usable edition and a problem is an error. */
export function parseDatasetText(text: string): SourceLoad {
  return parseDataset(text);
}

/** The same for a dataset already parsed from JSON (a cached copy) or its text. */
export function parseDataset(input: unknown): SourceLoad {
  const r = readDatasetFile(input);
  if (!r.editions.length && r.issues.length) {
    return { state: "error", editions: [], issues: r.issues, message: r.issues.map((i) => i.message).join("; ") };
  }
  return { state: "ok", editions: r.editions, issues: r.issues, message: describeLoad(r.editions, r.issues) };
}

/** The bundled dataset: a missing file (not built yet) is an empty dataset, not a failure. */
export async function loadBundled(fetchFn: FetchLike | undefined, url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<SourceLoad> {
  // the add-in's own file, built by `npm run data`: a larger cap than a team source's (a long history
  // with provenance can pass 16 MB), still bounded
  const f = await fetchText(fetchFn, url, timeoutMs, MAX_BUNDLED_BYTES);
  if (!f.ok) {
    if (f.status === 404)
      return { state: "missing", editions: [], issues: [], message: `no bundled dataset at ${url} (HTTP 404; run \`npm run data\` and rebuild)` };
    return { state: "error", editions: [], issues: [], message: `bundled dataset ${url}: ${f.message}` };
  }
  const p = parseDatasetText(f.text);
  return p.state === "ok" ? { ...p, message: `bundled: ${p.message}` } : { ...p, message: `bundled dataset ${url} is unusable: ${p.message}` };
}

/** The team source, fetched afresh. The caller keeps its cached copy when this fails. */
export async function fetchTeam(fetchFn: FetchLike | undefined, url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<SourceLoad> {
  const f = await fetchText(fetchFn, url, timeoutMs);
  if (!f.ok) return { state: f.status === 404 ? "missing" : "error", editions: [], issues: [], message: `team source ${url}: ${f.message}` };
  const p = parseDatasetText(f.text);
  return p.state === "ok" ? p : { ...p, message: `team source ${url} is not a valid SMM dataset: ${p.message}` };
}

/** A team-source URL must be HTTPS (plain HTTP only for localhost, for development and tests). */
export function checkTeamUrl(input: string): { ok: true; url: string } | { ok: false; message: string } {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    return { ok: false, message: `"${input}" is not a URL; give the https:// address of a dataset JSON file` };
  }
  const local = u.hostname === "localhost" || u.hostname === "127.0.0.1" || u.hostname === "[::1]";
  if (u.protocol !== "https:" && !(u.protocol === "http:" && local)) {
    return { ok: false, message: `the team source must be an https:// address (got ${u.protocol}//${u.host})` };
  }
  return { ok: true, url: u.toString() };
}
