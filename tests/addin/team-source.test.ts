/**
 * The team source (an HTTPS dataset URL; plain HTTP allowed for localhost) against a real local
 * HTTP server: fetched at startup and on refresh, cached for offline use; a failure (404, invalid
 * JSON, not a dataset, timeout, server down, a file over the byte cap) keeps the cached copy and
 * says so.
 */
import { callFunction } from "../../src/core/query";
import { MemoryStore, STORAGE_KEYS } from "../../src/runtime/persist";
import { checkTeamUrl, fetchText, loadBundled, MAX_BUNDLED_BYTES, MAX_DOWNLOAD_BYTES } from "../../src/runtime/sources";
import type { RuntimeDeps } from "../../src/runtime/state";
import { SmmRuntime } from "../../src/runtime/state";
import type { TestServer } from "./fixtures";
import { datasetJson, edition, FEB, JAN, MAR, nodeFetch, obs, startServer } from "./fixtures";

let server: TestServer;
const TEAM = "/team/smm.json";

beforeAll(async () => {
  server = await startServer();
  server.routes.set("/bundled.json", { body: datasetJson(FEB) });
  server.routes.set("/invalid.json", { body: "{ not json ]" });
  server.routes.set("/not-a-dataset.json", { body: JSON.stringify({ hello: "world" }) });
  server.routes.set("/slow.json", { hang: true });
  server.routes.set("/error.json", { status: 500, body: "boom" });
});
afterAll(() => server.close());
beforeEach(() => server.routes.set(TEAM, { body: datasetJson(JAN, MAR) }));

function deps(extra: Partial<RuntimeDeps> = {}): RuntimeDeps {
  return { fetch: nodeFetch, bundledUrl: server.url("/bundled.json"), timeoutMs: 500, ...extra };
}
async function started(extra: Partial<RuntimeDeps> = {}): Promise<SmmRuntime> {
  const rt = new SmmRuntime();
  await rt.start(deps(extra));
  return rt;
}
const mom = (rt: SmmRuntime, product: string, period: string) => callFunction(rt.dataset, "MOM", [product, period]);

describe("fetchText / loadBundled", () => {
  test("200, 404, 500, invalid JSON, timeout, connection refused", async () => {
    expect(await fetchText(nodeFetch, server.url("/bundled.json"), 1000)).toMatchObject({ ok: true });
    expect(await fetchText(nodeFetch, server.url("/nothing-here"), 1000)).toMatchObject({ ok: false, status: 404 });
    expect(await fetchText(nodeFetch, server.url("/error.json"), 1000)).toMatchObject({ ok: false, status: 500 });
    const t0 = Date.now();
    const slow = await fetchText(nodeFetch, server.url("/slow.json"), 300);
    expect(slow).toMatchObject({ ok: false });
    expect(!slow.ok && slow.message).toMatch(/timed out/);
    expect(Date.now() - t0).toBeLessThan(3000);
    const refused = await fetchText(nodeFetch, "http://127.0.0.1:9/none.json", 2000);
    expect(refused.ok).toBe(false);
    expect((await loadBundled(nodeFetch, server.url("/nothing-here"))).state).toBe("missing");
    expect((await loadBundled(nodeFetch, server.url("/invalid.json"))).message).toMatch(/not valid JSON/);
    expect((await loadBundled(nodeFetch, server.url("/not-a-dataset.json"))).state).toBe("error");
  });

  test("team URLs must be https (http only for localhost)", () => {
    expect(checkTeamUrl("https://team.example.com/smm.json").ok).toBe(true);
    expect(checkTeamUrl("http://localhost:8080/smm.json").ok).toBe(true);
    expect(checkTeamUrl("http://team.example.com/smm.json").ok).toBe(false);
    expect(checkTeamUrl("ftp://x/y").ok).toBe(false);
    expect(checkTeamUrl("not a url").ok).toBe(false);
  });
});

