/**
 * Fuzzing the =SMM.* functions (issue 6, hardening) with every kind of argument Excel can pass:
 * text, numbers (serials, YYYYMM, NaN, +-Infinity, huge), booleans, null/undefined (empty cells,
 * omitted arguments), huge strings, unicode (CJK, emoji, lone surrogates, RTL, combining marks),
 * 2-D arrays (ranges, ragged, empty, nested), dates, and error-like objects. Through the wrappers
 * (src/functions, with a stubbed CustomFunctions global) and through the core's callFunction.
 * Never an uncaught exception; every result is a value or {error: "#VALUE!"|"#N/A", message}.
 */
import { Rng } from "../../bench/prng";
import { Dataset } from "../../src/core/dataset";
import type { FunctionName } from "../../src/core/query";
import { callFunction, FUNCTIONS } from "../../src/core/query";
import { parseReport } from "../../src/core/report/parse";
import * as F from "../../src/functions/functions";
import { MAX_MESSAGE_LENGTH } from "../../src/functions/excel-errors";
import type { Edition } from "../../src/core/types";
import { CfError, installCustomFunctions, startRuntimeWith } from "../../bench/runtime-setup";
import { sources } from "./corpus";

const wrappers = F as unknown as Record<FunctionName, (...args: unknown[]) => unknown>;
const NAMES = Object.keys(FUNCTIONS) as FunctionName[];

function editions(): Edition[] {
  const out: Edition[] = [];
  const ds = new Dataset();
  for (const s of sources()) {
    const r = parseReport(s.text, { fileName: s.name, catalog: ds.catalog });
    if (r.edition) out.push(r.edition);
  }
  return out;
}

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error("a getter that throws");
    },
  },
);

/** What Excel (or a confused caller) can hand a custom function. */
const SAMPLES: unknown[] = [
  // text
  "nickel",
  "Refined Nickel",
  "copper-cathode",
  "stainless-steel:300-series",
  "npi:metal-content",
  "copper:",
  ":",
  "::",
  "nickel:unknown-seg",
  "2025-02",
  "Feb 2025",
  "202502",
  "mom",
  "operating rate",
  "forecast",
  "f",
  "actual",
  "",
  " ",
  "\t\n",
  '=SMM.MOM("nickel","2025-02")',
  "#N/A",
  "#VALUE!",
  "TRUE",
  "null",
  "undefined",
  "NaN",
  "-0",
  "1e308",
  "0x1F",
  // unicode
  "镍",
  "电解铜",
  "２０２５－０２",
  "٢٠٢٥-٠٢",
  "Ñíquel",
  "ＮＩＣＫＥＬ",
  "nic\u0301kel",
  "\u202Enickel",
  "😀",
  "\uD800",
  "\uDFFF\uD800",
  "\u0000",
  "\uFEFFnickel",
  "n\u200Bickel",
  // long strings (100,000 characters: see the repros found by the fuzzer, below)
  "x".repeat(2000),
  "nickel".repeat(400),
  "2025-02 ".repeat(250),
  "operating_rate".repeat(150),
  // numbers
  0,
  1,
  -1,
  0.5,
  45700,
  45700.75,
  202502,
  202513,
  190001,
  999912,
  2958465,
  2958466,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER,
  NaN,
  Infinity,
  -Infinity,
  -0,
  // booleans, empties
  true,
  false,
  null,
  undefined,
  // dates and objects
  new Date(2025, 1, 14),
  new Date(NaN),
  { type: "Error", errorType: "NotAvailable" },
  { type: "Entity", text: "nickel", properties: {} },
  { valueOf: () => 45700 },
  { toString: () => "nickel" },
  new CfError("#N/A", "error value"),
  new Error("boom"),
  throwing,
  Symbol("s"),
  10n,
  () => "nickel",
  // 2-D arrays (ranges)
  [["nickel"]],
  [["2025-02"]],
  [[45700]],
  [[]],
  [],
  [[null]],
  [[undefined]],
  [
    ["a", "b"],
    ["c", "d"],
  ],
  [["nickel", "2025-02"]],
  [["nickel"], ["copper"]],
  [[["nested"]]],
  [[1, 2], [3]],
  new Array(3),
  Array.from({ length: 1000 }, () => ["x"]),
  [[NaN]],
  [[Infinity]],
];

