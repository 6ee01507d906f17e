/**
 * Heap used by a 120-edition dataset, measured with a forced GC (node --expose-gc) before and after
 * building it, with the dataset still referenced:
 * - as the add-in loads it: dataset JSON (bundled / team source / local cache) -> readDatasetFile ->
 *   Dataset, index built;
 * - as parsed from report text (measured by parse-bench around its first pass).
 */
import { Dataset } from "../src/core/dataset";
import { readDatasetFile, toDatasetFile } from "../src/core/store";
import type { Edition } from "../src/core/types";
import { figure, gc, median, notMeasured, type Figure } from "./figure";

const MB = 1024 * 1024;

function heapDelta(build: () => unknown): number | null {
  if (!gc()) return null;
  const before = process.memoryUsage().heapUsed;
  let keep: unknown = build();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (keep === undefined) console.log(""); // keep `keep` alive until after the measurement
  keep = null;
  return (after - before) / MB;
}

export function benchMemory(editions: readonly Edition[], heapParsedMb: number | null): Figure[] {
  const target = { of: "value", max: 30 } as const;
  const n = editions.length;
  const name1 = `heap: ${n}-edition dataset loaded from dataset JSON`;
  const name2 = `heap: ${n} editions parsed from text, in a Dataset`;
  if (typeof (globalThis as { gc?: unknown }).gc !== "function") {
    return [notMeasured(name1, "MB", target, "run node with --expose-gc (npm run bench does)"), notMeasured(name2, "MB", target, "run node with --expose-gc")];
  }
  const json = JSON.stringify(toDatasetFile(editions));
  // three times, the median (what else the process did before shows up as noise of a few MB)
  const samples: number[] = [];
  for (let k = 0; k < 3; k++) {
    const d = heapDelta(() => {
      const ds = new Dataset();
      for (const e of readDatasetFile(json).editions) ds.addEdition(e, "bundled");
      ds.lookup("copper-cathode", "", "2025-02", "actual", "mom"); // builds the index
      return ds;
    });
    if (d !== null) samples.push(d);
  }
  const fromJson = samples.length ? median(samples) : null;
  const figs = editions.reduce((k, e) => k + e.observations.length + e.trends.length, 0);
  const sentences = new Set<string>();
  let sentenceChars = 0;
  for (const e of editions)
    for (const o of [...e.observations, ...e.trends]) {
      sentences.add(o.provenance.sentence);
      sentenceChars += o.provenance.sentence.length;
    }
  let uniqueChars = 0;
  for (const s of sentences) uniqueChars += s.length;
  const issues = editions.reduce((k, e) => k + JSON.stringify(e.issues).length, 0);
  return [
    fromJson === null
      ? notMeasured(name1, "MB", target, "no gc")
      : figure(
          name1,
          "MB",
          fromJson,
          null,
          target,
          `${figs.toLocaleString("en-US")} figures and trends; dataset JSON ${(json.length / MB).toFixed(1)} MB, of which provenance sentences ${(sentenceChars / MB).toFixed(1)} MB (${(uniqueChars / MB).toFixed(1)} MB distinct: JSON.parse makes one string per copy) and edition issues ${(issues / MB).toFixed(1)} MB; median of ${samples.map((x) => x.toFixed(1)).join(", ")} MB`,
        ),
    heapParsedMb === null
      ? notMeasured(name2, "MB", target, "no gc")
      : figure(
          name2,
          "MB",
          heapParsedMb,
          null,
          target,
          "measured around the first parse pass: editions (provenance, issues), their catalog and the Dataset index",
        ),
  ];
}
