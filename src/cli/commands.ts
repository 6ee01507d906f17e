/**
 * The `smm` commands over the core (Office-Addin-Scripts style: thin cli -> commands -> pure library).
 * Each command returns an exit code and writes through the given streams; file reading is here,
 * everything else is core.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Catalog } from "../core/catalog";
import { readFigureTables } from "../core/csv";
import { validateEdition } from "../core/validate";
import { Dataset } from "../core/dataset";
import { mergeEditions } from "../core/merge";
import { evaluateFormula } from "../core/formula";
import { parseReport } from "../core/report/parse";
import { readDatasetFile, toDatasetFile } from "../core/store";
import type { Edition, Issue, Observation } from "../core/types";
import { isPeriod } from "../core/periods";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  readStdin: () => string;
}

export class UsageError extends Error {}

/** Reads a report file as text: UTF-8 (BOM ok) or UTF-16 with BOM. */
export function readTextFile(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (code ?? String(e))}`);
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString("utf16le");
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const sw = Buffer.from(buf.subarray(2));
    sw.swap16();
    return sw.toString("utf16le");
  }
  return buf.toString("utf8").replace(/^\uFEFF/, "");
}

/**
 * Loads one input file into editions: a report (.txt/.html), a figures CSV, or a dataset JSON.
 * Dataset files and CSVs are checked against the parser's rules (src/core/validate.ts: plausible
 * values, periods, id and name shapes, one edition per id): what fails is left out, with an issue.
 */
export function loadFile(file: string, catalog: Catalog, edition?: string): { editions: Edition[]; issues: Issue[] } {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv") return loadFigureTables([file], catalog);
  const text = readTextFile(file);
  if (ext === ".json") return readDatasetFile(text);
  const r = parseReport(text, { fileName: path.basename(file), source: path.basename(file), catalog, ...(edition ? { edition } : {}) });
  return { editions: r.edition ? [r.edition] : [], issues: r.issues };
}

/** Figures CSVs read together, as one history (readFigureTables), each edition checked (validateEdition). */
function loadFigureTables(files: readonly string[], catalog: Catalog): { editions: Edition[]; issues: Issue[] } {
  const r = readFigureTables(
    files.map((f) => ({ text: readTextFile(f), name: path.basename(f) })),
    catalog,
  );
  const checked = r.editions.map(validateEdition);
  return { editions: checked.map((c) => c.edition), issues: [...r.issues, ...checked.flatMap((c) => c.issues)] };
}

/** The bundled dataset shipped with the project (data/bundled.json). */
export function bundledPath(): string {
  return path.resolve(__dirname, "../../data/bundled.json");
}

/** Issues about a file as a whole or its rows (not the parser's notes on numbers it left out). */
const FILE_ISSUES = new Set<Issue["code"]>(["edition-unknown", "empty", "binary", "not-a-report", "bad-row", "bad-name", "duplicate-edition", "too-large"]);
/** Every problem of a dataset JSON or figures CSV is about the file; of a report, only those above. */
const fileIssues = (file: string, issues: readonly Issue[]): Issue[] =>
  /\.(json|csv)$/i.test(file) ? [...issues] : issues.filter((i) => FILE_ISSUES.has(i.code));

export function datasetFromFiles(files: readonly string[], edition?: string): { dataset: Dataset; issues: Issue[] } {
  const ds = new Dataset();
  const issues: Issue[] = [];
  // several figures CSVs are read together, as one history, before the other files: two of them
  // stating the same figure of the same edition with different values is a conflict (#N/A with
  // both sources), not a silent revision (readFigureTables names each file in its issues); every
  // other file, a lone CSV too, is one input of its own

  const isCsv = (f: string): boolean => path.extname(f).toLowerCase() === ".csv";
  const csvs = files.filter(isCsv);
  const inputs = csvs.length > 1 ? [csvs, ...files.filter((f) => !isCsv(f)).map((f) => [f])] : files.map((f) => [f]);
  for (const group of inputs) {
    const [f] = group as [string];
    const r = group.length > 1 ? loadFigureTables(group, ds.catalog) : loadFile(f, ds.catalog, edition);
    for (const e of r.editions) {
      // several files of the same month (separate notes, a report and CSV rows, a dataset and a
      // newer report) merge figure by figure, as an import does in the task pane
      const before = ds.getEdition(e.id);
      ds.addEdition(before ? mergeEditions(before, e, { from: before.source }).edition : e, "imported");
    }
    const prefix = group.length > 1 ? "" : `${path.basename(f)}: `;
    issues.push(...fileIssues(f, r.issues).map((i) => ({ ...i, message: `${prefix}${i.message}` })));
    if (r.editions.length === 0) {
      const why = r.issues.find((i) => i.code !== "unused-number")?.message ?? "nothing readable";
      throw new UsageError(`${group.join(", ")}: ${why}`);
    }
  }
  return { dataset: ds, issues };
}

export function bundledDataset(): Dataset {
  const ds = new Dataset();
  const p = bundledPath();
  if (!existsSync(p)) return ds;
  const r = readDatasetFile(readFileSync(p, "utf8"));
  for (const e of r.editions) ds.addEdition(e, "bundled");
  return ds;
}

// ------------------------------------------------------------------ argument parsing

export interface Parsed {
  positional: string[];
  flags: Map<string, string[]>;
}

export function parseArgs(argv: readonly string[], spec: Record<string, "bool" | "one" | "many">): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith("-") && a !== "-") {
      const [name, inline] = a.replace(/^--?/, "").split("=", 2) as [string, string | undefined];
      const kind = spec[name];
      if (!kind) throw new UsageError(`unknown option ${a}`);
      const list = flags.get(name) ?? [];
      if (kind === "bool") list.push("true");
      else if (inline !== undefined) list.push(inline);
      else if (kind === "one") {
        const v = argv[++i];
        if (v === undefined || v.startsWith("--")) throw new UsageError(`option ${a} needs a value`);
        list.push(v);
      } else {
        while (argv[i + 1] !== undefined && !(argv[i + 1] as string).startsWith("--")) list.push(argv[++i] as string);
        if (!list.length) throw new UsageError(`option ${a} needs at least one value`);
      }
      flags.set(name, list);
    } else positional.push(a);
  }
  return { positional, flags };
}

function editionFlag(p: Parsed): string | undefined {
  const e = p.flags.get("edition")?.[0];
  if (e !== undefined && !isPeriod(e)) throw new UsageError(`--edition must be YYYY-MM, got "${e}"`);
  return e;
}

// ------------------------------------------------------------------ commands

export function cmdEval(argv: readonly string[], io: Io): number {
  const p = parseArgs(argv, { reports: "many", edition: "one" });
  if (p.positional.length) throw new UsageError(`eval reads formulas on stdin; unexpected argument ${p.positional[0]}`);
  const reports = p.flags.get("reports") ?? [];
  const edition = editionFlag(p);
  if (edition && reports.length !== 1) throw new UsageError("--edition needs exactly one --reports file");
  let ds: Dataset;
  if (reports.length) {
    const built = datasetFromFiles(reports, edition);
    ds = built.dataset;
    // what was left out of the files (implausible values, bad names...): on stderr, stdout stays JSON lines
    for (const i of built.issues) io.err(`issue: ${i.code}: ${i.message}\n`);
  } else ds = bundledDataset();
  const input = io.readStdin();
  for (const line of input.split(/\r?\n/)) {
    const f = line.trim();
    if (!f || f.startsWith("#")) continue;
    const r = evaluateFormula(ds, f);
    io.out(JSON.stringify(r.ok ? { formula: f, value: r.value } : { formula: f, error: r.error, message: r.message }) + "\n");
  }
  return 0;
}

const pct = (o: Observation): string => {
  if (o.unit === "%" || o.unit === "pp") return `${(o.value * 100).toFixed(2).replace(/\.?0+$/, "")}${o.unit === "pp" ? " pp" : "%"}`;
  return o.value.toLocaleString("en-US", { maximumFractionDigits: 2 }) + (o.unit ? ` ${o.unit}` : "");
};

export function cmdParse(argv: readonly string[], io: Io): number {
  const p = parseArgs(argv, { edition: "one", json: "bool", issues: "bool" });
  const file = p.positional[0];
  if (!file || p.positional.length > 1) throw new UsageError("usage: smm parse FILE [--edition YYYY-MM] [--json]");
  const edition = editionFlag(p);
  const text = readTextFile(file);
  const r = parseReport(text, { fileName: path.basename(file), source: path.basename(file), ...(edition ? { edition } : {}) });
  if (p.flags.has("json")) {
    io.out(JSON.stringify(toDatasetFile(r.edition ? [r.edition] : []), null, 1) + "\n");
    for (const i of r.issues.filter((x) => x.code !== "unused-number")) io.err(`issue: ${i.code}: ${i.message}\n`);
    return r.edition ? 0 : 1;
  }
  if (!r.edition) {
    for (const i of r.issues) io.err(`issue: ${i.code}: ${i.message}\n`);
    return 1;
  }
  const e = r.edition;
  io.out(
    `edition ${e.id} (${e.source}): ${e.sections.length} sections, ${e.observations.length} figures, ${e.trends.length} trends, ${e.issues.length} issues\n`,
  );
  const rows = e.observations.map((o) => [
    o.product + (o.segment ? `:${o.segment}` : ""),
    o.period,
    o.basis,
    o.measure,
    pct(o),
    o.hedge === "exact" ? "" : o.hedge,
  ]);
  const head = ["product", "period", "basis", "measure", "value", "hedge"];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 4 ? c.padStart(w[i] ?? 0) : c.padEnd(w[i] ?? 0)))
      .join("  ")
      .trimEnd() + "\n";
  io.out(line(head));
  for (const r2 of rows) io.out(line(r2));
  io.out(`\ntrends:\n`);
  for (const t of e.trends)
    io.out(
      `  ${t.product}${t.segment ? `:${t.segment}` : ""} ${t.period} ${t.basis}: ${t.direction}${t.magnitude === "none" ? "" : t.magnitude === "slight" ? " slightly" : " significantly"}\n`,
    );
  const shown = p.flags.has("issues") ? e.issues : e.issues.filter((i) => i.code !== "unused-number");
  if (shown.length) io.out(`\nissues:\n`);
  for (const i of shown) io.out(`  ${i.code}: ${i.message}${i.section ? ` [${i.section}]` : ""}\n`);
  const unused = e.issues.filter((i) => i.code === "unused-number").length;
  if (unused && !p.flags.has("issues")) io.out(`  (${unused} numbers not read as production figures: --issues lists them)\n`);
  return 0;
}

export function cmdProducts(argv: readonly string[], io: Io): number {
  const p = parseArgs(argv, { json: "bool" });
  const cat = new Catalog();
  if (p.flags.has("json")) {
    io.out(JSON.stringify(cat.all(), null, 1) + "\n");
    return 0;
  }
  const rows = cat.all().map((x) => [x.id, x.name, x.group, x.aliases.slice(0, 4).join(", ")]);
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  for (const r of rows)
    io.out(`${(r[0] ?? "").padEnd(w[0] ?? 0)}  ${(r[1] ?? "").padEnd(w[1] ?? 0)}  ${(r[2] ?? "").padEnd(w[2] ?? 0)}  ${r[3]}\n`.replace(/\s+\n$/, "\n"));
  return 0;
}

/** Builds a dataset JSON from many reports and CSVs. */
export function cmdBuild(argv: readonly string[], io: Io): number {
  const p = parseArgs(argv, { o: "one", out: "one", "no-sentences": "bool" });
  if (!p.positional.length) throw new UsageError("usage: smm build FILE... [-o dataset.json]");
  const { dataset, issues } = datasetFromFiles(p.positional);
  let file = toDatasetFile(dataset.listEditions());
  if (p.flags.has("no-sentences")) file = stripSentences(file);
  const json = JSON.stringify(file);
  const out = p.flags.get("o")?.[0] ?? p.flags.get("out")?.[0];
  if (out) {
    require("node:fs").writeFileSync(out, json + "\n");
    io.err(`wrote ${out}: ${file.editions.length} editions, ${file.editions.reduce((n, e) => n + e.observations.length, 0)} figures\n`);
  } else io.out(json + "\n");
  for (const i of issues) io.err(`issue: ${i.code}: ${i.message}\n`);
  return 0;
}

/** Provenance without the report's sentences (for data shipped in the repository). */
export function stripSentences<T extends { editions: Edition[] }>(file: T): T {
  const strip = (pv: Observation["provenance"]): Observation["provenance"] => ({
    ...pv,
    sentence: pv.start >= 0 ? `(report text not bundled: characters ${pv.start}-${pv.end} of the ${pv.edition} edition)` : pv.sentence,
  });
  return {
    ...file,
    editions: file.editions.map((e) => ({
      ...e,
      observations: e.observations.map((o) => ({ ...o, provenance: strip(o.provenance) })),
      trends: e.trends.map((t) => ({ ...t, provenance: strip(t.provenance) })),
      issues: e.issues.map((i) => ({ code: i.code, message: i.message, ...(i.section ? { section: i.section } : {}), ...(i.path ? { path: i.path } : {}) })),
    })),
  };
}

export const USAGE = `usage: smm <command> [options]
  eval [--reports FILE...] [--edition YYYY-MM]   formulas on stdin, JSON lines out
  parse FILE [--edition YYYY-MM] [--json] [--issues]   figures and issues of one report
  products [--json]                               the product catalog
  build FILE... [-o dataset.json] [--no-sentences]  a dataset JSON from reports, CSVs and datasets
  workbook -o FILE.xlsx [--reports FILE...] [--month YYYY-MM] [--from YYYY-MM --to YYYY-MM] [--product ID]
                                                  an .xlsx with the templates that works without the add-in
`;
