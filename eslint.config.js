// ESLint flat config: typescript-eslint's recommended rules over src, tests, scripts and bench.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", ".certs/**", "build/**"] },
  { linterOptions: { reportUnusedDisableDirectives: "off" } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.browser, Office: "readonly", Excel: "readonly", OfficeRuntime: "readonly", CustomFunctions: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
      "no-control-regex": "off",
      "no-useless-escape": "off",
      "no-empty": ["error", { allowEmptyCatch: true }],
      // report text must never become HTML (see SECURITY in the README)
      "no-restricted-properties": ["error", { property: "innerHTML", message: "Report text is untrusted: build DOM nodes with textContent." }, { property: "outerHTML", message: "Report text is untrusted." }, { property: "insertAdjacentHTML", message: "Report text is untrusted." }],
      "no-eval": "error",
      "no-new-func": "error",
      "no-implied-eval": "error",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node, ...globals.browser } },
    rules: { "@typescript-eslint/no-require-imports": "off", "no-redeclare": "off" },
  },
  {
    // tests talk to mocks and fakes whose shapes are not worth typing
    files: ["tests/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-this-alias": "off", "no-loss-of-precision": "off", "@typescript-eslint/no-unused-vars": "off", "no-empty": "off" },
  },
);
