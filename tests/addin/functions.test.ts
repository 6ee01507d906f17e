/**
 * The =SMM.* wrappers with a stubbed CustomFunctions global (as office.js provides in Excel):
 * values, the error mapping, waiting for the load, and every kind of argument Excel can pass.
 */
import * as F from "../../src/functions/functions";
import { LOAD_WAIT_MS } from "../../src/functions/invoke";
import { excelError, toExcel } from "../../src/functions/excel-errors";
import { FUNCTIONS } from "../../src/core/query";
import type { FunctionName } from "../../src/core/query";
import { resetRuntime } from "../../src/runtime/state";
import { datasetJson, fakeFetch, FEB, installCustomFunctionsStub, JAN, StubCfError } from "./fixtures";

const BUNDLED = "https://addin.test/data/bundled.json";
const wrappers = F as unknown as Record<FunctionName, (...args: unknown[]) => unknown>;

/** Calls a wrapper the way Excel does and returns its value or the Excel error it gives. */
async function call(name: FunctionName, ...args: unknown[]): Promise<unknown> {
  try {
    return await wrappers[name](...args);
  } catch (e) {
    return e;
  }
}

const isExcelError = (v: unknown, code?: string): v is StubCfError => v instanceof StubCfError && (code === undefined || v.code === code);

beforeAll(() => installCustomFunctionsStub());

