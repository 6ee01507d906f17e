/**
 * Property suite over the seed edition (read from ../shared at test time): every figure the parser
 * reads, rewritten with a negation, another comparison base, another subject or another time,
 * must disappear with an issue that says why; harmless rewordings must keep the value.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseReport } from "../../../src/core/report/parse";
import { runProperties, type Case } from "./rewrites";

const SEED = path.resolve(__dirname, "../../../../shared/reports/smm-2025-02.txt");
const have = existsSync(SEED);
const d = have ? describe : describe.skip; // ../shared is part of every checkout CI runs on

d("property rewrites of the seed's figures", () => {
  let cases: Case[] = [];
  beforeAll(() => {
    const text = readFileSync(SEED, "utf8");
    const r = parseReport(text, { fileName: "smm-2025-02.txt" });
    if (!r.edition) throw new Error("the seed did not parse");
    cases = runProperties(text, r.edition.observations, r.edition.sections, (t) => {
      const p = parseReport(t, { edition: "2025-02" });
      return p.edition ? { observations: p.edition.observations, issues: p.issues } : null;
    });
  }, 120_000);
  const breaking = (): Case[] => cases.filter((c) => ["negation", "other-base", "other-subject", "imports", "counterfactual", "last-year", "target"].includes(c.kind));
  const harmless = (): Case[] => cases.filter((c) => !breaking().includes(c));

  it("covers hundreds of figures and every kind of rewrite", () => {
    expect(breaking().length).toBeGreaterThan(700);
    expect(harmless().length).toBeGreaterThan(300);
    expect(new Set(cases.map((c) => c.kind)).size).toBe(12);
  });
  it("no rewritten figure is still read (a wrong number)", () => {
    const still = breaking().filter((c) => c.detail.startsWith("still read"));
    expect(still.map((c) => `${c.kind}: ${c.figure}`)).toEqual([]);
  });
  it("an issue gives the expected reason for at least 98% of them", () => {
    const ok = breaking().filter((c) => c.ok).length;
    expect(ok / breaking().length).toBeGreaterThanOrEqual(0.98);
  });
  it("harmless rewordings keep the value (at least 98%)", () => {
    const kept = harmless().filter((c) => c.ok).length;
    expect(kept / harmless().length).toBeGreaterThanOrEqual(0.98);
  });
});
