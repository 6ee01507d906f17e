/**
 * Small editions for the add-in tests (values made up in the shape of SMM's figures), a
 * CustomFunctions stub like the one Excel provides, and a real local HTTP server.
 */
import http from "http";
import type { AddressInfo } from "net";
import { toDatasetFile } from "../../src/core/store";
import type { Basis, Direction, Edition, Magnitude, Measure, Observation, TrendObservation } from "../../src/core/types";
import { callFunction } from "../../src/core/query";
import { MemoryStore } from "../../src/runtime/persist";
import type { FetchLike } from "../../src/runtime/sources";
import { SmmRuntime, type RuntimeDeps } from "../../src/runtime/state";

export function obs(edition: string, product: string, period: string, measure: Measure, value: number, basis: Basis = "actual", segment = ""): Observation {
  return {
    product,
    segment,
    period,
    basis,
    measure,
    value,
    unit: measure.includes("rate") || ["mom", "yoy", "ytd_yoy"].includes(measure) ? "%" : "mt",
    hedge: "exact",
    direction: value > 0 ? "up" : value < 0 ? "down" : "flat",
    magnitude: "none",
    provenance: { edition, section: product, sentence: `${product} ${measure} ${value} (test fixture)`, start: 0, end: 10 },
  };
}

export function trend(
  edition: string,
  product: string,
  period: string,
  direction: Direction,
  magnitude: Magnitude = "none",
  basis: Basis = "actual",
): TrendObservation {
  return {
    product,
    segment: "",
    period,
    basis,
    direction,
    magnitude,
    provenance: { edition, section: product, sentence: `${product} ${direction} (test fixture)`, start: 0, end: 10 },
  };
}

export function edition(id: string, observations: Observation[], trends: TrendObservation[] = [], source = "fixture"): Edition {
  return { id, source, sections: [], observations, trends, issues: [] };
}

/** February 2025: actuals for 2025-02, forecasts for 2025-03. */
export const FEB = edition(
  "2025-02",
  [
    obs("2025-02", "refined-nickel", "2025-02", "mom", -0.0569),
    obs("2025-02", "refined-nickel", "2025-02", "yoy", 0.12),
    obs("2025-02", "copper-cathode", "2025-02", "mom", 0.0438),
    obs("2025-02", "copper-cathode", "2025-02", "mom_chg", 44400),
    obs("2025-02", "copper-cathode", "2025-02", "yoy", 0.1135),
    obs("2025-02", "copper-cathode", "2025-02", "operating_rate", 0.8281),
    obs("2025-02", "copper-cathode", "2025-03", "mom", 0.05, "forecast"),
    obs("2025-02", "stainless-steel", "2025-02", "output", 2_900_000, "actual", "300-series"),
  ],
  [trend("2025-02", "refined-nickel", "2025-02", "down", "slight")],
);

/** January 2025: actuals for 2025-01, forecasts for 2025-02. */
export const JAN = edition("2025-01", [
  obs("2025-01", "copper-cathode", "2025-01", "mom", -0.02),
  obs("2025-01", "copper-cathode", "2025-01", "mom_chg", -21000),
  obs("2025-01", "copper-cathode", "2025-02", "mom", 0.03, "forecast"),
  obs("2025-01", "refined-nickel", "2025-01", "mom", 0.01),
]);

/** A third edition used as an "imported" report. */
export const MAR = edition(
  "2025-03",
  [obs("2025-03", "copper-cathode", "2025-03", "mom", 0.061), obs("2025-03", "refined-zinc", "2025-03", "mom", -0.01)],
  [],
  "smm-2025-03.txt",
);

export const datasetJson = (...eds: Edition[]): string => JSON.stringify(toDatasetFile(eds));

/** A product's MoM as =SMM.MOM answers it: the value, or the error. */
export const mom = (rt: SmmRuntime, product: string, period: string): unknown => {
  const r = callFunction(rt.dataset, "MOM", [product, period]);
  return r.ok ? r.value : r.error;
};

/** Node's fetch as the runtime's FetchLike. */
export const nodeFetch: FetchLike = (url, init) => fetch(url, init);

/** A fetch that serves fixed bodies by URL (no network), for tests that are not about HTTP. */
export function fakeFetch(routes: Record<string, string | number>): FetchLike {
  return async (url) => {
    const r = routes[url];
    if (r === undefined || typeof r === "number") {
      const status = typeof r === "number" ? r : 404;
      return { ok: false, status, statusText: status === 404 ? "Not Found" : "Error", text: async () => "" };
    }
    return { ok: true, status: 200, statusText: "OK", text: async () => r };
  };
}

/** A runtime started over `routes` (fakeFetch, the bundled dataset at `bundledUrl`), its loads done. */
export async function startedRuntime(bundledUrl: string, routes: Record<string, string | number>, extra: Partial<RuntimeDeps> = {}): Promise<SmmRuntime> {
  const rt = new SmmRuntime();
  await rt.start({ fetch: fakeFetch(routes), bundledUrl, timeoutMs: 2000, storeTimeoutMs: 2000, ...extra });
  await rt.idle();
  return rt;
}

/** A KeyValueStore whose writes fail (quota exceeded, storage gone) while `failing` is set. */
export class FailingStore extends MemoryStore {
  failing = false;
  override async setItem(key: string, value: string): Promise<void> {
    if (this.failing) throw new Error("QuotaExceededError: the quota has been exceeded");
    return super.setItem(key, value);
  }
}

// ---- CustomFunctions stub (what office.js provides in Excel): one, shared with the bench ---------

export { CfError as StubCfError, installCustomFunctions as installCustomFunctionsStub } from "../../bench/runtime-setup";

// ---- a real local HTTP server ------------------------------------------------------------------

export type Route = { status?: number; body?: string; contentType?: string; hang?: boolean };

export interface TestServer {
  url: (path: string) => string;
  routes: Map<string, Route>;
  hits: Map<string, number>;
  close: () => Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const r = routes.get(path);
    if (!r) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    if (r.hang) return; // never answers: the client must time out
    res.writeHead(r.status ?? 200, { "Content-Type": r.contentType ?? "application/json", "Access-Control-Allow-Origin": "*" });
    res.end(r.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    routes,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