describe("with the dataset loaded", () => {
  beforeAll(async () => {
    await resetRuntime().start({ fetch: fakeFetch({ [BUNDLED]: datasetJson(JAN, FEB) }), bundledUrl: BUNDLED });
  });

  test("every contract function has a wrapper", () => {
    for (const name of Object.keys(FUNCTIONS)) expect(typeof wrappers[name as FunctionName]).toBe("function");
  });

  test("answers synchronously once loaded (no promise)", () => {
    const v = F.MOM("nickel", "2025-02");
    expect(v).toBe(-0.0569);
    expect(v instanceof Promise).toBe(false);
  });

  test("scalar functions", async () => {
    expect(await call("MOM", "Refined Nickel", "Feb 2025")).toBe(-0.0569);
    expect(await call("YOY", "copper-cathode", "2025-02")).toBe(0.1135);
    expect(await call("VALUE", "copper-cathode", "2025-02", "mom_chg")).toBe(44400);
    expect(await call("VALUE", "copper", "202502", "operating_rate", "actual")).toBe(0.8281);
    expect(await call("ACTUAL", "copper-cathode", "2025-02")).toBe(0.0438);
    expect(await call("ACTUAL", "copper-cathode", "2025-02", "yoy")).toBe(0.1135);
    expect(await call("FORECAST", "copper-cathode", "2025-02")).toBe(0.03);
    expect(await call("FORECAST", "copper-cathode", "2025-03")).toBe(0.05);
    expect(await call("MOM", "copper-cathode", "2025-03", "forecast")).toBe(0.05);
    expect(await call("MOM", "copper-cathode", "2025-03", "f")).toBe(0.05);
    expect(await call("SURPRISE", "copper-cathode", "2025-02")).toBeCloseTo(0.0438 - 0.03, 12);
    expect(await call("TREND", "nickel", "2025-02")).toBe("down slightly");
    expect(await call("TREND", "copper-cathode", "2025-02")).toBe("up");
    expect(await call("VALUE", "stainless-steel:300-series", "2025-02", "output")).toBe(2_900_000);
    const info = await call("INFO", "copper-cathode", "2025-02");
    expect(typeof info).toBe("string");
    expect(info as string).toMatch(/2025/);
  });

  test("spilling functions return 2-D arrays", async () => {
    const series = (await call("SERIES", "copper-cathode", "mom")) as unknown[][];
    expect(series).toEqual([
      ["2025-01", -0.02],
      ["2025-02", 0.0438],
    ]);
    expect(await call("SERIES", "copper-cathode", "mom", "2025-02", "2025-02")).toEqual([["2025-02", 0.0438]]);
    const table = (await call("TABLE", "2025-02")) as unknown[][];
    expect(table.length).toBeGreaterThanOrEqual(2);
    for (const row of table) expect(row).toHaveLength(3);
    expect(table.find((r) => r[0] === "copper-cathode")?.[2]).toBe(0.0438);
    const products = (await call("PRODUCTS")) as unknown[][];
    expect(products.length).toBeGreaterThan(10);
    for (const row of products) {
      expect(row).toHaveLength(3);
      for (const c of row) expect(typeof c).toBe("string");
    }
  });

  test("errors are CustomFunctions.Error values with messages", async () => {
    const unknownProduct = await call("MOM", "unobtainium", "2025-02");
    expect(isExcelError(unknownProduct, "#VALUE!")).toBe(true);
    expect((unknownProduct as StubCfError).message).toMatch(/unobtainium/);
    expect(isExcelError(await call("VALUE", "nickel", "2025-02", "outptu"), "#VALUE!")).toBe(true);
    expect(((await call("VALUE", "nickel", "2025-02", "outptu")) as StubCfError).message).toMatch(/output/);
    expect(isExcelError(await call("MOM", "nickel", "2025-02", "sideways"), "#VALUE!")).toBe(true);
    expect(isExcelError(await call("MOM", "nickel", "not a month"), "#VALUE!")).toBe(true);
    const missing = await call("MOM", "nickel", "2019-05");
    expect(isExcelError(missing, "#N/A")).toBe(true);
    expect((missing as StubCfError).message).toMatch(/2019-05/);
    expect(isExcelError(await call("SERIES", "refined-zinc", "mom"), "#N/A")).toBe(true);
    expect(isExcelError(await call("TABLE", "2019-05"), "#N/A")).toBe(true);
  });

  test("every argument type Excel can pass gives a value or #VALUE!/#N/A, never an exception", async () => {
    const samples: unknown[] = [
      "nickel",
      "2025-02",
      "",
      "   ",
      "mom",
      "forecast",
      "ÄÖ 镍 😀",
      "x".repeat(5000),
      0,
      1,
      -1,
      45700,
      45700.75,
      202502,
      1e308,
      -1e-308,
      NaN,
      Infinity,
      -Infinity,
      true,
      false,
      null,
      undefined,
      new Date(2025, 1, 14),
      new StubCfError("#N/A", "an error value"),
      { type: "Error", errorType: "NotAvailable" },
      { type: "Entity", text: "x" },
      [["nickel"]],
      [["2025-02"]],
      [[45700]],
      [[]],
      [],
      [
        ["a", "b"],
        ["c", "d"],
      ],
      [[null]],
      [["nickel", "2025-02"]],
    ];
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const arity = FUNCTIONS[name].params.length;
      const base: unknown[] = FUNCTIONS[name].params.map((p) =>
        p.kind === "product" ? "copper-cathode" : p.kind === "period" ? "2025-02" : p.kind === "measure" ? "mom" : "actual",
      );
      for (let i = 0; i < Math.max(arity, 1); i++) {
        for (const s of samples) {
          const args = [...base];
          args[i] = s;
          let out: unknown;
          try {
            out = wrappers[name](...args);
            if (out instanceof Promise) out = await out;
          } catch (e) {
            out = e;
          }
          const ok =
            typeof out === "number"
              ? Number.isFinite(out)
              : typeof out === "string"
                ? true
                : Array.isArray(out)
                  ? out.length > 0 &&
                    out.every((r) => Array.isArray(r) && r.length > 0 && r.every((c) => typeof c === "string" || (typeof c === "number" && Number.isFinite(c))))
                  : isExcelError(out) && (out.code === "#VALUE!" || out.code === "#N/A") && typeof out.message === "string" && out.message.length > 0;
          if (!ok) throw new Error(`SMM.${name} with argument ${i} = ${String(s)} gave ${String(out)}`);
        }
      }
    }
  });

  test("period forms: text, serials, YYYYMM, 1x1 ranges", async () => {
    for (const p of ["2025-02", "2025/02", "202502", 202502, "Feb 2025", "February 2025", 45700, [[45700]], [["2025-02"]]]) {
      expect(await call("MOM", "nickel", p)).toBe(-0.0569);
    }
    expect(isExcelError(await call("MOM", "nickel", [["2025-02", "2025-03"]]), "#VALUE!")).toBe(true);
  });

  test("omitted or blank optional arguments take their defaults", async () => {
    expect(await call("MOM", "nickel", "2025-02", null)).toBe(-0.0569);
    expect(await call("MOM", "nickel", "2025-02", "")).toBe(-0.0569);
    expect(await call("ACTUAL", "copper-cathode", "2025-02", undefined)).toBe(0.0438);
    expect(await call("SERIES", "copper-cathode", "mom", null, null, null)).toHaveLength(2);
  });
});

