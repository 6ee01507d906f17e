/**
 * The formatter config (.prettierrc.json, .prettierignore, npm run format / format:check). The
 * tree-wide pass and the check in `npm test` come later (after the branches merge); this checks the
 * config the check will use: generated files and fixtures are never formatted, and the scripts
 * cover what ESLint lints.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const PRETTIER = path.join(ROOT, "node_modules/prettier/bin/prettier.cjs");
const fileInfo = (file: string): { ignored: boolean } =>
  JSON.parse(execFileSync(process.execPath, [PRETTIER, "--file-info", file], { cwd: ROOT, encoding: "utf8" }));

describe("prettier config", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const config = JSON.parse(readFileSync(path.join(ROOT, ".prettierrc.json"), "utf8"));

  test("the code's style: double quotes, semicolons, trailing commas, a wide line", () => {
    expect(config).toMatchObject({ singleQuote: false, semi: true, trailingComma: "all", arrowParens: "always" });
    expect(config.printWidth).toBeGreaterThanOrEqual(120);
    expect(config.printWidth).toBeLessThanOrEqual(200);
  });

  test("npm run format / format:check cover what npm run lint covers", () => {
    const lint = pkg.scripts.lint
      .split(/\s+/)
      .slice(1)
      .filter((x: string) => !x.startsWith("-"));
    expect(pkg.scripts.format).toMatch(/^prettier --write /);
    expect(pkg.scripts["format:check"]).toMatch(/^prettier --check /);
    for (const target of lint) expect(pkg.scripts["format:check"].split(/\s+/)).toContain(target);
  });

  test.each([
    "data/bundled.json",
    "tests/fixtures/editions/aluminium-2025-03.txt",
    "tests/fixtures/heldout/README.md",
    "test-output/jest-results.json",
    "dist/functions.js",
    "dist/help.html",
  ])("%s is never formatted", (file) => {
    expect(fileInfo(file).ignored).toBe(true);
  });

  test.each(["src/core/report/grammar.ts", "tests/tooling/format-config.test.ts", "webpack.config.js"])("%s is formatted", (file) => {
    expect(fileInfo(file).ignored).toBe(false);
  });
});
