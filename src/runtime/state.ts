/**
 * The add-in's shared in-memory state: ONE Dataset that the custom functions and the task pane
 * both read (they run in the same shared runtime, see manifest.xml).
 *
 * The dataset is three layers, rebuilt in this order so a later layer wins for the same edition:
 *   1. bundled  - `data/bundled.json` shipped with the add-in (missing -> empty, said so);
 *   2. team     - an optional HTTPS dataset URL, fetched at startup and on refresh, cached in the
 *                 local store for offline use (a failed fetch keeps the cached copy, said so);
 *   3. imported - reports the user imported into THIS workbook: kept in a custom XML part of the
 *                 workbook (travels with it; the truth for the workbook). Outside Excel (no
 *                 workbook) they are kept in the local store instead. Two workbooks never share
 *                 imported editions: nothing imported is read from or written to a store another
 *                 workbook also uses.
 *
 * `whenLoaded()` always settles: every step has a timeout and a failed step only marks its source;
 * a corrupt layer loses only itself (what is valid loads, the rest is reported).
 * Office-free: the Office adapters are injected (see ./office.ts); tests inject fakes.
 */
import { Dataset } from "../core/dataset";
import type { EditionOrigin } from "../core/dataset";
import type { MergeDiff } from "../core/merge";
import { mergeEditions } from "../core/merge";
import { toDatasetFile } from "../core/store";
import { validateEdition } from "../core/validate";
import type { Edition, Issue } from "../core/types";
import type { KeyValueStore, WorkbookStore, WriteOutcome } from "./persist";
import {
  errorText,
  readJson,
  readStoredEditions,
  readWorkbookEditions,
  STORAGE_KEYS,
  STORAGE_VALUE_LIMIT,
  writeJson,
  writeStoredEditions,
  writeWorkbookEditions,
} from "./persist";
import type { FetchLike, SourceLoad } from "./sources";
import { checkTeamUrl, DEFAULT_TIMEOUT_MS, describeLoad, fetchTeam, loadBundled, parseDataset } from "./sources";

export type SourceName = EditionOrigin; // "bundled" | "imported" | "team"
/** off: not configured; loading; ok; missing: nothing there; error: failed, nothing usable; stale: failed, cached copy in use. */
export type SourceState = "off" | "loading" | "ok" | "missing" | "error" | "stale";

export interface SourceStatus {
  source: SourceName;
  state: SourceState;
  /** One line for the task pane. */
  message: string;
  /** Edition ids this source contributes. */
  editions: string[];
  /** Rows or parts that were skipped as invalid. */
  issues: Issue[];
  /** When the data was fetched or saved (ISO time). */
  updatedAt?: string;
  url?: string;
}

export interface LoadStatus {
  phase: "idle" | "loading" | "ready" | "failed";
  message: string;
  /** Bumped whenever the dataset changes (Dataset.version). */
  version: number;
  sources: Record<SourceName, SourceStatus>;
  /** Persistence problems (local cache full, workbook not writable...). */
  warnings: string[];
}

export interface RuntimeDeps {
  fetch?: FetchLike;
  /** URL of the bundled dataset; null for none. */
  bundledUrl?: string | null;
  /** Local cache (OfficeRuntime.storage); null for none. */
  storage?: KeyValueStore | null;
  /** The workbook's custom XML part; null for none (not in Excel, or no ExcelApi 1.5). */
  workbook?: WorkbookStore | null;
  /** Team source used when the user has not set one. */
  defaultTeamUrl?: string | null;
  /** Timeout of each fetch, ms. */
  timeoutMs?: number;
  /** Timeout of each storage/workbook read, ms. */
  storeTimeoutMs?: number;
  /** Asks Excel to recalculate after the data changed (a full recalc: the functions are not volatile). */
  requestRecalc?: () => Promise<void> | void;
  now?: () => Date;
}

export interface ImportOptions {
  /** Per edition id: keys of figures of the earlier copy not to keep (see `mergeEditions`). */
  drop?: Record<string, readonly string[]>;
}

export interface ImportResult {
  /** Per edition: what changed in the dataset's copy of it. */
  diffs: MergeDiff[];
  /** Local cache write. */
  cache: WriteOutcome;
  /** Workbook part write. */
  workbook: WriteOutcome;
}

