/**
 * Jest reporter: under CI (env CI set, as .ci/run does) a run in which any test was skipped (or
 * left as a todo) fails, listing them. Outside CI it says nothing: a missing prerequisite skips
 * with its reason (tests/prerequisites.ts).
 */
const inCi = (v) => v !== undefined && v !== "" && v !== "0" && String(v).toLowerCase() !== "false";

class NoSkipInCi {
  constructor(_globalConfig, options = {}) {
    this.env = options.env ?? process.env;
    this.error = undefined;
  }

  onRunComplete(_contexts, results) {
    if (!inCi(this.env.CI)) return;
    const skipped = [];
    for (const file of results.testResults ?? []) {
      for (const t of file.testResults ?? []) {
        if (t.status === "pending" || t.status === "skipped" || t.status === "todo" || t.status === "disabled")
          skipped.push(`${file.testFilePath}: ${t.fullName}`);
      }
    }
    if (skipped.length === 0) return;
    const message = `CI: ${skipped.length} test(s) skipped; nothing may skip in CI (install what they need in .ci/run):\n  ${skipped.join("\n  ")}`;
    process.stderr.write(`\n${message}\n`);
    this.error = new Error(message);
  }

  getLastError() {
    return this.error;
  }
}

module.exports = NoSkipInCi;
