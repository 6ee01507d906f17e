/**
 * The role table (src/core/report/roles.ts): every rule fires on its own example, no rule before it
 * takes the example first, and the grammar reads the example's figure the same way.
 */
import { findFigures, readSentence, type Figure } from "../../../src/core/report/grammar";
import { leadOfNext, LEVEL_CHANGE_RULES, NEXT_LEAD_RULES, roleOf, type LeadRule, type RoleRule } from "../../../src/core/report/roles";
import { lex } from "../../../src/core/report/tokens";

/** The figure `raw` of the sentence, with the words before it (from the figure before on) and after it (to the next). */
function windowsOf(s: string, raw: string): { f: Figure; left: string; right: string } {
  const figs = findFigures(s);
  const i = figs.findIndex((f) => f.raw === raw);
  if (i < 0) throw new Error(`"${raw}" is not a figure of "${s}"`);
  const f = figs[i] as Figure;
  // as the grammar passes them: a comparison base right before the figure is its own
  const left = s.slice(figs[i - 1]?.end ?? 0, f.start).replace(/\s+(?:MoM|YoY|m-o-m|y-o-y|m\/m|y\/y|month-on-month|year-on-year)\s*$/i, " ");
  return { f, left, right: s.slice(f.end, figs[i + 1]?.start ?? s.length) };
}

const roleIn = (s: string, raw: string): ReturnType<typeof roleOf> => {
  const { f, left, right } = windowsOf(s, raw);
  return roleOf(left, f.hedge, right);
};

describe("role rules: each example is read by its own rule", () => {
  it.each(LEVEL_CHANGE_RULES.map((r) => [r.name, r] as const))("%s", (_n, r: RoleRule) => {
    const { sentence, figure, kind, direction } = r.example;
    const got = roleIn(sentence, figure);
    // the first rule that matches decides: the example's own rule, so no rule before it pre-empts it
    expect(got.rule).toBe(r.name);
    expect({ kind: got.kind, direction: got.direction }).toEqual({ kind, direction });
    // the example states what the rule produces
    expect(kind).toBe(r.produces.kind);
    if (r.produces.kind === "change" && r.produces.direction !== "word") expect(direction).toBe(r.produces.direction);
    if (r.produces.kind === "level") expect(direction).toBeNull();
    // and the grammar reads the figure so
    const reading = readSentence(sentence).find((x) => x.figure.raw === figure);
    expect({ kind: reading?.kind, direction: reading?.direction }).toEqual({ kind, direction });
  });
  it("rule names are unique", () => {
    expect(new Set(LEVEL_CHANGE_RULES.map((r) => r.name)).size).toBe(LEVEL_CHANGE_RULES.length);
  });
});

describe("role rules: the windows", () => {
  it("a figure no rule reads has no role and no rule", () => {
    expect(roleIn("In 2024, 28 days of maintenance were planned.", "28 days")).toEqual({ kind: null, direction: null, rule: null });
  });
  it("hedge words between the verb and the figure are looked through ('rose by more than 3%')", () => {
    expect(roleIn("Output rose by more than 3% MoM.", "3%")).toMatchObject({ kind: "change", direction: "up", rule: "change-word-by-of" });
    expect(roleIn("Output was down by about 3% MoM.", "3%")).toMatchObject({ kind: "change", direction: "down", rule: "change-word-by-of" });
  });
  it("a bracket and a sign before the figure belong to it ('up (+3.1%)')", () => {
    expect(roleIn("Output was 70,300 mt, up (+3.1% MoM).", "+3.1%")).toMatchObject({ kind: "change", direction: "up", rule: "change-word" });
  });
  it("the words far before the figure are read when a rule looks that far", () => {
    const far = "The reduction in working days in February, which the smelters in the north had long planned for the season, left only";
    expect(roleIn(`${far} 28 days of production.`, "28 days")).toMatchObject({ kind: "change", direction: "down", rule: "change-noun-of-earlier" });
  });
  it("tokens already lexed give the same role as the text", () => {
    for (const r of LEVEL_CHANGE_RULES) {
      const { f, left, right } = windowsOf(r.example.sentence, r.example.figure);
      expect(roleOf(left, f.hedge, right, { before: lex(left), after: lex(right) })).toEqual(roleOf(left, f.hedge, right));
    }
  });
});

describe("lead rules: words before a figure that lead it, not the figure before", () => {
  it.each(NEXT_LEAD_RULES.map((r) => [r.name, r] as const))("%s", (_n, r: LeadRule) => {
    const { sentence, figure, lead } = r.example;
    const figs = findFigures(sentence);
    const i = figs.findIndex((f) => f.raw === figure);
    expect(i).toBeGreaterThan(0);
    const between = sentence.slice((figs[i - 1] as Figure).end, (figs[i] as Figure).start);
    const got = leadOfNext(between);
    // the example's own rule finds it first, and the lead is the words it names
    expect(got?.rule).toBe(r.name);
    expect(between.slice(got?.start ?? 0)).toBe(lead);
    // the figure before reads no basis or direction from the lead: a level
    const before = readSentence(sentence).find((x) => x.figure.raw === (figs[i - 1] as Figure).raw);
    expect(before?.kind).toBe("level");
  });
  it("words that only follow a figure lead nothing", () => {
    expect(leadOfNext("% MoM, and ")).toBeNull();
    // "down about 400 mt, or 6.37%, MoM and down 21.4% YoY": "MoM" is the 6.37%'s, "and" ends it
    expect(leadOfNext("%, MoM and down ")).toBeNull();
    expect(leadOfNext("")).toBeNull();
  });
});