type Outcome = { kind: "value"; value: unknown } | { kind: "error"; code: unknown; message: unknown } | { kind: "exception"; error: unknown };

function validValue(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v === "string") return true;
  if (Array.isArray(v)) {
    if (v.length === 0) return false;
    const width = Array.isArray(v[0]) ? v[0].length : -1;
    return v.every(
      (r) => Array.isArray(r) && r.length === width && r.length > 0 && r.every((c) => typeof c === "string" || (typeof c === "number" && Number.isFinite(c))),
    );
  }
  return false;
}

const show = (args: unknown[]): string =>
  args
    .map((a) => {
      try {
        const s =
          typeof a === "string"
            ? JSON.stringify(a)
            : typeof a === "bigint" || typeof a === "symbol" || typeof a === "function"
              ? String(a)
              : (JSON.stringify(a) ?? String(a));
        return s.length > 60 ? `${s.slice(0, 60)}...(${s.length})` : s;
      } catch {
        return "<unprintable>";
      }
    })
    .join(", ");

function viaWrapper(name: FunctionName, args: unknown[]): Outcome {
  try {
    const v = wrappers[name](...args);
    if (v instanceof Promise) return { kind: "exception", error: "a promise although the data is loaded" };
    if (v instanceof CfError) return { kind: "error", code: v.code, message: v.message };
    return { kind: "value", value: v };
  } catch (e) {
    return { kind: "exception", error: e }; // the wrappers return their errors, they never throw
  }
}

function viaCore(ds: Dataset, name: FunctionName, args: unknown[]): Outcome {
  try {
    const r = callFunction(ds, name, args);
    return r.ok ? { kind: "value", value: r.value } : { kind: "error", code: r.error, message: r.message };
  } catch (e) {
    return { kind: "exception", error: e };
  }
}

function badness(o: Outcome, maxMessage: number): string | null {
  if (o.kind === "exception") return `uncaught exception: ${o.error instanceof Error ? o.error.stack : String(o.error)}`;
  if (o.kind === "value") return validValue(o.value) ? null : `invalid value ${show([o.value])}`;
  if (o.code !== "#VALUE!" && o.code !== "#N/A") return `error code ${String(o.code)}`;
  if (typeof o.message !== "string" || o.message.trim() === "") return "error without a message";
  if (o.message.length > maxMessage) return `message of ${o.message.length} characters`;
  return null;
}

let ds: Dataset;
beforeAll(async () => {
  installCustomFunctions();
  const eds = editions();
  const rt = await startRuntimeWith(eds);
  ds = rt.dataset;
});

