/**
 * The layering is enforced by the tools `npm test` runs first (pretest: typecheck, lint): a core
 * module that touches Office, the DOM or Node fails both tsc (tsconfig.core.json: no DOM, Node or
 * Office types) and ESLint (per-layer no-restricted-imports / no-restricted-globals in
 * eslint.config.js). These tests feed both tools offending fixture text (never written into src/,
 * which other tests scan) and expect them to fail, and check the real tree passes.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { Linter } from "eslint";

const ROOT = path.resolve(__dirname, "../..");

describe("npm test runs the layer checks", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  test("pretest runs typecheck and lint; typecheck includes tsconfig.core.json; lint covers src", () => {
    expect(pkg.scripts.pretest).toMatch(/npm run --silent typecheck/);
    expect(pkg.scripts.pretest).toMatch(/npm run --silent lint/);
    expect(pkg.scripts.typecheck).toContain("-p tsconfig.core.json");
    expect(pkg.scripts.lint.split(/\s+/)).toContain("src");
  });
  test("tsconfig.core.json gives src/core only the ECMAScript library: no DOM, Node, jest or Office types", () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      path.join(ROOT, "tsconfig.core.json"),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    expect(parsed).toBeDefined();
    expect(parsed!.options.types).toEqual([]);
    expect((parsed!.options.lib ?? []).map((l) => l.toLowerCase())).toEqual(["lib.es2022.d.ts"]);
    const files = parsed!.fileNames.map((f) => path.relative(ROOT, f).split(path.sep).join("/"));
    expect(files.length).toBeGreaterThan(20);
    expect(files.every((f) => f.startsWith("src/core/"))).toBe(true);
  });
});

describe("tsc with tsconfig.core.json", () => {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.core.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const CLEAN = 'import { slugify } from "./catalog";\nexport const ok: string = [1, 2].map(String).join(",") + slugify("A b");\n';
  const OFFENDING: Array<[string, string, RegExp]> = [
    ["Node: process", "export const v = process.env.SMM_DEBUG;", /TS25\d\d .*'process'/],
    ["Node: node:fs", 'import fs from "node:fs";\nexport const v = fs;', /TS2307 Cannot find module 'node:fs'|TS2591/],
    ["Node: Buffer", 'export const v = Buffer.from("x");', /'Buffer'/],
    ["DOM: document", "export const v = document.title;", /'document'/],
    ["DOM: window", "export const v = window.location.href;", /'window'/],
    ["DOM: console", 'export function f(): void { console.log("x"); }', /'console'/],
    ["DOM type: HTMLElement", "export type V = HTMLElement;", /'HTMLElement'/],
    ["Office: Excel.run", "export const v = Excel.run(async () => 1);", /'Excel'/],
    ["Office: Office.context", "export const v = Office.context;", /'Office'/],
    ["Office: OfficeRuntime.storage", "export const v = OfficeRuntime.storage;", /'OfficeRuntime'/],
    ["jest: expect", "export const v = expect(1);", /'expect'/],
  ];
  // one program: src/core plus a virtual file per fixture (nothing is written into src/)
  const fixtures = new Map<string, string>([[path.join(ROOT, "src/core/__layering_clean__.ts"), CLEAN]]);
  OFFENDING.forEach(([, text], i) => fixtures.set(path.join(ROOT, `src/core/__layering_fixture_${i}__.ts`), text));
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, onError, create) => {
    const text = fixtures.get(path.resolve(file));
    return text !== undefined ? ts.createSourceFile(file, text, lang) : getSourceFile(file, lang, onError, create);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => fixtures.has(path.resolve(file)) || fileExists(file);
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, ...fixtures.keys()], options: { ...parsed.options, noEmit: true }, host });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file ? path.resolve(d.file.fileName) : "",
    text: `${d.file ? path.relative(ROOT, d.file.fileName) : ""}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
  }));
  const of = (file: string): string[] => diagnostics.filter((d) => d.file === file).map((d) => d.text);

  test("the real src/core type-checks, and so does a clean fixture", () => {
    expect(diagnostics.filter((d) => !fixtures.has(d.file)).map((d) => d.text)).toEqual([]);
    expect(of(path.join(ROOT, "src/core/__layering_clean__.ts"))).toEqual([]);
  });

  test.each(OFFENDING.map(([what, , message], i) => [what, i, message] as const))("a core file using %s fails", (_what, i, message) => {
    const found = of(path.join(ROOT, `src/core/__layering_fixture_${i}__.ts`));
    expect(found.length).toBeGreaterThan(0);
    expect(found.join("\n")).toMatch(message);
  });
});

describe("ESLint's per-layer rules", () => {
  // the flat config as `eslint` loads it (Linter, not ESLint: no dynamic import() under jest)
  const config = require(path.join(ROOT, "eslint.config.js"));
  const linter = new Linter({ cwd: ROOT, configType: "flat" });
  const lint = (file: string, text: string): string[] =>
    linter.verify(text, config, { filename: path.join(ROOT, file) }).map((m) => `${m.ruleId ?? "fatal"}: ${m.message}`);
  const layerRule = /^(@typescript-eslint\/no-restricted-imports|no-restricted-globals): /;

  const titled = <T extends unknown[]>(rows: Array<[string, string, ...T]>) =>
    rows.map(([file, text, ...rest]) => [`${file}: ${text.split("\n")[0]}`, file, text, ...rest] as const);
  test.each(
    titled([
      ["src/core/x.ts", 'import { isValidPeriod } from "./periods";\nexport const ok = isValidPeriod;\n'],
      ["src/core/report/x.ts", 'import { normalize } from "./text";\nexport const ok = normalize;\n'],
      [
        "src/taskpane/actions/x.ts",
        'import { normalize } from "../../core/report/parse";\nimport type { Grid } from "../../excel/types";\nexport const ok = (g: Grid) => normalize(String(g));\n',
      ],
      ["src/taskpane/view/x.ts", 'import { h } from "./dom";\nexport const ok = () => h("p", {}, document.title);\n'],
      ["src/excel/x.ts", "export const ok = () => Excel.run(async () => Office.context);\n"],
      ["src/functions/x.ts", "export const ok = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);\n"],
      ["src/cli/x.ts", 'import { readFileSync } from "node:fs";\nexport const ok = () => readFileSync(process.argv[2] ?? "");\n'],
    ]),
  )("allowed: %s", (_title, file, text) => {
    expect(lint(file, text).filter((m) => layerRule.test(m))).toEqual([]);
  });

  test.each(
    titled<[RegExp]>([
      ["src/core/x.ts", 'import fs from "node:fs";\nexport const v = fs;\n', /no-restricted-imports: 'node:fs'/],
      ["src/core/x.ts", 'import path from "path";\nexport const v = path;\n', /no-restricted-imports: 'path'/],
      ["src/core/x.ts", 'import ExcelJS from "exceljs";\nexport const v = ExcelJS;\n', /no-restricted-imports: 'exceljs'/],
      ["src/core/x.ts", 'import { runExcel } from "../excel/run";\nexport const v = runExcel;\n', /no-restricted-imports: '\.\.\/excel\/run'/],
      [
        "src/core/report/x.ts",
        'import { getRuntime } from "../../runtime/state";\nexport const v = getRuntime;\n',
        /no-restricted-imports: '\.\.\/\.\.\/runtime\/state'/,
      ],
      ["src/core/x.ts", "export const v = process.env.SMM_DEBUG_TRENDS;\n", /no-restricted-globals: .*'process'/],
      ["src/core/x.ts", "export const v = typeof window;\n", /no-restricted-globals: .*'window'/],
      ["src/core/x.ts", "export const v = document.title;\n", /no-restricted-globals: .*'document'/],
      ["src/core/x.ts", "export const v = Office.context;\n", /no-restricted-globals: .*'Office'/],
      ["src/core/x.ts", "export const v = Excel.run(async () => 1);\n", /no-restricted-globals: .*'Excel'/],
      ["src/core/x.ts", "export const v = globalThis;\n", /no-restricted-globals: .*'globalThis'/],
      ["src/core/x.ts", 'export const v = () => console.error("x");\n', /no-restricted-globals: .*'console'/],
      ["src/functions/x.ts", "export const v = () => document.title;\n", /no-restricted-globals: .*'document'/],
      ["src/functions/x.ts", "export const v = () => Excel.run(async () => 1);\n", /no-restricted-globals: .*'Excel'/],
      ["src/functions/x.ts", "export const v = () => Office.context;\n", /no-restricted-globals: .*'Office'/],
      ["src/taskpane/view/x.ts", "export const v = () => Excel.run(async () => 1);\n", /no-restricted-globals: .*'Excel'/],
      ["src/taskpane/view/x.ts", "export const v = () => Office.context.document;\n", /no-restricted-globals: .*'Office'/],
      [
        "src/taskpane/view/x.ts",
        'import { runExcel } from "../../excel/run";\nexport const v = runExcel;\n',
        /no-restricted-imports: '\.\.\/\.\.\/excel\/run'/,
      ],
      ["src/taskpane/actions/x.ts", "export const v = () => document.createElement('p');\n", /no-restricted-globals: .*'document'/],
      ["src/taskpane/actions/x.ts", "export const v = () => window.alert('x');\n", /no-restricted-globals: .*'window'/],
      ["src/taskpane/actions/x.ts", 'import { h } from "../view/dom";\nexport const v = h;\n', /no-restricted-imports: '\.\.\/view\/dom'/],
      [
        "src/taskpane/actions/x.ts",
        'import { normalize } from "../../core/report/text";\nexport const v = normalize;\n',
        /no-restricted-imports: '\.\.\/\.\.\/core\/report\/text'/,
      ],
      ["src/excel/x.ts", "export const v = () => document.title;\n", /no-restricted-globals: .*'document'/],
      ["src/excel/x.ts", 'import fs from "fs";\nexport const v = fs;\n', /no-restricted-imports: 'fs'/],
      ["src/excel/x.ts", 'import { App } from "../taskpane/app";\nexport const v = App;\n', /no-restricted-imports: '\.\.\/taskpane\/app'/],
      ["src/cli/x.ts", "export const v = () => Office.context;\n", /no-restricted-globals: .*'Office'/],
    ]),
  )("rejected: %s", (_title, file, text, expected) => {
    const messages = lint(file, text);
    expect(messages.join("\n")).toMatch(expected);
  });
});
