/**
 * The seed acceptance check (issue 2): the shared gold file scored through `smm eval`, with the
 * thresholds the issue sets. Skips, with the reason, when ../shared is absent (fails under CI).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { SHARED_DIR } from "../shared-dir";
import { prerequisite } from "../prerequisites";

const root = path.resolve(__dirname, "../..");
const shared = SHARED_DIR;
const tool = path.join(shared, "tools/acceptance.mjs");
const gold = path.join(shared, "acceptance/seed-2025-02.jsonl");
const report = path.join(shared, "reports/smm-2025-02.txt");
/**
 * What the seed gold file scores now, by kind (issue 2 asked 0.97/0.95/0.9/0.8/1): headline 162/162,
 * errors 82/82, trend 92/95, segments 56/57, implied 3/3. A guard that only goes up: raise these
 * when the parser answers more (tests/addin/gold-wrappers.test.ts holds the same counts).
 */
const MEASURED = { headline: 1, errors: 1, trend: 0.968, segments: 0.982, implied: 1 };

const have = existsSync(tool) && existsSync(gold) && existsSync(report);

const need = prerequisite(
  have,
  `../shared not found at ${shared} (tools/acceptance.mjs, the seed gold file and report; set SMM_SHARED): the seed acceptance check`,
);

need.describe("seed acceptance (../shared)", () => {
  it("answers what it answers now through the CLI (issue 2's thresholds, raised to what is measured), no wrong number", () => {
    const run = spawnSync(
      process.execPath,
      [tool, "--gold", gold, "--reports", report, ...Object.entries(MEASURED).flatMap(([k, v]) => ["--min", `${k}=${v}`]), "--max-wrong", "0", "--show", "40"],
      { cwd: root, encoding: "utf8", timeout: 120_000 },
    );
    const out = run.stdout + run.stderr;
    expect(out).toMatch(/acceptance: \d+ passed/);
    if (run.status !== 0) console.log(out);
    expect(run.status).toBe(0);
  });
});
