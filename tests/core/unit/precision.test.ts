/**
 * The precision rule table (src/core/report/precision.ts): every rule fires on its own example,
 * the lexer tags what the rules rely on, and harmless wording passes untouched.
 */
import { PRECISION_RULES, precisionOf } from "../../../src/core/report/precision";
import { lex, TAGS } from "../../../src/core/report/tokens";

const at = (s: string, raw: string): [number, number] => {
  const i = s.indexOf(raw);
  if (i < 0) throw new Error(`"${raw}" not in "${s}"`);
  return [i, i + raw.length];
};

describe("precision rules: each example is excluded, with the rule's reason", () => {
  it.each(PRECISION_RULES.map((r) => [r.name, r] as const))("%s", (_n, r) => {
    const [sentence, raw] = r.example;
    const hit = precisionOf(sentence, ...at(sentence, raw), { overseas: r.overseasOnly === true });
    expect(hit).not.toBeNull();
    expect(hit?.reason).toBe(r.reason);
  });
  it("rule names are unique", () => {
    expect(new Set(PRECISION_RULES.map((r) => r.name)).size).toBe(PRECISION_RULES.length);
  });
});

describe("precision rules: statements that keep their figure", () => {
  const keep: [string, string][] = [
    ["China's copper cathode output rose 3.2% MoM in May.", "3.2%"],
    ["Output fell 2.1% m-o-m and rose 4% y/y.", "4%"],
    ["Output was up 5% from the same period last year.", "5%"],
    ["Output rose 5% compared with a year earlier.", "5%"],
    ["Global demand weakened, while China's output rose 3% MoM.", "3%"],
    ["Smelters not using copper concentrates operated at 68.7%.", "68.7%"],
    ["Output was no more than 3,000 mt below the April level, down 0.4% MoM.", "0.4%"],
    ["Output rose 2% MoM, the fastest growth this year.", "2%"],
    ["The operating rate averaged 61.2% in June.", "61.2%"],
    ["Based on SMM's liquid aluminium proportion data, casting ingot output fell 18.4% YoY.", "18.4%"],
    ["Output did not change much in May, and rose 1.1% MoM in June.", "1.1%"],
    ["Output rose 4.1% MoM as planned maintenance ended.", "4.1%"],
    ["Output should rebound by about 3.5% MoM as smelters push for their annual targets.", "3.5%"],
    // a possessive pronoun whose antecedent names no province or company
    ["Copper smelters ran harder; their operating rate rose to 85.4%.", "85.4%"],
    ["Refined zinc output recovered, and its operating rate climbed to 76.1%.", "76.1%"],
    // "compared with" a figure with no article is the same statement's other content, not a reference
    ["China produced 10,200 tons of metal in nickel sulphate, compared with 45,900 tons in kind.", "45,900 tons"],
    // a pronoun that is no clause's subject ("SMM revised its ...") does not look back
    ["After late returns from smelters in Gansu, SMM revised its March output to 37,200 mt.", "37,200 mt"],
    // a cumulative increase is the year to date, not producers' combined contribution
    ["From January to August, cumulative output was 7.87 million mt, a cumulative increase of 6.03% YoY.", "6.03%"],
    // the pronoun after the figure does not look back
    ["Smelters in Yunnan cut runs; national output fell 3% MoM, its first fall this year.", "3%"],
  ];
  it.each(keep)("%s (%s)", (s, raw) => {
    expect(precisionOf(s, ...at(s, raw))).toBeNull();
  });
});

describe("precision rules: the scope of a statement", () => {
  it("a negation in one clause does not reach a figure with its own verb", () => {
    const s = "Output did not decrease by 7.36% MoM but achieved a YoY growth of 11.14%.";
    expect(precisionOf(s, ...at(s, "7.36%"))?.reason).toBe("negated");
    expect(precisionOf(s, ...at(s, "11.14%"))).toBeNull();
  });
  it("a negated verb does not reach past a comma and a change word of the figure's own ('did not decline as feared, rising 1.2%')", () => {
    const s = "China's NPI output did not decline as feared, rising 1.2% MoM to 30,600 mt.";
    expect(precisionOf(s, ...at(s, "1.2%"))).toBeNull();
    const t = "China's NPI output did not decline 1.2% MoM as feared, holding level.";
    expect(precisionOf(t, ...at(t, "1.2%"))?.reason).toBe("negated");
  });
  it("a clause with no verb of its own leans on the one before ('..., or 3.1%')", () => {
    const s = "Output would have fallen by 12,000 mt, or 3.1%, without the outages.";
    expect(precisionOf(s, ...at(s, "3.1%"))?.reason).toBe("other-time");
  });
  it("the subject of 'but' carries over ('Global output fell 2% but rose 5% YoY')", () => {
    const s = "Global refined nickel output fell 2% MoM but rose 5% YoY.";
    expect(precisionOf(s, ...at(s, "5%"))?.reason).toBe("other-subject");
  });
  it("a possessive pronoun reaches back to its antecedent, in its own chain or the one before ('; their ...')", () => {
    const s = "Smelters in Yunnan cut runs, and their operating rate fell to 58.4%.";
    expect(precisionOf(s, ...at(s, "58.4%"))?.reason).toBe("part-of-industry");
    const t = "Smelters in Yunnan and Jiangxi cut runs; their combined operating rate fell to 58.4%.";
    expect(precisionOf(t, ...at(t, "58.4%"))?.reason).toBe("part-of-industry");
  });
  it("a hedge before a figure is not a comparison ('by over 4% in the same month last year')", () => {
    const s = "Output declined by over 4% in the same month last year.";
    expect(precisionOf(s, ...at(s, "4%"))?.reason).toBe("other-time");
  });
});

describe("lexer", () => {
  it("reads numbers with thousands separators and a trailing comma apart", () => {
    expect(lex("In February 2025, output was 1,234.5 mt.").map((t) => t.text)).toEqual(["In", "February", "2025", ",", "output", "was", "1,234.5", "mt", "."]);
  });
  it("tags the words rules depend on", () => {
    const t = lex("Jinchuan Group's output did not rise 3% QoQ; y/y m-o-m");
    const tag = (w: string): number => t.find((x) => x.text === w)?.tags ?? 0;
    expect(tag("Group's") & TAGS.companySuffix).toBeTruthy();
    expect(tag("not") & TAGS.neg).toBeTruthy();
    expect(tag("QoQ") & TAGS.baseOther).toBeTruthy();
    expect(tag(";") & TAGS.stop).toBeTruthy();
    expect(tag("y/y") & TAGS.baseWord).toBeTruthy();
    expect(tag("m-o-m") & TAGS.baseWord).toBeTruthy();
  });
  it("is linear: a long sentence lexes in one pass", () => {
    const long = "output rose 3% MoM, ".repeat(5000);
    expect(lex(long).length).toBe(5000 * 5);
  });
});
