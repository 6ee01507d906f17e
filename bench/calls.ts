/**
 * A deterministic mix of =SMM.* calls as analysts write them (aliases, headings, period forms,
 * measure spellings, bases, and errors), each with its pre-normalised key: the key identifies the
 * answer, so a plain Map.get(key) gives the same answers with none of the work (the floor).
 */
import type { Dataset } from "../src/core/dataset";
import type { FunctionName } from "../src/core/query";
import type { Basis, Measure, Observation } from "../src/core/types";
import { MONTH_NAMES } from "../src/core/periods";
import { Rng } from "./prng";

export interface Call {
  fn: FunctionName;
  args: unknown[];
  /** Pre-normalised key: product|segment|period|basis|measure for figures, err|... for bad input. */
  key: string;
  /** What the call should give: "value", "#N/A" or "#VALUE!". */
  expect: "value" | "#N/A" | "#VALUE!";
  /** The figure the call asks for (value calls). */
  want?: number;
}

const LONG: readonly string[] = MONTH_NAMES;
const MONTHS = LONG.map((m) => m.slice(0, 3));

/** Excel date serial of the 15th of a YYYY-MM month. */
export function serialOf(period: string): number {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return Math.round((Date.UTC(y, m - 1, 15) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** The forms Excel users give a month in. */
export function periodForms(period: string): unknown[] {
  const [y, m] = period.split("-") as [string, string];
  const mi = Number(m) - 1;
  return [period, `${y}/${m}`, `${y}${m}`, Number(`${y}${m}`), `${MONTHS[mi]} ${y}`, `${LONG[mi]} ${y}`, serialOf(period), `${Number(m)}/${y}`];
}

const measureSpellings = (m: Measure): string[] => [
  m,
  m.toUpperCase(),
  m.replace(/_/g, " "),
  m.replace(/_/g, "-"),
  m.replace(/_/g, " ").replace(/\b\w/g, (c) => c.toUpperCase()),
];

function productForms(ds: Dataset, id: string): string[] {
  const p = ds.catalog.get(id);
  if (!p) return [id];
  const forms = [id, p.name, p.name.toUpperCase(), ` ${id} `];
  for (const a of p.aliases.slice(0, 4)) if (ds.catalog.resolve(a)?.product.id === id) forms.push(a);
  return forms;
}

function typo(rng: Rng, s: string): string {
  const i = rng.int(0, Math.max(0, s.length - 1));
  const kind = rng.int(0, 2);
  if (kind === 0) return s.slice(0, i) + s.slice(i + 1) + "q"; // drop one, add a q
  if (kind === 1) return s.slice(0, i) + "zx" + s.slice(i);
  return "un" + s.replace(/[aeiou]/g, "y");
}

/**
 * n calls over the figures of `ds`: ~80% answered figures, ~8% valid questions without a figure
 * (#N/A), ~12% bad input (#VALUE!: unknown product, unreadable period, unknown measure or basis).
 */
export function makeCalls(ds: Dataset, n: number, seed = 7): Call[] {
  const rng = new Rng(seed);
  const figs: Observation[] = ds.allFigures().filter((o) => o.product && /^[a-z0-9-]+$/.test(o.product));
  if (!figs.length) throw new Error("the dataset has no figures");
  const formsCache = new Map<string, string[]>();
  const forms = (id: string): string[] => {
    let f = formsCache.get(id);
    if (!f) formsCache.set(id, (f = productForms(ds, id)));
    return f;
  };
  const prod = (o: { product: string; segment: string }): string => {
    const base = rng.pick(forms(o.product));
    return o.segment ? `${base.trim()}:${o.segment}` : base;
  };
  const keyOf = (o: { product: string; segment: string; period: string }, basis: Basis, measure: Measure): string =>
    `${o.product}|${o.segment}|${o.period}|${basis}|${measure}`;
  const out: Call[] = [];
  while (out.length < n) {
    const r = rng.next();
    const o = rng.pick(figs);
    const per = rng.pick(periodForms(o.period));
    if (r < 0.8) {
      // a figure that is there
      const m = o.measure;
      const b = o.basis;
      const key = keyOf(o, b, m);
      const want = o.value;
      const choices: { fn: FunctionName; args: unknown[] }[] = [
        {
          fn: "VALUE",
          args: [
            prod(o),
            per,
            rng.pick(measureSpellings(m)),
            b === "actual" ? rng.pick([undefined, "actual", "a", "Actual"]) : rng.pick(["forecast", "f", "FORECAST"]),
          ],
        },
      ];
      if (b === "actual") choices.push({ fn: "ACTUAL", args: [prod(o), per, m === "mom" && rng.chance(0.5) ? undefined : rng.pick(measureSpellings(m))] });
      else choices.push({ fn: "FORECAST", args: [prod(o), per, m === "mom" && rng.chance(0.5) ? undefined : rng.pick(measureSpellings(m))] });
      if (m === "mom" || m === "yoy") {
        const fn: FunctionName = m === "mom" ? "MOM" : "YOY";
        const basisArg = b === "actual" ? rng.pick([undefined, "actual", "a"]) : rng.pick(["forecast", "f"]);
        choices.push({ fn, args: basisArg === undefined ? [prod(o), per] : [prod(o), per, basisArg] }, { fn, args: [prod(o), per, basisArg] });
      }
      const c = rng.pick(choices);
      out.push({ ...c, key, expect: "value", want });
    } else if (r < 0.88) {
      // a valid question with no figure: a month no edition covers, or a measure this product lacks
      if (rng.chance(0.5)) {
        const period = `19${rng.int(10, 89)}-${String(rng.int(1, 12)).padStart(2, "0")}`;
        out.push({ fn: "MOM", args: [prod(o), rng.pick(periodForms(period))], key: keyOf({ ...o, period }, "actual", "mom"), expect: "#N/A" });
      } else {
        const m: Measure = rng.pick(["vs_expected_chg", "ytd_yoy_chg", "operating_capacity", "capacity"] as const);
        if (ds.lookup(o.product, o.segment, o.period, "actual", m)) continue;
        out.push({ fn: "VALUE", args: [prod(o), per, m], key: keyOf(o, "actual", m), expect: "#N/A" });
      }
    } else {
      // bad input
      const kind = rng.int(0, 3);
      if (kind === 0) {
        const bad = typo(rng, rng.pick(forms(o.product)).trim());
        if (ds.catalog.resolve(bad)) continue;
        out.push({ fn: "MOM", args: [bad, per], key: `err|product|${bad}`, expect: "#VALUE!" });
      } else if (kind === 1) {
        const bad = rng.pick(["2025-13", "next month", "Febtober 2025", "25-02", "", "2025", "Q1 2025"]);
        out.push({ fn: "MOM", args: [o.product, bad], key: `err|period|${bad}`, expect: "#VALUE!" });
      } else if (kind === 2) {
        const bad = rng.pick(["outptu", "production rate", "momm", "yo_y", "capacity_utilisation"]);
        out.push({ fn: "VALUE", args: [o.product, per, bad], key: `err|measure|${bad}`, expect: "#VALUE!" });
      } else {
        const bad = rng.pick(["sideways", "estimate", "actuals?", "prior"]);
        out.push({ fn: "MOM", args: [o.product, per, bad], key: `err|basis|${bad}`, expect: "#VALUE!" });
      }
    }
  }
  return out;
}