describe("functions fuzz", () => {
  // (the wrappers call the core: the core's own answers are compared with theirs below)
  test("every sample in every position of every function", () => {
    const bad: string[] = [];
    for (const name of NAMES) {
      const spec = FUNCTIONS[name];
      const base: unknown[] = spec.params.map((p) =>
        p.kind === "product" ? "copper-cathode" : p.kind === "period" ? "2025-02" : p.kind === "measure" ? "mom" : "actual",
      );
      for (let i = 0; i < Math.max(1, spec.params.length + 1); i++) {
        for (const s of SAMPLES) {
          const args = [...base];
          args[i] = s;
          const w = badness(viaWrapper(name, args), MAX_MESSAGE_LENGTH);
          if (w) bad.push(`wrapper SMM.${name}(${show(args)}): ${w}`);
        }
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  test("5,000 random argument lists (any length, any mix), deterministic", () => {
    const rng = new Rng(6);
    const bad: string[] = [];
    const products = ds.catalog.all().map((p) => p.id);
    for (let k = 0; k < 5000; k++) {
      const name = rng.pick(NAMES);
      const n = rng.int(0, FUNCTIONS[name].params.length + 2);
      const args: unknown[] = [];
      for (let i = 0; i < n; i++) args.push(rng.chance(0.7) ? rng.pick(SAMPLES) : rng.pick(products));
      const w = badness(viaWrapper(name, args), MAX_MESSAGE_LENGTH);
      if (w) bad.push(`wrapper SMM.${name}(${show(args)}): ${w}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  test("unknown function names through the core give #VALUE!", () => {
    for (const name of ["", "mom", "EVAL", "__proto__", "constructor", "toString", "PRODUCTS ", "hasOwnProperty"]) {
      const o = viaCore(ds, name as FunctionName, ["nickel", "2025-02"]);
      expect(badness(o, Infinity)).toBeNull();
      expect(o.kind).toBe("error");
    }
  });

  test("the core's answers are values or #VALUE!/#N/A too, and the wrappers give the same (one error mapping)", () => {
    const rng = new Rng(9);
    for (let k = 0; k < 1000; k++) {
      const name = rng.pick(NAMES);
      const args = FUNCTIONS[name].params.map(() => rng.pick(SAMPLES));
      const w = viaWrapper(name, args);
      const c = viaCore(ds, name, args);
      expect(badness(c, Infinity)).toBeNull();
      if (c.kind === "value") expect(w).toEqual(c);
      else if (c.kind === "error") expect({ kind: w.kind, code: w.kind === "error" ? w.code : undefined }).toEqual({ kind: "error", code: c.code });
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Found by the fuzzer: minimal repros of problems it found (reported, fixed). Regression tests.

describe("found by the fuzzer (fixed): minimal repros", () => {
  // query.ts closest(): the "did you mean" for an unknown measure runs an edit distance of the whole
  // argument against every measure id (a (n+1) x (m+1) table each): a 100,000-character text in the
  // measure cell costs ~1.5-2 s per call (10,000: ~0.2 s), per recalculation (VALUE, ACTUAL, FORECAST, SURPRISE,
  // SERIES, TABLE, INFO). Periods already refuse long text early ("too long to be a month").
  test("SMM.VALUE with a 10,000-character measure answers #VALUE! within 50 ms", () => {
    const t = Date.now();
    const o = viaCore(ds, "VALUE", ["nickel", "2025-02", "x".repeat(10_000)]);
    const ms = Date.now() - t;
    expect(o.kind).toBe("error");
    expect(ms).toBeLessThan(50);
  });

  // query.ts: unknown product/measure/basis messages quote the whole argument (100,000 characters
  // in, 100,000 out): the wrapper clips to 500 for Excel, but the CLI, INFO-like traces and the task
  // pane get it all. Periods quote at most 40 characters.
  test("error messages quote at most a few hundred characters of the argument", () => {
    for (const args of [
      ["x".repeat(100_000), "2025-02"],
      ["nickel", "2025-02", "x".repeat(100_000)],
    ]) {
      const o = viaCore(ds, "MOM", args);
      expect(o.kind).toBe("error");
      expect(o.kind === "error" && typeof o.message === "string" ? o.message.length : 0).toBeLessThan(1000);
    }
  });

  // query.ts memoKey joins the arguments with "\u0001" + a type letter, so the one text
  // "nickel\u0001s2025-02" has the same key as the two arguments "nickel", "2025-02": once the
  // latter was asked, the former answers -0.0569 instead of #VALUE! (answers depend on call order).
  test("core: the memo does not confuse one argument containing \\u0001 with two arguments", () => {
    const fresh = new Dataset();
    for (const e of ds.listEditions()) fresh.addEdition(e);
    const alone = callFunction(fresh, "MOM", ["copper-cathode\u0001s2025-02"]);
    const other = new Dataset();
    for (const e of ds.listEditions()) other.addEdition(e);
    callFunction(other, "MOM", ["copper-cathode", "2025-02"]);
    expect(callFunction(other, "MOM", ["copper-cathode\u0001s2025-02"])).toEqual(alone);
  });

  // query.ts returns the memoised QueryResult itself: a caller that sorts or trims a spilled answer
  // (SERIES, TABLE, PRODUCTS) changes what every later call returns until the data changes.
  test("core: changing a returned spilled array does not change the next answer", () => {
    const first = callFunction(ds, "PRODUCTS", []);
    const copy = JSON.stringify(first);
    if (first.ok && Array.isArray(first.value)) first.value.length = 0;
    expect(JSON.stringify(callFunction(ds, "PRODUCTS", []))).toBe(copy);
  });
});