interface TeamCache {
  url: string;
  fetchedAt: string;
  file: unknown;
}

type Listener = (status: LoadStatus) => void;

const withTimeout = <T>(p: Promise<T>, ms: number, fallback: () => T): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback()), ms);
  });
  return Promise.race([p, t]).finally(() => timer !== undefined && clearTimeout(timer));
};

const source = (name: SourceName, state: SourceState, message: string): SourceStatus => ({ source: name, state, message, editions: [], issues: [] });

export class SmmRuntime {
  /** The one dataset. Never replaced: the task pane may keep a reference. */
  readonly dataset = new Dataset();
  private deps: RuntimeDeps = {};
  private started = false;
  private layers: Record<SourceName, Edition[]> = { bundled: [], team: [], imported: [] };
  private teamUrl: string | null = null;
  private status: LoadStatus = {
    phase: "idle",
    message: "SMM data has not started loading",
    version: 0,
    sources: {
      bundled: source("bundled", "loading", "not loaded yet"),
      team: source("team", "off", "no team source set"),
      imported: source("imported", "loading", "not loaded yet"),
    },
    warnings: [],
  };
  private listeners = new Set<Listener>();
  private loaded: Promise<Dataset>;
  private resolveLoaded!: (ds: Dataset) => void;
  /** Serialises writes to the stores. */
  private writes: Promise<unknown> = Promise.resolve();
  /** Background work (team refresh after a cached start), for tests and the task pane. */
  private pending = new Set<Promise<unknown>>();
  /**
   * The store of imported editions (the workbook's part; outside Excel the local cache) could not
   * be read at start-up (the read failed or timed out; not a store with bad content): writing now
   * would replace editions we never saw, so a write first reads it again and writes only once
   * that succeeds.
   */
  private importedUnread = false;

  constructor() {
    this.loaded = new Promise((resolve) => {
      this.resolveLoaded = resolve;
    });
  }

  /** Starts loading (once; later calls return the same promise). */
  start(deps: RuntimeDeps): Promise<Dataset> {
    if (this.started) return this.loaded;
    this.started = true;
    this.deps = deps;
    this.setStatus({ phase: "loading", message: "loading SMM data..." });
    this.load().then(
      () => this.resolveLoaded(this.dataset),
      (e: unknown) => {
        this.setStatus({ phase: "failed", message: `SMM data failed to load: ${errorText(e)}` });
        this.resolveLoaded(this.dataset);
      },
    );
    return this.loaded;
  }

  get isStarted(): boolean {
    return this.started;
  }

  /** True once the initial load settled (successfully or not): functions then answer synchronously. */
  isReady(): boolean {
    return this.status.phase === "ready" || this.status.phase === "failed";
  }

  /** Resolves when the initial load has settled (never rejects). */
  whenLoaded(): Promise<Dataset> {
    return this.loaded;
  }

  loadStatus(): LoadStatus {
    return { ...this.status, version: this.dataset.version, sources: { ...this.status.sources }, warnings: [...this.status.warnings] };
  }

  /** Called on every status or data change. Returns an unsubscribe function. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when background work (a team refresh, store writes) is done. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
    await this.writes;
  }

  /** The team-source URL in use, or null. */
  getTeamUrl(): string | null {
    return this.teamUrl;
  }

