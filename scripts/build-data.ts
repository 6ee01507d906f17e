/**
 * `npm run data`: builds data/bundled.json, the dataset the add-in ships with, from the report
 * files and figures CSVs in ../shared, and the reviewed figures of SMM's published items in
 * data/figures/*.csv (or the paths given). Reproducible: same inputs, same output (no timestamps).
 * Report sentences are not copied into the repository: provenance keeps the edition, section and
 * character offsets (see stripSentences); CSV figures cite their source address.
 * Two items of one edition that disagree on a figure are a conflict (#N/A, both sources in the issue,
 * kept in the edition); a later edition's figure revises an earlier one (the dataset's rule).
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeGeneratedBlock } from "./generated-block";
import { datasetFromFiles, stripSentences } from "../src/cli/commands";
import { toDatasetFile } from "../src/core/store";

const root = path.resolve(__dirname, "..");
const shared = process.env.SMM_SHARED ? path.resolve(process.env.SMM_SHARED) : path.resolve(root, "../shared");
const argv = process.argv.slice(2);
// --out FILE: write there instead (and leave data/README.md alone): the reproducibility test uses it
const outAt = argv.indexOf("--out");
const out = outAt >= 0 ? path.resolve(argv[outAt + 1] ?? "") : path.join(root, "data/bundled.json");
const args = argv.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
let inputs = args;
if (!inputs.length) {
  const dirs = [path.join(shared, "reports"), path.join(shared, "data"), path.join(root, "data/figures")];
  inputs = dirs.filter(existsSync).flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.(txt|csv)$/i.test(f))
      .sort()
      .map((f) => path.join(d, f)),
  );
  // CSV history first, then the full reports, so a report edition replaces the CSV rows of the same edition;
  // by file name (then path), so the order does not depend on where the checkout is
  const byName = (a: string, b: string): number => path.basename(a).localeCompare(path.basename(b)) || a.localeCompare(b);
  inputs.sort((a, b) => (a.endsWith(".csv") === b.endsWith(".csv") ? byName(a, b) : a.endsWith(".csv") ? -1 : 1));
}
if (!inputs.length) {
  console.error(`npm run data: no inputs (looked in ${shared}/reports and ${shared}/data)`);
  process.exit(2);
}
const { dataset, issues } = datasetFromFiles(inputs);
const file = stripSentences(toDatasetFile(dataset.listEditions()));
delete (file as { createdAt?: string }).createdAt;
for (const e of file.editions) {
  delete e.importedAt;
  e.source = path.basename(e.source);
  e.issues = e.issues.filter((i) => i.code === "conflict" && !i.sentence);
}
writeFileSync(out, JSON.stringify(file) + "\n");
const figures = file.editions.reduce((n, e) => n + e.observations.length, 0);
console.log(
  `wrote ${path.relative(root, out)}: ${file.editions.length} editions (${file.editions.map((e) => e.id).join(", ")}), ${figures} figures from ${inputs.length} files`,
);
for (const i of issues) console.log(`issue: ${i.code}: ${i.message}`);

// the data README lists the disagreements between items (generated, between its markers)
const readmePath = path.join(root, "data/README.md");
if (outAt < 0 && existsSync(readmePath)) {
  const conflicts = issues.filter((i) => i.code === "conflict");
  writeGeneratedBlock(readmePath, "disagreements", conflicts.length ? conflicts.map((i) => `- ${i.message}`).join("\n") : "- none");
}
