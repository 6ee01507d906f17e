/**
 * Runs parser fuzz jobs in a child process, so that the test can kill a parse that never ends and
 * still say which input it was on. Started by parser-fuzz.test.ts as
 *   node -r ts-node/register/transpile-only tests/hardening/parse-worker.ts <job> [args]
 * and writes one JSON object per line on stdout:
 *   {"start": i}                       before each input (the last one is the culprit of a timeout)
 *   {"problem": {...}}                 an input that broke an invariant (text included, clipped)
 *   {"done": {...}}                    the summary
 *
 * Jobs:
 *   mutations <seed> <count>   small mutated pieces of editions (corpus.ts)
 *   big                        a few 5 MB texts
 *   one <file>                 one text from a file (the slow-input repros)
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../bench/prng";
import { Catalog } from "../../src/core/catalog";
import { parseReport } from "../../src/core/report/parse";
import { mutate, pieces, sources } from "./corpus";
import { parseProblems } from "./invariants";

const out = (x: unknown): void => void process.stdout.write(JSON.stringify(x) + "\n");
const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const clip = (s: string, n = 4000): string => (s.length > n ? `${s.slice(0, n)}... (${s.length} chars)` : s);

function runOne(i: number, text: string, fileName: string, catalog: Catalog | undefined, label: string[]): { ms: number; bad: boolean } {
  out({ start: i });
  const t = now();
  let problems: string[];
  try {
    problems = parseProblems(text, parseReport(text, { fileName, ...(catalog ? { catalog } : {}) }));
  } catch (e) {
    problems = [`parseReport threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`];
  }
  const ms = now() - t;
  if (problems.length) out({ problem: { i, fileName, mutations: label, problems: problems.slice(0, 5), text: clip(text) } });
  return { ms, bad: problems.length > 0 };
}

function mutations(seed: number, count: number): void {
  const ps = pieces(sources());
  if (!ps.length) throw new Error("no editions to mutate");
  const rng = new Rng(seed);
  let catalog = new Catalog();
  let max = 0;
  let maxCase = "";
  let bad = 0;
  const t0 = now();
  for (let i = 0; i < count; i++) {
    if (i % 500 === 0) catalog = new Catalog(); // unknown headings grow a catalog: start afresh now and then
    const p = rng.pick(ps);
    const m = mutate(rng, p.text);
    const r = runOne(i, m.text, p.fileName, catalog, m.applied);
    if (r.bad) bad++;
    if (r.ms > max) {
      max = r.ms;
      maxCase = `#${i} (${m.applied.join("+")}, ${m.text.length} chars): ${clip(JSON.stringify(m.text), 300)}`;
    }
  }
  out({ done: { n: count, bad, maxMs: max, maxCase, totalMs: now() - t0 } });
}

/** The 5 MB texts: names and generators (deterministic). */
const BIG_TEXTS: Record<string, () => string> = {
  "editions repeated to 5 MB": () => {
    const src = sources();
    const all = src.map((s) => s.text).join("\n\n");
    return all.repeat(Math.ceil((5 << 20) / all.length)).slice(0, 5 << 20);
  },
  "5 MB of report-like sentences with random words and numbers": () => {
    const rng = new Rng(5);
    const words = [
      "copper",
      "cathode",
      "production",
      "output",
      "increased",
      "decreased",
      "by",
      "mt",
      "MoM",
      "YoY",
      "in",
      "February",
      "March",
      "2025",
      "the",
      "operating",
      "rate",
      "was",
      "up",
      "down",
      "approximately",
      "over",
      "smelters",
      "expected",
      "to",
      "%",
      "percentage",
      "points",
      "capacity",
      "million",
      "SMM",
      "nickel",
      "NPI",
      "aluminum",
      "slightly",
      "significantly",
    ];
    const parts: string[] = [];
    let n = 0;
    while (n < 5 << 20) {
      const len = rng.int(8, 30);
      const ws: string[] = [];
      for (let k = 0; k < len; k++)
        ws.push(
          rng.chance(0.15)
            ? rng.chance(0.5)
              ? `${rng.int(1, 999)},${String(rng.int(0, 999)).padStart(3, "0")}`
              : `${rng.int(0, 99)}.${rng.int(0, 99)}%`
            : rng.pick(words),
        );
      const s = ws.join(" ") + (rng.chance(0.1) ? ".\n" : ". ");
      parts.push(s.charAt(0).toUpperCase() + s.slice(1));
      n += s.length;
    }
    return "Copper Cathode\n" + parts.join("");
  },
  "5 MB of HTML (tags, entities, scripts) around report paragraphs": () => {
    const src = sources()[0]?.text ?? "";
    const paras = src.split("\n").filter((l) => l.trim());
    const rng = new Rng(6);
    const parts: string[] = ["<!doctype html><html><head><title>SMM</title><script>var x = '<p>';</script></head><body>"];
    let n = 0;
    while (n < 5 << 20) {
      const p = rng.pick(paras);
      const html =
        p.length < 70
          ? `<h2 class="t">${p}</h2>\n`
          : `<p style="margin:0">${p.replace(/ /g, () => (rng.chance(0.02) ? "&nbsp;" : " ")).replace(/,/g, "&#44;")}</p>\n`;
      parts.push(html);
      n += html.length;
    }
    return parts.join("") + "</body></html>";
  },
  "5 MB of random bytes": () => {
    const rng = new Rng(7);
    const a = new Array<string>(5 << 20);
    for (let i = 0; i < a.length; i++) a[i] = String.fromCharCode(rng.int(0, 255));
    return a.join("");
  },
};

function big(): void {
  let i = 0;
  const results: { name: string; ms: number; chars: number; bad: boolean }[] = [];
  for (const [name, gen] of Object.entries(BIG_TEXTS)) {
    const text = gen();
    const r = runOne(i++, text, "smm-2025-02.txt", undefined, [name]);
    results.push({ name, ms: r.ms, chars: text.length, bad: r.bad });
  }
  out({ done: { results } });
}

function one(file: string): void {
  const text = readFileSync(file, "utf8");
  const r = runOne(0, text, "smm-2025-02.txt", undefined, ["repro"]);
  out({ done: { ms: r.ms, bad: r.bad } });
}

const [job, a1, a2] = process.argv.slice(2);
if (job === "mutations") mutations(Number(a1 ?? 1), Number(a2 ?? 1000));
else if (job === "big") big();
else if (job === "one" && a1) one(a1);
else {
  process.stderr.write("usage: parse-worker.ts mutations SEED COUNT | big | one FILE\n");
  process.exit(2);
}
