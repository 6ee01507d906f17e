/**
 * `npm run --silent coverage`: what the bundled dataset covers, counted through the functions an
 * analyst calls (SMM.TABLE(period,"mom","actual") and (...,"forecast")), per month and per product.
 *
 *   coverage [--data FILE] [--before FILE] [--write]   prints the tables (markdown)
 *   --snapshot FILE                                     writes the per-product counts as JSON (the "before")
 *   --write                                             replaces the README block between the coverage markers
 *
 * The README's coverage block is generated here, never by hand; a test checks it is current.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeGeneratedBlock } from "./generated-block";
import { coverageMarkdown, coverageOf, type ProductCoverage } from "../src/core/coverage";
import { Dataset } from "../src/core/dataset";
import { readDatasetFile } from "../src/core/store";

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataFile = flag("--data") ?? path.join(root, "data/bundled.json");
const beforeFile = flag("--before") ?? path.join(root, "data/coverage-before.json");

const ds = new Dataset();
const read = readDatasetFile(readFileSync(dataFile, "utf8"));
for (const e of read.editions) ds.addEdition(e, "bundled");
const cov = coverageOf(ds);

const snapshot = flag("--snapshot");
if (snapshot) {
  writeFileSync(snapshot, JSON.stringify(cov.products, null, 1) + "\n");
  console.log(`wrote ${snapshot}: ${cov.products.length} products`);
  process.exit(0);
}
const before: ProductCoverage[] = existsSync(beforeFile) ? (JSON.parse(readFileSync(beforeFile, "utf8")) as ProductCoverage[]) : [];
const md = coverageMarkdown(cov, before);
if (args.includes("--write")) {
  if (!writeGeneratedBlock(path.join(root, "README.md"), "coverage", md)) {
    console.error("README.md has no <!-- coverage:start --> ... <!-- coverage:end --> block");
    process.exit(2);
  }
  console.log("README.md coverage block updated");
} else process.stdout.write(md);
