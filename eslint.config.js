// ESLint flat config: typescript-eslint's recommended rules over src, tests, scripts and bench.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");
const { builtinModules } = require("node:module");

// ---- Layering (README "Layout"): what each folder of src/ may import and which globals it may touch.
// Node: node:* and the bare builtin names (fs, path, ...), and Node's globals.
const NODE_IMPORTS = [
  { regex: "^node:", message: "Node is for src/cli, scripts and tests only." },
  {
    regex: `^(${builtinModules
      .filter((m) => !m.startsWith("_"))
      .map((m) => m.replace(/[/]/g, "\\/"))
      .join("|")})(/|$)`,
    message: "Node is for src/cli, scripts and tests only.",
  },
];
const NODE_GLOBALS = ["process", "require", "module", "exports", "Buffer", "__dirname", "__filename", "global", "setImmediate"];
const DOM_GLOBALS = [
  "window",
  "document",
  "navigator",
  "location",
  "localStorage",
  "sessionStorage",
  "HTMLElement",
  "Element",
  "Node",
  "Event",
  "KeyboardEvent",
  "MouseEvent",
  "getComputedStyle",
  "requestAnimationFrame",
  "matchMedia",
  "XMLHttpRequest",
  "fetch",
  "self",
  "alert",
];
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeRuntime", "CustomFunctions"];
const restrictGlobals = (names, message) => names.map((name) => ({ name, message: `${name}: ${message}` }));
/** The per-layer rules for files: imports matching `imports` (regex patterns) and the `globals` named are errors. */
const layer = (files, { imports = [], globals: banned = [] }) => ({
  files,
  rules: {
    // typescript-eslint's version: `import type` of another layer's types is allowed where a pattern says so
    "@typescript-eslint/no-restricted-imports": ["error", { patterns: imports }],
    "no-restricted-globals": ["error", ...banned],
  },
});
const layers = [
  // core: pure TypeScript (no DOM, Node, Office); imports only other core modules
  layer(["src/core/**/*.ts"], {
    imports: [
      ...NODE_IMPORTS,
      { regex: "^(?!\\.{1,2}/)", message: "src/core is pure: no packages (the adapters above it use them)." },
      { regex: "^(\\.\\./)+(excel|runtime|taskpane|functions|cli)(/|$)", message: "src/core imports nothing from the layers above it." },
    ],
    globals: [
      ...restrictGlobals(NODE_GLOBALS, "src/core is pure: no Node (pass what it needs in as arguments)."),
      ...restrictGlobals(DOM_GLOBALS, "src/core is pure: no DOM."),
      ...restrictGlobals(OFFICE_GLOBALS, "src/core is pure: Office.js calls live in src/excel."),
      ...restrictGlobals(["globalThis", "console", "setTimeout", "setInterval"], "src/core is pure: no host environment (errors are values)."),
    ],
  }),
  // custom functions: core through runtime; no DOM, no Excel object model, no Node
  layer(["src/functions/**/*.ts"], {
    imports: [...NODE_IMPORTS, { regex: "^(\\.\\./)+(taskpane|excel|cli)(/|$)", message: "src/functions reaches the data through src/runtime and src/core." }],
    globals: [
      ...restrictGlobals(NODE_GLOBALS, "no Node in the add-in."),
      ...restrictGlobals(DOM_GLOBALS, "custom functions have no DOM."),
      ...restrictGlobals(["Office", "Excel", "OfficeRuntime"], "Office.js calls live in src/excel (start-up and storage in src/runtime)."),
    ],
  }),
  // Excel adapter: Office.js, no DOM, no Node, nothing from the pane or the functions
  layer(["src/excel/**/*.ts"], {
    imports: [
      ...NODE_IMPORTS,
      {
        regex: "^(\\.\\./)+(taskpane|functions|runtime|cli)(/|$)",
        message: "src/excel is an adapter over core: it imports nothing from the layers that use it.",
      },
    ],
    globals: [
      ...restrictGlobals(NODE_GLOBALS, "no Node in the add-in."),
      ...restrictGlobals(
        DOM_GLOBALS.filter((g) => g !== "navigator"),
        "src/excel has no DOM (the view does).",
      ),
    ],
  }),
  // task pane actions: what the pane does, without the DOM and without Office.js (src/excel does that)
  layer(["src/taskpane/actions/**/*.ts"], {
    imports: [
      ...NODE_IMPORTS,
      { regex: "^\\.\\./view(/|$)", message: "actions do not know the view." },
      { regex: "^(\\.\\./)+core/report/(?!parse$)", message: "src/core/report/parse is the parser's public module." },
      {
        regex: "^(\\.\\./)+(excel|runtime)/(?!types$|state$)",
        allowTypeImports: true,
        message: "actions reach Excel through the adapter interfaces (types) passed in.",
      },
      { regex: "^(\\.\\./)+functions(/|$)", message: "actions do not call the custom functions." },
    ],
    globals: [
      ...restrictGlobals(NODE_GLOBALS, "no Node in the add-in."),
      ...restrictGlobals(DOM_GLOBALS, "actions have no DOM (src/taskpane/view does)."),
      ...restrictGlobals(OFFICE_GLOBALS, "Office.js calls live in src/excel."),
    ],
  }),
  // task pane view: DOM only; no Office.js, no Node
  layer(["src/taskpane/view/**/*.ts"], {
    imports: [
      ...NODE_IMPORTS,
      { regex: "^(\\.\\./)+(excel|runtime|functions)(/|$)", allowTypeImports: true, message: "the view talks to actions; Office.js calls live in src/excel." },
      { regex: "^(\\.\\./)+core/report/(?!parse$)", message: "src/core/report/parse is the parser's public module." },
    ],
    globals: [...restrictGlobals(NODE_GLOBALS, "no Node in the add-in."), ...restrictGlobals(OFFICE_GLOBALS, "the view has no Office.js (src/excel does).")],
  }),
  // the rest of the add-in (runtime, pane shell): no Node; only the parser's public module
  layer(["src/runtime/**/*.ts", "src/taskpane/*.ts"], {
    imports: [...NODE_IMPORTS, { regex: "^(\\.\\./)+core/report/(?!parse$)", message: "src/core/report/parse is the parser's public module." }],
    globals: restrictGlobals(NODE_GLOBALS, "no Node in the add-in."),
  }),
  // the command line: Node, no DOM, no Office.js
  layer(["src/cli/**/*.ts"], {
    imports: [
      { regex: "^(\\.\\./)+(excel|runtime|taskpane|functions)(/|$)", message: "the command line uses core only." },
      { regex: "^(\\.\\./)+core/report/(?!parse$)", message: "src/core/report/parse is the parser's public module." },
    ],
    globals: [
      ...restrictGlobals(
        DOM_GLOBALS.filter((g) => g !== "fetch"),
        "the command line has no DOM.",
      ),
      ...restrictGlobals(OFFICE_GLOBALS, "the command line has no Office.js."),
    ],
  }),
];

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", ".certs/**", "build/**"] },
  { linterOptions: { reportUnusedDisableDirectives: "off" } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      globals: { ...globals.node, ...globals.browser, Office: "readonly", Excel: "readonly", OfficeRuntime: "readonly", CustomFunctions: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
      "no-control-regex": "off",
      "no-useless-escape": "off",
      "no-empty": ["error", { allowEmptyCatch: true }],
      // report text must never become HTML (see SECURITY in the README)
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Report text is untrusted: build DOM nodes with textContent." },
        { property: "outerHTML", message: "Report text is untrusted." },
        { property: "insertAdjacentHTML", message: "Report text is untrusted." },
      ],
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
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-this-alias": "off",
      "no-loss-of-precision": "off",
      "@typescript-eslint/no-unused-vars": "off",
      "no-empty": "off",
    },
  },
  ...layers,
);