  /**
   * Imports editions (parsed reports), merged figure by figure over the copy the dataset holds
   * (`mergeEditions`): a figure the new text states replaces the earlier one, a figure only the
   * earlier copy states is kept (unless listed in `opts.drop`), the analyst's corrections carry
   * over. What is saved (local cache and workbook) is the imported text's figures, the user's
   * corrections and the imported copies' kept figures; figures kept from the bundled or team
   * edition are recomputed from those layers, so removing the import brings them back whole.
   */
  async importEditions(editions: readonly Edition[], opts: ImportOptions = {}): Promise<ImportResult> {
    await this.whenLoaded();
    const now = this.now().toISOString();
    const diffs: MergeDiff[] = [];
    await this.readImportedAgain();
    const byId = new Map(this.layers.imported.map((e) => [e.id, e] as const));
    const left: Issue[] = [];
    for (const raw of editions) {
      // what a later load would refuse is not saved either (the parser's rules, validate.ts)
      const { edition: e, issues: out } = validateEdition(raw);
      left.push(...out);
      const drop = opts.drop?.[e.id] ?? [];
      const view = this.dataset.getEdition(e.id);
      diffs.push(mergeEditions(view, e, { drop }).diff);
      const prev = byId.get(e.id);
      const stored = prev
        ? mergeEditions(prev, e, { from: "imported", drop }).edition
        : drop.length
          ? { ...e, dropped: [...new Set([...(e.dropped ?? []), ...drop])].sort() }
          : e;
      byId.set(e.id, { ...stored, importedAt: e.importedAt ?? now });
    }
    this.layers.imported = sortById([...byId.values()]);
    this.rebuild();
    this.setImportedStatus(
      `${this.layers.imported.length} imported edition(s)${left.length ? `; ${left.length} implausible figure(s) left out: ${left[0]?.message ?? ""}` : ""}`,
      left,
      now,
    );
    const saved = await this.persistImported();
    this.afterChange();
    return { diffs, ...saved };
  }

  /** Removes an imported edition (from memory, the local cache and the workbook). */
  async removeImported(id: string): Promise<ImportResult | null> {
    await this.whenLoaded();
    await this.readImportedAgain();
    const before = this.layers.imported.find((e) => e.id === id);
    if (!before) return null;
    this.layers.imported = this.layers.imported.filter((e) => e.id !== id);
    this.rebuild();
    this.setImportedStatus(`${this.layers.imported.length} imported edition(s)`, [], this.now().toISOString());
    const saved = await this.persistImported();
    this.afterChange();
    const removed = this.dataset.getEdition(id) ? [] : before.observations;
    return { diffs: [{ edition: id, isNew: false, over: "imported", added: [], revised: [], kept: [], removed, conflicting: [], unchanged: 0 }], ...saved };
  }

  /** Sets (or clears, with null/"") the team source and fetches it. */
  async setTeamUrl(url: string | null): Promise<SourceStatus> {
    await this.whenLoaded();
    if (!url || !url.trim()) {
      this.teamUrl = null;
      this.layers.team = [];
      this.rebuild();
      this.setSource(source("team", "off", "no team source set"));
      await this.queueWrite(async () => {
        const st = this.deps.storage;
        if (!st) return;
        await writeJson(st, STORAGE_KEYS.settings, { teamUrl: null });
        await writeJson(st, STORAGE_KEYS.teamCache, null);
      });
      this.afterChange();
      return this.status.sources.team;
    }
    const c = checkTeamUrl(url);
    if (!c.ok) {
      this.setSource({ ...this.status.sources.team, state: this.layers.team.length ? "stale" : "error", message: c.message });
      return this.status.sources.team;
    }
    this.teamUrl = c.url;
    this.layers.team = [];
    await this.queueWrite(async () => {
      if (this.deps.storage) await writeJson(this.deps.storage, STORAGE_KEYS.settings, { teamUrl: c.url });
    });
    return this.refreshTeam();
  }

