/**
 * Parse figures: parseReport per edition against JSON.parse of the dataset JSON that edition
 * produces (the cheapest way the add-in could get the same figures), and linear scaling from one
 * edition to 120.
 */
import { Catalog } from "../src/core/catalog";
import { parseReport } from "../src/core/report/parse";
import { toDatasetFile } from "../src/core/store";
import type { Edition } from "../src/core/types";
import type { EditionText, Seed } from "./editions";
import { Dataset } from "../src/core/dataset";
import { figure, gc, median, now, sideBySide, type Figure } from "./figure";

export interface ParseBenchResult {
  figures: Figure[];
  /** The 120 parsed editions (for the dataset, call and memory figures). */
  editions: Edition[];
  seedEdition: Edition;
  problems: string[];
  /** Heap retained by the 120 editions parsed from text and put in a Dataset (null without --expose-gc). */
  heapParsedMb: number | null;
}

function parseOne(e: EditionText, catalog?: Catalog): Edition | null {
  return parseReport(e.text, { fileName: e.fileName, source: e.fileName, ...(catalog ? { catalog } : {}) }).edition;
}

export function benchParse(seed: Seed, generated: readonly EditionText[], log: (s: string) => void): ParseBenchResult {
  const problems: string[] = [];
  const figures: Figure[] = [];

  // ---- 120 generated editions, parsed as `smm build` does (one shared catalog). The first pass
  // keeps its editions (and measures the heap they take); every pass is timed. One median-sized
  // edition parsed alone (fresh catalog) is timed between every 12 editions, so that the scaling
  // baseline sees the same machine load as the 120-edition total.
  const bySize = [...generated].sort((a, b) => a.text.length - b.text.length);
  const mid = bySize[bySize.length >> 1] as EditionText;
  const editions: Edition[] = [];
  const all: number[] = [];
  const single: number[] = [];
  let heapParsedMb: number | null = null;
  // warm-up, so that the heap measured around pass 1 holds data, not freshly compiled code
  for (let k = 0; k < 3; k++) parseOne(mid);
  const PASSES = 3;
  let jsons: string[] = [];
  const jsonAll: number[] = [];
  const JSON_EACH = 5;
  for (let r = 0; r < PASSES; r++) {
    const first = r === 0;
    const hasGc = first && gc();
    const h0 = process.memoryUsage().heapUsed;
    const kept: (Edition | null)[] = [];
    const cat = new Catalog();
    let total = 0;
    let jsonTotal = 0;
    generated.forEach((e, i) => {
      if (i % 12 === 6) {
        const t = now();
        parseOne(mid);
        single.push(now() - t);
      }
      const t = now();
      kept.push(parseOne(e, cat));
      total += now() - t;
      const j = jsons[i];
      if (j !== undefined) {
        const t2 = now();
        for (let k = 0; k < JSON_EACH; k++) JSON.parse(j);
        jsonTotal += (now() - t2) / JSON_EACH;
      }
    });
    all.push(total);
    if (!first) jsonAll.push(jsonTotal);
    if (first) {
      if (hasGc) {
        const ds = new Dataset(cat);
        for (const ed of kept) if (ed) ds.addEdition(ed);
        ds.lookup("copper-cathode", "", "2025-02", "actual", "mom"); // builds the index
        gc();
        heapParsedMb = (process.memoryUsage().heapUsed - h0) / (1024 * 1024);
        if (ds.version < 0) log(""); // keep ds alive until measured
      }
      kept.forEach((ed, i) => {
        const e = generated[i] as EditionText;
        if (!ed) problems.push(`generated edition ${e.fileName} did not parse`);
        else {
          if (ed.id !== e.id) problems.push(`generated edition ${e.fileName} was dated ${ed.id}`);
          editions.push(ed);
        }
      });
      // the dataset JSON each edition produces (the baseline reads it back)
      jsons = kept.map((ed) => (ed ? JSON.stringify(toDatasetFile([ed])) : "{}"));
    }
    log(`  parse ${generated.length} pass ${r + 1}/${PASSES}: ${total.toFixed(0)} ms`);
  }
  const n = generated.length;
  const perEd = median(all) / n;
  const jsonPerEd = median(jsonAll) / jsons.length;
  figures.push(
    figure(
      `parse: ${n} generated editions (per edition)`,
      "ms",
      perEd,
      jsonPerEd,
      { of: "ratio", max: 10 },
      `editions ${generated[0]?.id}..${generated[n - 1]?.id}, numbers varied +-15% and wording varied; baseline JSON.parse of each edition's dataset JSON`,
    ),
  );
  figures.push(
    figure(
      `parse: scaling, ${n} editions vs one`,
      "ms",
      median(all),
      median(single),
      { of: "ratio", max: n + 10 },
      `total for ${n} editions (shared catalog, as smm build) vs one median-sized edition (${(mid.text.length / 1024).toFixed(0)} KB) parsed alone`,
    ),
  );
  // ---- the seed edition (or, without ../shared, each fixture edition): parse vs JSON.parse of
  // the dataset JSON it produces. Measured after the 120-edition passes, with the parser warm (the
  // first parses of a process are slower while the JIT compiles the grammar's code and regexes).
  const singles = seed.singles.length ? seed.singles : [seed];
  const seedEdition = parseOne(seed);
  if (!seedEdition) throw new Error(`the seed edition ${seed.fileName} did not parse`);
  const singleJsons = singles.map((e) => {
    const ed = parseOne(e);
    if (!ed) problems.push(`${e.fileName} did not parse`);
    return JSON.stringify(toDatasetFile(ed ? [ed] : []));
  });
  const JSON_REPEAT = 50;
  const s = sideBySide(
    () => {
      for (const e of singles) parseOne(e);
    },
    () => {
      for (let i = 0; i < JSON_REPEAT; i++) for (const j of singleJsons) JSON.parse(j);
    },
    15,
    3,
  );
  const perSingle = s.value / singles.length;
  const jsonPerSingle = s.baseline / JSON_REPEAT / singles.length;
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
  const what =
    singles.length === 1
      ? `${seed.origin}: ${kb(seed.text.length)} of text, ${seedEdition.observations.length} figures; baseline JSON.parse of its ${kb(singleJsons[0]?.length ?? 0)} dataset JSON`
      : `${singles.length} fixture editions (${seed.origin}), ${kb(singles.reduce((n, e) => n + e.text.length, 0))} of text in all; baseline JSON.parse of each one's dataset JSON`;
  figures.unshift(
    figure(
      singles.length === 1 ? "parse: seed edition (per edition)" : "parse: fixture editions (per edition)",
      "ms",
      perSingle,
      jsonPerSingle,
      { of: "ratio", max: 10 },
      what,
    ),
  );
  log(
    `  parse ${singles.length === 1 ? "seed" : `${singles.length} fixture editions`}: ${perSingle.toFixed(1)} ms vs JSON.parse ${jsonPerSingle.toFixed(2)} ms per edition`,
  );

  return { figures, editions, seedEdition, problems, heapParsedMb };
}
