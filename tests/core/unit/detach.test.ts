/**
 * detachFromText copies the strings a parsed edition keeps, so they no longer hold the report's
 * whole text alive (the heap of imported editions); nothing else changes.
 */
import { detachFromText } from "../../../src/core/report/detach";
import { parseReport } from "../../../src/core/report/parse";

const TEXT = [
  "Copper Cathode",
  "In February 2025, China's copper cathode output fell 2.1% MoM to 1.1 million mt, the survey showed.",
  "Output is expected to rise 3.5% MoM in March.",
].join("\n");

describe("detachFromText", () => {
  test("keeps every figure, trend, issue and section exactly as read", () => {
    const r = parseReport(TEXT, { edition: "2025-02" });
    expect(r.edition?.observations.length).toBeGreaterThan(0);
    const before = JSON.stringify(r);
    const again = detachFromText(JSON.parse(before));
    expect(JSON.stringify(again)).toBe(before);
  });

  test("copies issues rather than changing the caller's objects", () => {
    const issue = { code: "unused-number" as const, message: "m", sentence: "s", section: "Copper Cathode" };
    const r = detachFromText({ edition: null, editionId: null, issues: [issue] });
    expect(r.issues[0]).toEqual(issue);
    expect(r.issues[0]).not.toBe(issue);
  });
});