  /** Fetches the team source again. On failure the cached copy stays in use and the status says so. */
  async refreshTeam(): Promise<SourceStatus> {
    const url = this.teamUrl;
    if (!url) return this.status.sources.team;
    this.setSource({ ...this.status.sources.team, state: "loading", message: `fetching ${url}...`, url });
    const r = await fetchTeam(this.deps.fetch, url, this.deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (url !== this.teamUrl) return this.status.sources.team; // changed meanwhile
    if (r.state === "ok") {
      const at = this.now().toISOString();
      const changed = !sameEditions(this.layers.team, r.editions);
      this.layers.team = r.editions;
      this.rebuild();
      this.setSource({
        source: "team",
        state: "ok",
        message: `team source: ${r.message}`,
        editions: r.editions.map((e) => e.id),
        issues: r.issues,
        updatedAt: at,
        url,
      });
      await this.queueWrite(async () => {
        const st = this.deps.storage;
        if (!st) return;
        const cache: TeamCache = { url, fetchedAt: at, file: toDatasetFile(r.editions) };
        const text = JSON.stringify(cache);
        if (text.length > STORAGE_VALUE_LIMIT) return this.warn(`team dataset not cached for offline use: too large (${Math.round(text.length / 1e6)} MB)`);
        const w = await writeJson(st, STORAGE_KEYS.teamCache, cache);
        if (!w.ok && w.message) this.warn(`team dataset not cached for offline use: ${w.message}`);
      });
      if (changed) this.afterChange();
    } else {
      const prev = this.status.sources.team;
      if (this.layers.team.length) {
        this.setSource({ ...prev, state: "stale", message: `${r.message}; using the cached copy from ${prev.updatedAt ?? "an earlier fetch"}`, url });
      } else {
        this.setSource({
          source: "team",
          state: r.state === "missing" ? "missing" : "error",
          message: `${r.message}; no cached copy`,
          editions: [],
          issues: r.issues,
          url,
        });
      }
    }
    return this.status.sources.team;
  }

  // ---------------------------------------------------------------------------------------------

  private now(): Date {
    return this.deps.now ? this.deps.now() : new Date();
  }

  private async load(): Promise<void> {
    const d = this.deps;
    const storeMs = d.storeTimeoutMs ?? 10_000;
    const timeoutMs = d.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const storeTimeout = (what: string) => () => ({
      editions: [] as Edition[],
      issues: [] as Issue[],
      found: false,
      error: `${what} did not answer within ${storeMs / 1000} s`,
    });

    const bundledP: Promise<SourceLoad> = d.bundledUrl
      ? loadBundled(d.fetch, d.bundledUrl, timeoutMs)
      : Promise.resolve({ state: "missing", editions: [], issues: [], message: "no bundled dataset configured" });
    const failed = (what: string) => (e: unknown) => ({ editions: [] as Edition[], issues: [] as Issue[], found: false, error: `${what}: ${errorText(e)}` });
    // imported editions: the workbook's part when there is a workbook (it is the truth for that
    // workbook, and the local store is shared by every workbook on this machine), else the local store
    const cachedP =
      d.storage && !d.workbook
        ? withTimeout(readStoredEditions(d.storage, STORAGE_KEYS.imported), storeMs, storeTimeout("the local cache")).catch(failed("the local cache"))
        : Promise.resolve(null);
    const workbookP = d.workbook
      ? withTimeout(readWorkbookEditions(d.workbook), storeMs, storeTimeout("the workbook")).catch(failed("the workbook"))
      : Promise.resolve(null);
    const settingsP = d.storage ? withTimeout(readJson<{ teamUrl?: unknown }>(d.storage, STORAGE_KEYS.settings), storeMs, () => null) : Promise.resolve(null);
    const teamCacheP = d.storage ? withTimeout(readJson<Partial<TeamCache>>(d.storage, STORAGE_KEYS.teamCache), storeMs, () => null) : Promise.resolve(null);
    const bundledSafe = bundledP.catch((e: unknown): SourceLoad => ({ state: "error", editions: [], issues: [], message: `bundled dataset: ${errorText(e)}` }));
    const [bundled, cached, workbook, settings, teamCache] = await Promise.all([
      bundledSafe,
      cachedP,
      workbookP,
      settingsP.catch(() => null),
      teamCacheP.catch(() => null),
    ]);

    // 1. bundled
    this.layers.bundled = bundled.editions;
    this.setSource({ source: "bundled", state: bundled.state, message: bundled.message, editions: bundled.editions.map((e) => e.id), issues: bundled.issues });

    // 2. imported: the workbook's part (in Excel) or the local cache (outside)
    this.layers.imported = sortById(workbook ? workbook.editions : (cached?.editions ?? []));
    this.importedUnread = !!(workbook ? workbook.error : cached?.error);
    const issues = [...(cached?.issues ?? []), ...(workbook?.issues ?? [])];
    const errors = [cached?.error, workbook?.error].filter((x): x is string => !!x);
    const parts: string[] = [];
    if (workbook?.found) parts.push(`${workbook.editions.length} in this workbook`);
    if (cached?.found) parts.push(`${cached.editions.length} in the local cache`);
    let msg = this.layers.imported.length
      ? `imported: ${describeLoad(this.layers.imported, issues)}${parts.length ? ` [${parts.join(", ")}]` : ""}`
      : "no imported editions";
    if (!this.layers.imported.length && issues.length) msg += `; ${issues.length} invalid part(s) skipped: ${issues[0]?.message ?? ""}`;
    if (errors.length) msg += `; ${errors.join("; ")}`;
    this.setSource({
      source: "imported",
      state: errors.length && !this.layers.imported.length ? "error" : "ok",
      message: msg,
      editions: this.layers.imported.map((e) => e.id),
      issues,
    });

    // 3. team: the user's setting, else the build's default
    const configured = settings && "teamUrl" in settings ? settings.teamUrl : undefined;
    const url = typeof configured === "string" ? configured : configured === null ? null : (d.defaultTeamUrl ?? null);
    this.rebuild();
    if (url) {
      const c = checkTeamUrl(url);
      if (!c.ok) {
        this.setSource({ ...source("team", "error", c.message), url });
      } else {
        this.teamUrl = c.url;
        const cache = teamCache && teamCache.url === c.url && teamCache.file !== undefined ? teamCache : null;
        if (cache) {
          const p = parseDataset(cache.file);
          this.layers.team = p.editions;
          const at = typeof cache.fetchedAt === "string" ? cache.fetchedAt : undefined;
          this.setSource({
            source: "team",
            state: "stale",
            message: `team source: cached copy${at ? ` from ${at}` : ""} (${p.message}); refreshing...`,
            editions: p.editions.map((e) => e.id),
            issues: p.issues,
            url: c.url,
            ...(at ? { updatedAt: at } : {}),
          });
          this.rebuild();
          this.track(this.refreshTeam()); // in the background: answer from the cache now
        } else {
          await this.refreshTeam(); // nothing cached: wait for it (it has its own timeout)
        }
      }
    }
    this.rebuild();
    const n = this.dataset.editionCount();
    this.setStatus({ phase: "ready", message: n ? `SMM data ready: ${n} edition(s)` : `no SMM data loaded (${this.problems() || "no source has editions"})` });
  }

  /** Problems of the sources, one line (for #N/A messages and the task pane). */
  problems(): string {
    return (["bundled", "team", "imported"] as const)
      .map((k) => this.status.sources[k])
      .filter((s) => s.state === "error" || s.state === "missing" || s.state === "stale" || s.issues.length > 0)
      .map((s) => s.message)
      .join("; ");
  }

  private rebuild(): void {
    const ds = this.dataset;
    ds.clear();
    // one edition that cannot be added loses only itself, never the layers after it
    const add = (e: Edition, origin: SourceName): void => {
      try {
        const lower = origin === "imported" ? ds.getEdition(e.id) : undefined;
        // an imported edition over the bundled or team copy of the same month: merged figure by figure
        ds.addEdition(lower ? mergeEditions(lower, e).edition : e, origin);
      } catch (err) {
        this.warn(`the ${origin} edition ${e.id} could not be loaded: ${errorText(err)}`);
      }
    };
    for (const origin of ["bundled", "team", "imported"] as const) for (const e of this.layers[origin]) add(e, origin);
  }

  /**
   * When the store of imported editions could not be read at start-up, reads it again before a
   * write: its editions join the imported layer (editions imported since then win), so a write
   * never replaces what we have not seen.
   */
  private async readImportedAgain(): Promise<void> {
    const { workbook: wb, storage } = this.deps;
    if (!this.importedUnread || (!wb && !storage)) return;
    const ms = this.deps.storeTimeoutMs ?? 10_000;
    const read = wb ? readWorkbookEditions(wb) : readStoredEditions(storage as KeyValueStore, STORAGE_KEYS.imported);
    const r = await withTimeout(read, ms, () => ({
      editions: [] as Edition[],
      issues: [] as Issue[],
      found: false,
      error: `no answer within ${ms / 1000} s`,
    })).catch((e: unknown) => ({ editions: [] as Edition[], issues: [] as Issue[], found: false, error: errorText(e) }));
    if (r.error) return;
    this.importedUnread = false;
    const mine = new Set(this.layers.imported.map((e) => e.id));
    this.layers.imported = sortById([...this.layers.imported, ...r.editions.filter((e) => !mine.has(e.id))]);
    this.rebuild();
  }

  private async persistImported(): Promise<{ cache: WriteOutcome; workbook: WriteOutcome }> {
    const eds = this.layers.imported;
    return this.queueWrite(async () => {
      const wb = this.deps.workbook;
      // in a workbook, its part is the only copy: the local store is shared with other workbooks
      const cache: WriteOutcome = wb
        ? { ok: false, code: "no-store", message: "imported editions are kept in the workbook, not in the local cache" }
        : !this.deps.storage
          ? { ok: false, code: "no-store", message: "no local cache in this environment" }
          : this.importedUnread
            ? { ok: false, message: "not kept in the local cache: it could not be read, and saving now would replace it (try again)" }
            : await writeStoredEditions(this.deps.storage, STORAGE_KEYS.imported, eds);
      const workbook: WriteOutcome = !wb
        ? { ok: false, message: "not saved into the workbook (no workbook access)" }
        : this.importedUnread
          ? { ok: false, message: "not saved into the workbook: its SMM data could not be read, and saving now would replace it (try again)" }
          : await writeWorkbookEditions(wb, eds);
      if (!cache.ok && cache.code !== "no-store" && this.deps.storage)
        this.warn(`imported editions not kept in the local cache: ${cache.message ?? "unknown error"}`);
      if (!workbook.ok && this.deps.workbook) this.warn(workbook.message ?? "could not save into the workbook");
      return { cache, workbook };
    });
  }

  private queueWrite<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.writes.then(fn, fn);
    this.writes = p.catch(() => undefined);
    return p;
  }