describe("before and around the load", () => {
  afterEach(() => jest.useRealTimers());

  test("a call before the load waits for it, then answers", async () => {
    const rt = resetRuntime();
    const pending = F.MOM("nickel", "2025-02");
    expect(pending).toBeInstanceOf(Promise);
    const spill = F.SERIES("copper-cathode", "mom");
    expect(spill).toBeInstanceOf(Promise);
    rt.start({ fetch: fakeFetch({ [BUNDLED]: datasetJson(FEB) }), bundledUrl: BUNDLED });
    await expect(pending).resolves.toBe(-0.0569);
    await expect(spill).resolves.toEqual([["2025-02", 0.0438]]);
  });

  test("an error before the load arrives as the promise's CustomFunctions.Error value", async () => {
    const rt = resetRuntime();
    const pending = F.MOM("unobtainium", "2025-02");
    rt.start({ fetch: fakeFetch({ [BUNDLED]: datasetJson(FEB) }), bundledUrl: BUNDLED });
    await expect(pending).resolves.toBeInstanceOf(StubCfError);
  });

  test("a failed load gives #N/A with the reason, and the functions keep answering", async () => {
    const rt = resetRuntime();
    await rt.start({ fetch: fakeFetch({ [BUNDLED]: 500 }), bundledUrl: BUNDLED });
    const e = await call("MOM", "nickel", "2025-02");
    expect(isExcelError(e, "#N/A")).toBe(true);
    expect((e as StubCfError).message).toMatch(/no SMM data is loaded/);
    expect((e as StubCfError).message).toMatch(/HTTP 500/);
    expect(isExcelError(await call("MOM", "unobtainium", "2025-02"), "#VALUE!")).toBe(true);
  });

  test("a missing bundled file is an empty dataset, said so", async () => {
    const rt = resetRuntime();
    await rt.start({ fetch: fakeFetch({}), bundledUrl: BUNDLED });
    expect(rt.loadStatus().sources.bundled.state).toBe("missing");
    const e = await call("TABLE", "2025-02");
    expect(isExcelError(e, "#N/A")).toBe(true);
    expect((e as StubCfError).message).toMatch(/npm run data/);
  });

  test("never #BUSY! forever: without a load the call gives #N/A after the wait limit", async () => {
    jest.useFakeTimers();
    resetRuntime(); // never started
    const pending = F.MOM("nickel", "2025-02") as Promise<unknown>;
    const settled = pending.then(
      (v) => ({ v }),
      (e: unknown) => ({ thrown: e }),
    );
    await jest.advanceTimersByTimeAsync(LOAD_WAIT_MS + 1);
    const r = (await settled) as { v?: unknown; thrown?: unknown };
    expect(r.thrown).toBeUndefined(); // the error is the promise's value, never a rejection
    expect(isExcelError(r.v, "#N/A")).toBe(true);
    expect((r.v as StubCfError).message).toMatch(/still loading/);
  });
});

describe("the error mapping (src/functions/excel-errors.ts)", () => {
  test("maps #VALUE! and #N/A, keeps the message, passes values through", () => {
    const v = excelError("#VALUE!", "bad") as StubCfError;
    expect(v).toBeInstanceOf(StubCfError);
    expect([v.code, v.message]).toEqual(["#VALUE!", "bad"]);
    expect((excelError("#N/A", "missing") as StubCfError).code).toBe("#N/A");
    expect(toExcel({ ok: true, value: 1.5 })).toBe(1.5);
    expect(toExcel({ ok: true, value: [["a", 1]] })).toEqual([["a", 1]]);
    // returned, not thrown: Excel's runtime shows a returned CustomFunctions.Error as the cell's error
    expect(toExcel({ ok: false, error: "#N/A", message: "m" })).toBeInstanceOf(StubCfError);
    expect((toExcel({ ok: false, error: "#N/A", message: "m" }) as StubCfError).message).toBe("m");
    expect(toExcel({ ok: true, value: NaN })).toBeInstanceOf(StubCfError);
    expect(((excelError("#N/A", "x".repeat(2000)) as StubCfError).message ?? "").length).toBeLessThanOrEqual(500);
  });
});
