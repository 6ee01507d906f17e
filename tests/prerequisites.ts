/**
 * Tests that need something outside the repository (../shared, LibreOffice, Chromium) run when it
 * is there and show as SKIPPED, with the reason as a test title, when it is not: never as passed.
 * Under CI (env CI set, as .ci/run does) nothing may skip: a missing prerequisite is a failing test
 * (and tests/no-skip-in-ci.js fails the run if any test was skipped at all).
 */

/** True under CI: CI set to anything but "", "0" or "false". */
export const IN_CI = ((v) => v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false")(process.env.CI);

export interface Prerequisite {
  /** `describe`, or `describe.skip` when the prerequisite is missing. */
  describe: jest.Describe;
  /** `test`, or `test.skip` when the prerequisite is missing. */
  test: jest.It;
}

/**
 * `ok`: whether the prerequisite is there; `reason`: what is missing and how to get it
 * ("../shared not found at /x: ..."). Call at the top level of a test file.
 */
export function prerequisite(ok: boolean, reason: string): Prerequisite {
  if (ok) return { describe, test };
  if (IN_CI) {
    test(`missing prerequisite under CI (nothing may skip in CI): ${reason}`, () => {
      throw new Error(`${reason}. CI must install what the tests need (.ci/run).`);
    });
  } else {
    test.skip(`SKIPPED: ${reason}`, () => undefined);
  }
  return { describe: describe.skip, test: test.skip };
}