describe("team source in the runtime", () => {
  test("setting the URL fetches it and caches it; team editions join the bundled ones", async () => {
    const storage = new MemoryStore();
    const rt = await started({ storage });
    expect(rt.loadStatus().sources.team.state).toBe("off");
    const st = await rt.setTeamUrl(server.url(TEAM));
    expect(st).toMatchObject({ state: "ok", editions: ["2025-01", "2025-03"] });
    expect(mom(rt, "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 });
    expect(mom(rt, "nickel", "2025-02")).toEqual({ ok: true, value: -0.0569 }); // bundled
    expect(rt.dataset.getEdition("2025-03")?.origin).toBe("team");
    await rt.idle();
    expect(JSON.parse(storage.data.get(STORAGE_KEYS.settings) ?? "{}")).toEqual({ teamUrl: server.url(TEAM) });
    expect(JSON.parse(storage.data.get(STORAGE_KEYS.teamCache) ?? "{}")).toMatchObject({ url: server.url(TEAM) });
  });

  test("startup fetches the team source (build default) and waits for it when nothing is cached", async () => {
    const rt = await started({ storage: new MemoryStore(), defaultTeamUrl: server.url(TEAM) });
    expect(rt.loadStatus().sources.team.state).toBe("ok");
    expect(mom(rt, "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 });
  });

  for (const [what, route] of [
    ["404", undefined],
    ["invalid JSON", { body: "<html>proxy login</html>" }],
    ["a JSON file that is not a dataset", { body: "[1,2,3]" }],
    ["HTTP 500", { status: 500, body: "oops" }],
    ["a timeout", { hang: true }],
  ] as const) {
    test(`on restart, ${what} keeps the cached copy and says so`, async () => {
      const storage = new MemoryStore();
      const first = await started({ storage });
      await first.setTeamUrl(server.url(TEAM));
      await first.idle();

      if (route) server.routes.set(TEAM, route);
      else server.routes.delete(TEAM);
      const rt = await started({ storage });
      // answers from the cache immediately
      expect(mom(rt, "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 });
      await rt.idle(); // the background refresh fails
      const st = rt.loadStatus().sources.team;
      expect(st.state).toBe("stale");
      expect(st.message).toMatch(/cached copy/);
      expect(st.message).toMatch(what === "a timeout" ? /timed out/ : what === "404" ? /404/ : what === "HTTP 500" ? /500/ : /team source/);
      expect(mom(rt, "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 });
      expect(mom(rt, "nickel", "2025-02")).toEqual({ ok: true, value: -0.0569 });
    });
  }

  test("a failure with nothing cached is an error status; the other sources still answer", async () => {
    server.routes.set(TEAM, { body: "{ broken" });
    const rt = await started({ storage: new MemoryStore(), defaultTeamUrl: server.url(TEAM) });
    const st = rt.loadStatus().sources.team;
    expect(st.state).toBe("error");
    expect(st.message).toMatch(/not valid JSON/);
    expect(st.message).toMatch(/no cached copy/);
    expect(mom(rt, "nickel", "2025-02")).toEqual({ ok: true, value: -0.0569 });
    const na = mom(rt, "copper-cathode", "2025-03");
    expect(na.ok).toBe(false);
  });

  test("refresh picks up a changed file; a partly corrupt file loads its valid rows and reports the rest", async () => {
    const storage = new MemoryStore();
    const recalc = jest.fn();
    const rt = await started({ storage, requestRecalc: recalc });
    await rt.setTeamUrl(server.url(TEAM));
    const file = JSON.parse(datasetJson(edition("2025-03", [obs("2025-03", "copper-cathode", "2025-03", "mom", 0.07)]))) as {
      editions: { observations: unknown[] }[];
    };
    file.editions[0]!.observations.push({ product: "copper-cathode", period: "2025-03", basis: "actual", measure: "mom", value: "seven" });
    file.editions.push({ id: "garbage" } as never);
    server.routes.set(TEAM, { body: JSON.stringify(file) });
    const st = await rt.refreshTeam();
    expect(st.state).toBe("ok");
    expect(st.issues.length).toBe(2);
    expect(mom(rt, "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.07 });
    await rt.idle();
    expect(recalc).toHaveBeenCalled();
  });

  test("imported editions win over team editions; clearing the team source removes its editions", async () => {
    const storage = new MemoryStore();
    const rt = await started({ storage });
    await rt.setTeamUrl(server.url(TEAM));
    await rt.importEditions([edition("2025-03", [obs("2025-03", "copper-cathode", "2025-03", "mom", 0.099)])]);
    expect(mom(rt, "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.099 });
    await rt.removeImported("2025-03");
    expect(mom(rt, "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 });
    await rt.setTeamUrl(null);
    expect(rt.loadStatus().sources.team.state).toBe("off");
    expect(mom(rt, "copper-cathode", "2025-03").ok).toBe(false);
    await rt.idle();
    expect(storage.data.has(STORAGE_KEYS.teamCache)).toBe(false);
    // the cleared setting wins over the build's default on the next start
    const again = await started({ storage, defaultTeamUrl: server.url(TEAM) });
    expect(again.getTeamUrl()).toBeNull();
  });

  test("a team file over the byte cap is refused with a message; the cached copy stays in use", async () => {
    const storage = new MemoryStore();
    const first = await started({ storage });
    await first.setTeamUrl(server.url(TEAM));
    await first.idle();
    // over the cap (a 17 MB body, the cap is 16 MB): the download stops, the cached copy answers
    server.routes.set(TEAM, { body: " ".repeat(MAX_DOWNLOAD_BYTES + 1024 * 1024) + datasetJson(JAN, MAR) });
    const rt = await started({ storage, timeoutMs: 10_000 });
    await rt.idle();
    const st = rt.loadStatus().sources.team;
    expect(st.state).toBe("stale");
    expect(st.message).toMatch(/larger than the 16 MB limit; the download was stopped/);
    expect(mom(rt, "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 });
    // fetchText with a smaller cap, directly
    expect(await fetchText(nodeFetch, server.url("/bundled.json"), 1000, 100)).toMatchObject({ ok: false, code: "too-large" });
  });

  test("the bundled dataset, the add-in's own file, may pass the team cap (a long history) and stays bounded", async () => {
    server.routes.set("/big-bundled.json", { body: " ".repeat(MAX_DOWNLOAD_BYTES + 1024 * 1024) + datasetJson(JAN, MAR) });
    const ok = await loadBundled(nodeFetch, server.url("/big-bundled.json"), 10_000);
    expect(ok.state).toBe("ok");
    expect(ok.editions.map((e) => e.id)).toEqual(["2025-01", "2025-03"]);
    expect(MAX_BUNDLED_BYTES).toBe(4 * MAX_DOWNLOAD_BYTES);
  });

  test("a bad URL is refused with a message", async () => {
    const rt = await started({ storage: new MemoryStore() });
    const st = await rt.setTeamUrl("http://team.example.com/data.json");
    expect(st.state).toBe("error");
    expect(st.message).toMatch(/https/);
  });
});
