/**
 * The CI guard (tests/no-skip-in-ci.js, a jest reporter in jest.config.js): under CI a run with a
 * skipped or todo test fails; outside CI skipping with a reason is allowed. And the helper that
 * tests use for prerequisites (tests/prerequisites.ts) reads CI the same way.
 */
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const NoSkipInCi = require(path.join(ROOT, "tests/no-skip-in-ci.js"));

const results = (...statuses: string[]) => ({
  testResults: [{ testFilePath: "/x/a.test.ts", testResults: statuses.map((status, i) => ({ status, fullName: `test ${i} (${status})` })) }],
});

function run(env: Record<string, string | undefined>, statuses: string[]): Error | undefined {
  const r = new NoSkipInCi({}, { env });
  r.onRunComplete(new Set(), results(...statuses));
  return r.getLastError();
}

describe("no skipped test under CI", () => {
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  afterAll(() => stderr.mockRestore());

  test.each(["1", "true", "yes"])("CI=%s: a skipped, pending or todo test fails the run, named", (ci) => {
    const e = run({ CI: ci }, ["passed", "pending", "todo", "skipped"]);
    expect(e).toBeInstanceOf(Error);
    expect(e?.message).toMatch(/3 test\(s\) skipped/);
    expect(e?.message).toContain("/x/a.test.ts: test 1 (pending)");
    expect(e?.message).toContain("test 2 (todo)");
  });

  test("CI with every test run: no error", () => {
    expect(run({ CI: "1" }, ["passed", "failed"])).toBeUndefined();
  });

  test.each([undefined, "", "0", "false"])("CI=%p (not CI): skipping is allowed", (ci) => {
    expect(run({ CI: ci }, ["passed", "pending"])).toBeUndefined();
  });

  test("jest.config.js installs the guard as a reporter", () => {
    const config = require(path.join(ROOT, "jest.config.js"));
    expect(config.reporters).toEqual(expect.arrayContaining(["default", "<rootDir>/tests/no-skip-in-ci.js"]));
  });
});
