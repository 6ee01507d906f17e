/* eslint-disable */
/**
 * Builds the add-in into dist/ (or SMM_DIST_DIR):
 *   taskpane.html   the shared-runtime page: office.js, then functions.js, then taskpane.js
 *   functions.js    the =SMM.* functions + the shared runtime state (entry "functions")
 *   taskpane.js     the task pane (entry "taskpane", dependOn "functions": one module graph, one dataset)
 *   functions.json  generated from the JSDoc in src/functions/functions.ts
 *   manifest.xml    copied, https://localhost:3000 rewritten to ADDIN_PUBLIC_URL
 *   assets/         icons; data/bundled.json (if `npm run data` made it); help.html (function reference + README)
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

// ---- help.html: the function reference (from functions.json) + README.md rendered ------------

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** GitHub's heading anchors: lower case, punctuation dropped, spaces to "-". */
const slug = (s) => s.toLowerCase().replace(/<[^>]+>/g, "").replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s/g, "-");

function inline(md) {
  return esc(md)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
}

/** A small Markdown subset: headings, fenced code, tables, lists, paragraphs. */
function markdownToHtml(md, used = new Set()) {
  const out = [];
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    let m;
    if (/^```/.test(line)) {
      const body = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) body.push(lines[i]);
      i++;
      out.push(`<pre><code>${esc(body.join("\n"))}</code></pre>`);
    } else if ((m = /^(#{1,6})\s+(.*)$/.exec(line))) {
      const text = m[2].trim();
      let id = slug(text); // GitHub's anchors, so the README's own links work; duplicates get -1, -2 (like GitHub)
      for (let k = 1; used.has(id); k++) id = `${slug(text)}-${k}`;
      used.add(id);
      out.push(`<h${m[1].length} id="${id}">${inline(text)}</h${m[1].length}>`);
      i++;
    } else if (/^\s*\|/.test(line)) {
      const rows = [];
      for (; i < lines.length && /^\s*\|/.test(lines[i]); i++) rows.push(lines[i]);
      const cells = (r) => r.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
      const body = rows.filter((r) => !/^\s*\|[\s:|-]+\|\s*$/.test(r));
      out.push(`<table>${body.map((r, k) => `<tr>${cells(r).map((c) => (k === 0 ? `<th>${inline(c)}</th>` : `<td>${inline(c)}</td>`)).join("")}</tr>`).join("")}</table>`);
    } else if (/^\s*([-*]|\d+\.)\s+/.test(line)) {
      const items = [];
      for (; i < lines.length && /^\s*([-*]|\d+\.)\s+/.test(lines[i]); i++) items.push(lines[i].replace(/^\s*([-*]|\d+\.)\s+/, ""));
      out.push(`<ul>${items.map((x) => `<li>${inline(x)}</li>`).join("")}</ul>`);
    } else if (line.trim() === "") {
      i++;
    } else {
      const para = [];
      for (; i < lines.length && lines[i].trim() !== "" && !/^(#|```|\s*\||\s*([-*]|\d+\.)\s)/.test(lines[i]); i++) para.push(lines[i]);
      out.push(`<p>${inline(para.join(" "))}</p>`);
    }
  }
  return out.join("\n");
}

function helpHtml(functionsJson, readme) {
  const meta = JSON.parse(functionsJson);
  const fns = meta.functions
    .map((f) => {
      const sig = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      const params = f.parameters.map((p) => `<li><code>${esc(p.name)}</code>${p.optional ? " (optional)" : ""}: ${esc(p.description || "")}</li>`).join("");
      const spill = f.result && f.result.dimensionality === "matrix" ? " <em>(spills)</em>" : "";
      return `<h3 id="smm${f.id.toLowerCase()}"><code>=SMM.${esc(f.name)}(${esc(sig)})</code>${spill}</h3><p>${esc(f.description || "")}</p>${params ? `<ul>${params}</ul>` : ""}`;
    })
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SMM functions: help</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:15px/1.5 "Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font-family:Consolas,monospace;background:#f4f4f4}pre{padding:.6rem;overflow:auto}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}h3{margin-top:1.6rem}</style></head><body>
<h1>SMM functions</h1>
<p>China metal production figures from SMM's monthly reports, as Excel functions. Errors: <code>#VALUE!</code> for an unknown product, measure or basis or an unreadable period; <code>#N/A</code> when no loaded report has the figure (hover the cell for the reason).</p>
<h2 id="function-reference">Function reference</h2>
${fns}
${readme ? `<hr><div id="readme">${markdownToHtml(readme, new Set(["function-reference", "readme", ...meta.functions.map((f) => `smm${f.id.toLowerCase()}`)]))}</div>` : ""}
</body></html>`;
}

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
      compilation.hooks.processAssets.tap({ name: "SmmAddinPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const fj = compilation.getAsset("functions.json");
        if (!fj) return;
        const json = fj.source.source().toString();
        const readmePath = path.join(ROOT, "README.md");
        const readme = fs.existsSync(readmePath) ? fs.readFileSync(readmePath, "utf8") : "";
        if (readme) compilation.fileDependencies.add(readmePath);
        compilation.emitAsset("help.html", new webpack.sources.RawSource(rewrite(helpHtml(json, readme))));
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
