/* eslint-disable */
/**
 * Builds the add-in into dist/ (or SMM_DIST_DIR):
 *   taskpane.html   the shared-runtime page: office.js, then functions.js, then taskpane.js
 *   functions.js    the =SMM.* functions + the shared runtime state (entry "functions")
 *   taskpane.js     the task pane (entry "taskpane", dependOn "functions": one module graph, one dataset)
 *   functions.json  generated from the JSDoc in src/functions/functions.ts
 *   manifest.xml    copied, https://localhost:3000 rewritten to ADDIN_PUBLIC_URL
 *   assets/         icons; data/bundled.json (if `npm run data` made it); help.html (function reference + README,
 *                   scripts/help-page.js) and the README's images under docs/
 *   office-js/      a copy of @microsoft/office-js when office.js is served locally (see below)
 *
 * office.js: development builds (npm start, build:dev) serve the npm package's copy from
 * dist/office-js/ so the add-in loads offline; it needs o15apptofilemappingtable.js, the host
 * files (excel-*.js) and the locale strings next to it, or Office.onReady never resolves.
 * Production builds reference Microsoft's CDN (what AppSource requires and what gets fixes);
 * set SMM_OFFICE_JS=local for a self-contained deployment (or =cdn in development).
 *
 * Environment:
 *   ADDIN_PUBLIC_URL  where the production build is hosted (https://...); rewrites manifest/functions.json/help
 *   SMM_HELP_URL      overrides the help link base (default <public url>/help.html), e.g. the repository README
 *   SMM_TEAM_URL      default team-source dataset URL baked into the build (users can change it)
 *   SMM_OFFICE_JS     local | cdn
 *   SMM_DIST_DIR      output folder (tests build into test-output/)
 *   SMM_TRANSPILE_ONLY=1  skip type checking (tests; `npm run typecheck` checks types)
 *   SMM_PORT, SMM_CERT_DIR  dev server port and certificate folder (scripts/start.js sets them)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const ROOT = __dirname;

/** Non-Excel hosts' files in @microsoft/office-js: not copied. */
const OTHER_HOSTS = /^(access|onenote|outlook|powerpoint|project|word|wordios|powerpointios|outlookwebapp)[-.]/i;

function officeJsPatterns() {
  return [
    {
      from: "**/*.js",
      context: OFFICE_JS_DIR,
      to: "office-js/",
      globOptions: { ignore: ["**/*.debug.js", "**/*vsdoc*", "**/*_strings.js", "**/webauth/**"] },
      filter: (p) => !OTHER_HOSTS.test(path.basename(p)),
    },
    // Locale strings: office_strings.js of every language (Office picks the UI language).
    { from: "*/office_strings.js", context: OFFICE_JS_DIR, to: "office-js/" },
    { from: "agaveerrorux/**", context: OFFICE_JS_DIR, to: "office-js/", globOptions: { ignore: ["**/*.debug.js"] } },
  ];
}

function certOptions() {
  const dirs = [process.env.SMM_CERT_DIR, path.join(ROOT, ".certs"), path.join(os.homedir(), ".office-addin-dev-certs")].filter(Boolean);
  for (const dir of dirs) {
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      const ca = path.join(dir, "ca.crt");
      return { type: "https", options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}) } };
    }
  }
  return "https"; // webpack-dev-server generates a self-signed certificate
}

// ---- help.html: the function reference (from functions.json) + README.md rendered with marked ----
// scripts/help-page.js builds the page; the README's local images (and linked PDFs) ship beside it.
const { helpPage } = require("./scripts/help-page");
const HELP_FILE_TYPES = /\.(png|jpe?g|gif|svg|webp|pdf)$/i;