  private track(p: Promise<unknown>): void {
    const q = p.catch(() => undefined).finally(() => this.pending.delete(q));
    this.pending.add(q);
  }

  private afterChange(): void {
    if (!this.isReady() || !this.deps.requestRecalc) return;
    try {
      this.track(Promise.resolve(this.deps.requestRecalc()));
    } catch {
      /* recalculation is best effort */
    }
  }

  private warn(message: string): void {
    this.setStatus({ warnings: [...this.status.warnings.slice(-9), message] });
  }

  private setImportedStatus(message: string, issues: Issue[], at: string): void {
    this.setSource({ source: "imported", state: "ok", message, editions: this.layers.imported.map((e) => e.id), issues, updatedAt: at });
  }

  private setSource(s: SourceStatus): void {
    this.setStatus({ sources: { ...this.status.sources, [s.source]: s } });
  }

  private setStatus(patch: Partial<LoadStatus>): void {
    this.status = { ...this.status, ...patch, version: this.dataset.version };
    const snapshot = this.loadStatus();
    for (const l of [...this.listeners]) {
      try {
        l(snapshot);
      } catch {
        /* a listener's bug must not break loading */
      }
    }
  }
}

const sortById = (eds: readonly Edition[]): Edition[] => [...eds].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function sameEditions(a: readonly Edition[], b: readonly Edition[]): boolean {
  if (a.length !== b.length) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------------------------------------
// The singleton. Kept on globalThis so that two bundles in the same page (functions.js and
// taskpane.js) share one runtime even if a build ever duplicated this module.

const KEY = "__smmAddinRuntime";
type Holder = { [KEY]?: SmmRuntime };

export function getRuntime(): SmmRuntime {
  const g = globalThis as unknown as Holder;
  return (g[KEY] ??= new SmmRuntime());
}

/** Replaces the singleton (tests). */
export function resetRuntime(): SmmRuntime {
  const g = globalThis as unknown as Holder;
  g[KEY] = new SmmRuntime();
  return g[KEY];
}

/** The shared dataset (the same object for the life of the runtime). */
export const getDataset = (): Dataset => getRuntime().dataset;
export const whenLoaded = (): Promise<Dataset> => getRuntime().whenLoaded();
export const loadStatus = (): LoadStatus => getRuntime().loadStatus();
export const onChange = (listener: Listener): (() => void) => getRuntime().onChange(listener);