/** Rewrites https://localhost:3000 in the manifest/functions.json, adds help.html, injects office.js. */
class SmmAddinPlugin {
  constructor(opts) {
    this.opts = opts;
    const { publicUrl, helpBase } = opts;
    /** Used for manifest.xml (CopyWebpackPlugin transform), functions.json and help.html. */
    this.rewrite = (s) => {
      let t = s;
      if (helpBase) t = t.split(`${DEV_URL}/help.html`).join(helpBase);
      return publicUrl === DEV_URL ? t : t.split(DEV_URL).join(publicUrl);
    };
  }
  apply(compiler) {
    const { officeJsUrl } = this.opts;
    const rewrite = this.rewrite;
    compiler.hooks.thisCompilation.tap("SmmAddinPlugin", (compilation) => {
      // office.js first in <head>, unless the page already loads it.
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("SmmAddinPlugin", (data) => {
        const file = String(data.plugin.options.template).split("!").pop();
        const tpl = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
        if (!/<script[^>]*\ssrc=["'](?:[^"']*\/)?office(\.debug)?\.js["']/i.test(tpl)) {
          data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject("script", { type: "text/javascript", src: officeJsUrl }));
        }
        return data;
      });
      compilation.hooks.processAssets.tapPromise({ name: "SmmAddinPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, async () => {
        const fj = compilation.getAsset("functions.json");
        if (!fj) return;
        const json = fj.source.source().toString();
        const readmePath = path.join(ROOT, "README.md");
        const readme = fs.existsSync(readmePath) ? fs.readFileSync(readmePath, "utf8") : "";
        if (readme) compilation.fileDependencies.add(readmePath);
        const help = await helpPage(json, readme);
        compilation.emitAsset("help.html", new webpack.sources.RawSource(rewrite(help.html)));
        for (const rel of help.files) {
          const file = path.resolve(ROOT, rel);
          if (!HELP_FILE_TYPES.test(rel) || !file.startsWith(ROOT + path.sep) || !fs.existsSync(file) || compilation.getAsset(rel)) continue;
          compilation.fileDependencies.add(file);
          compilation.emitAsset(path.relative(ROOT, file).split(path.sep).join("/"), new webpack.sources.RawSource(fs.readFileSync(file)));
        }
        compilation.updateAsset("functions.json", new webpack.sources.RawSource(rewrite(json)));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || process.env.NODE_ENV || "production";
  const dev = mode !== "production";
  const publicUrl = (process.env.ADDIN_PUBLIC_URL || DEV_URL).replace(/\/+$/, "");
  if (!/^https:\/\//.test(publicUrl)) console.warn(`[smm] ADDIN_PUBLIC_URL should be https:// (Office requires HTTPS): ${publicUrl}`);
  if (!dev && !process.env.ADDIN_PUBLIC_URL) console.warn(`[smm] production build for ${DEV_URL}: set ADDIN_PUBLIC_URL=https://your.host/path to deploy elsewhere`);
  const helpBase = process.env.SMM_HELP_URL || "";
  const officeJs = (process.env.SMM_OFFICE_JS || (dev ? "local" : "cdn")).toLowerCase();
  const officeJsUrl = officeJs === "cdn" ? OFFICE_JS_CDN : "office-js/office.js";
  const outDir = path.resolve(ROOT, process.env.SMM_DIST_DIR || "dist");
  const transpileOnly = process.env.SMM_TRANSPILE_ONLY === "1";
  const port = Number(process.env.SMM_PORT || 3000);
  const addin = new SmmAddinPlugin({ publicUrl, helpBase, officeJsUrl });

  const copy = [
    { from: "assets", to: "assets", globOptions: { ignore: ["**/*.ai", "**/*.svg.src", "**/.*"] } },
    { from: "manifest.xml", to: "manifest.xml", transform: (content) => addin.rewrite(content.toString()) },
    { from: "data/bundled.json", to: "data/bundled.json", noErrorOnMissing: true },
  ];
  if (officeJs !== "cdn") copy.push(...officeJsPatterns());

  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    context: ROOT,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: { path: outDir, filename: "[name].js", clean: true, publicPath: "auto" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly, onlyCompileBundledFiles: true, compilerOptions: { module: "es2020", noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({ patterns: copy }),
      new webpack.DefinePlugin({ __SMM_TEAM_URL__: JSON.stringify(process.env.SMM_TEAM_URL || "") }),
      addin,
    ],
    performance: { hints: false },
    stats: dev ? "minimal" : "normal",
    devServer: {
      port,
      host: "localhost",
      server: certOptions(),
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
