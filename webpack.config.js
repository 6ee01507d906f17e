/* eslint-disable */
/**
 * Builds the add-in into dist/ (or SMM_DIST_DIR):
 *   taskpane.html   the shared-runtime page: register-first.js, office.js, functions.js, taskpane.js
 *                   (all in <head>, in that order, not deferred), with its Content-Security-Policy
 *   register-first.js  holds Excel's custom-functions start until functions.js has registered them
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
 * Production builds reference Microsoft's CDN at the host Microsoft now documents
 * (OFFICE_JS_CDN; what AppSource requires and what gets fixes); set SMM_OFFICE_JS=local for a
 * self-contained deployment (or =cdn in development).
 *
 * Versioning: every build gets a version V = <package version>-<first 10 hex of the build hash>;
 * the manifest's functions.js/functions.json/taskpane.html URLs and the page's script URLs carry ?v=V, so Excel
 * (which caches functions.json for up to a day) fetches the new metadata as soon as the new
 * manifest is deployed. The manifest's <Version> is its first three parts + SMM_BUILD_NUMBER
 * (production default: days since 2020-01-01, so a later day's build is a higher version).
 *
 * Content-Security-Policy (contentSecurityPolicy below, put into taskpane.html's meta tag at
 * build; tests/hardening/security.test.ts and tests/addin/manifest.test.ts check the built page).
 *
 * Environment:
 *   ADDIN_PUBLIC_URL  where the production build is hosted (https://...); rewrites manifest/functions.json/help
 *   SMM_HELP_URL      overrides the help link base (default <public url>/help.html), e.g. the repository README
 *   SMM_TEAM_URL      default team-source dataset URL baked into the build (users can change it)
 *   SMM_TEAM_ORIGINS  more https origins a team source may be fetched from (comma-separated); the CSP's
 *                     connect-src allows the add-in's own origin, these and SMM_TEAM_URL's origin
 *   SMM_BUILD_NUMBER  the 4th part of the manifest's <Version>
 *   SMM_OFFICE_JS     local | cdn
 *   SMM_DIST_DIR      output folder (tests build into test-output/)
 *   SMM_TRANSPILE_ONLY=1  skip type checking (tests; `npm run typecheck` checks types)
 *   SMM_PORT, SMM_CERT_DIR  dev server port and certificate folder (scripts/start.js sets them)
 */
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000";
/** office.js from the host Microsoft documents now ("Referencing the Office JavaScript API library"). */
const OFFICE_JS_CDN = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
/**
 * The hosts Microsoft documents for office.js: the unified Microsoft 365 domain and the earlier
 * appsforoffice.microsoft.com (still documented for the beta library, and where a redirect could
 * lead). office.js loads its host files (excel-*.js) from its own folder and may frame its own
 * error page (AgaveErrorUX) from there, so these are allowed for scripts and frames, nothing else.
 */
const OFFICE_JS_HOSTS = ["https://officeapis.public.onecdn.static.microsoft", "https://appsforoffice.microsoft.com"];
/** Written into register-first.js (see registerFirstJs). */
const REGISTER_FIRST = "register-first.js";
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

// ---- start-up order, versioning, Content-Security-Policy --------------------------------------

/**
 * register-first.js, loaded before office.js: sets the flag `CustomFunctions.delayInitialization()`
 * sets (office.js adopts an existing window.CustomFunctionMappings). Excel's custom-functions
 * runtime then waits, once Office is ready, until the first CustomFunctions.associate call (which
 * clears it) before it lets Excel call a function, whatever order the scripts load and run in. Without it a
 * fast Office.onReady could let Excel call =SMM.* before functions.js registered them (#VALUE!).
 */
function registerFirstJs() {
  return (
    "/* SMM: hold Excel's custom functions until functions.js registers them (CustomFunctions.delayInitialization). */\n" +
    "(function (w) { var m = w.CustomFunctionMappings = w.CustomFunctionMappings || {}; m.__delay__ = true; })(window);\n"
  );
}

/** https origins (scheme://host[:port]) from SMM_TEAM_URL and SMM_TEAM_ORIGINS; throws on anything else. */
function teamOrigins() {
  const out = [];
  const add = (value, what) => {
    let u;
    try {
      u = new URL(value);
    } catch {
      throw new Error(`[smm] ${what} is not a URL: ${value}`);
    }
    if (u.protocol !== "https:") throw new Error(`[smm] ${what} must be https: ${value}`);
    if (!out.includes(u.origin)) out.push(u.origin);
  };
  if (process.env.SMM_TEAM_URL) add(process.env.SMM_TEAM_URL, "SMM_TEAM_URL");
  for (const o of (process.env.SMM_TEAM_ORIGINS || "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean))
    add(o, "SMM_TEAM_ORIGINS");
  return out;
}

/**
 * The page's Content-Security-Policy. Every allowance, and why:
 *   default-src 'self'       anything not listed below only from the add-in's own origin;
 *   script-src 'self' + the office.js hosts (only when office.js comes from Microsoft's CDN): our
 *                            bundles and office.js with its host files; no inline script, no eval
 *                            (office.js's one `new Function("return this")` is in a try/catch
 *                            and not reached in a browser);
 *   style-src 'self' + the hash of the page's one <style> block (no inline style attributes);
 *   img-src 'self' data:     the icons; data: for small images the browser inlines;
 *   connect-src 'self' + team origins: the bundled dataset (own origin) and the team source, whose
 *                            host must be known at build time (SMM_TEAM_URL / SMM_TEAM_ORIGINS);
 *                            the runtime refuses other hosts with that message (src/runtime/office.ts);
 *                            development adds ws(s)://localhost:* (the dev server's live reload) and
 *                            http(s)://localhost:* (a local team source);
 *   frame-src                the office.js hosts (office.js may frame its own error page), else none;
 *   object-src 'none', base-uri 'none', form-action 'none'.
 */
function contentSecurityPolicy({ dev, officeJsUrl, styleHashes, team }) {
  const officeFromCdn = /^https:\/\//i.test(officeJsUrl);
  const officeHosts = officeFromCdn ? [...new Set([new URL(officeJsUrl).origin, ...OFFICE_JS_HOSTS])] : [];
  const connect = ["'self'", ...team, ...(dev ? ["https://localhost:*", "http://localhost:*", "ws://localhost:*", "wss://localhost:*"] : [])];
  return [
    "default-src 'self'",
    `script-src 'self'${officeHosts.map((h) => ` ${h}`).join("")}`,
    `style-src 'self'${styleHashes.map((h) => ` '${h}'`).join("")}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(" ")}`,
    `frame-src ${officeHosts.length ? officeHosts.join(" ") : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The 4-part manifest version: the source's first three parts + the build number. */
function manifestVersion(sourceVersion, dev) {
  const base = String(sourceVersion).split(".").slice(0, 3);
  while (base.length < 3) base.push("0");
  const env = process.env.SMM_BUILD_NUMBER;
  let build;
  if (env !== undefined && env !== "") {
    if (!/^\d{1,5}$/.test(env) || Number(env) > 65535) throw new Error(`[smm] SMM_BUILD_NUMBER must be 0-65535: ${env}`);
    build = Number(env);
  } else build = dev ? 0 : Math.floor((Date.now() - Date.UTC(2020, 0, 1)) / 86_400_000);
  return `${base.join(".")}.${build}`;
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
    const { officeJsUrl, dev, team } = this.opts;
    const rewrite = this.rewrite;
    const version = (compilation) => `${this.opts.packageVersion}-${String(compilation.hash || "").slice(0, 10)}`;
    compiler.hooks.thisCompilation.tap("SmmAddinPlugin", (compilation) => {
      const hooks = HtmlWebpackPlugin.getHooks(compilation);
      // register-first.js, then office.js, first in <head>; our bundles carry ?v=<build version>.
      hooks.alterAssetTagGroups.tap("SmmAddinPlugin", (data) => {
        const v = version(compilation);
        for (const tag of [...data.headTags, ...data.bodyTags]) {
          const src = tag.tagName === "script" && tag.attributes && tag.attributes.src;
          if (typeof src === "string" && /\.js$/.test(src) && !/^(?:https?:)?\/\//i.test(src)) tag.attributes.src = `${src}?v=${encodeURIComponent(v)}`;
        }
        data.headTags.unshift(
          HtmlWebpackPlugin.createHtmlTagObject("script", { type: "text/javascript", src: REGISTER_FIRST }),
          HtmlWebpackPlugin.createHtmlTagObject("script", { type: "text/javascript", src: officeJsUrl }),
        );
        return data;
      });
      // The CSP, with the hash of the page's own <style> block as shipped (after any minifier: last stage).
      compilation.hooks.processAssets.tap({ name: "SmmAddinPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const page = compilation.getAsset("taskpane.html");
        if (!page) return;
        let html = page.source.source().toString();
        const placeholder = /(\scontent=)(["']?)%SMM_CSP%\2/;
        if (!placeholder.test(html)) throw new Error('[smm] taskpane.html has no content="%SMM_CSP%" placeholder for its Content-Security-Policy');
        const code = html.replace(/<!--[\s\S]*?-->/g, "");
        const styleHashes = [...code.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `sha256-${crypto.createHash("sha256").update(m[1]).digest("base64")}`);
        const policy = contentSecurityPolicy({ dev, officeJsUrl, styleHashes, team });
        html = html.replace(placeholder, (_, attr) => `${attr}"${policy}"`);
        compilation.updateAsset("taskpane.html", new webpack.sources.RawSource(html));
      });
      compilation.hooks.processAssets.tap({ name: "SmmAddinPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        compilation.emitAsset(REGISTER_FIRST, new webpack.sources.RawSource(registerFirstJs()));
      });
      // The manifest: ?v=<build version> on functions.js/functions.json, <Version> with the build number.
      compilation.hooks.processAssets.tap({ name: "SmmAddinPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const m = compilation.getAsset("manifest.xml");
        if (!m) return;
        const v = encodeURIComponent(version(compilation));
        let xml = m.source.source().toString();
        // the runtime page too: it is what loads functions.js (a cached old page would load old code)
        xml = xml.replace(
          /(<bt:Url id="(?:Functions\.(?:Script|Metadata)|Taskpane)\.Url" DefaultValue="[^"?]+\/(?:functions\.js(?:on)?|taskpane\.html))"/g,
          `$1?v=${v}"`,
        );
        xml = xml.replace(/<Version>([^<]*)<\/Version>/, (_, ver) => `<Version>${manifestVersion(ver, dev)}</Version>`);
        compilation.updateAsset("manifest.xml", new webpack.sources.RawSource(xml));
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
  if (!dev && !process.env.ADDIN_PUBLIC_URL)
    console.warn(`[smm] production build for ${DEV_URL}: set ADDIN_PUBLIC_URL=https://your.host/path to deploy elsewhere`);
  const helpBase = process.env.SMM_HELP_URL || "";
  const officeJs = (process.env.SMM_OFFICE_JS || (dev ? "local" : "cdn")).toLowerCase();
  const officeJsUrl = officeJs === "cdn" ? OFFICE_JS_CDN : "office-js/office.js";
  const outDir = path.resolve(ROOT, process.env.SMM_DIST_DIR || "dist");
  const transpileOnly = process.env.SMM_TRANSPILE_ONLY === "1";
  const port = Number(process.env.SMM_PORT || 3000);
  const team = teamOrigins();
  const packageVersion = require("./package.json").version;
  const addin = new SmmAddinPlugin({ publicUrl, helpBase, officeJsUrl, dev, team, packageVersion });

  const copy = [
    { from: "assets", to: "assets", globOptions: { ignore: ["**/*.ai", "**/*.svg.src", "**/.*"] } },
    { from: "manifest.xml", to: "manifest.xml", transform: (content) => addin.rewrite(content.toString()) },
    { from: "data/bundled.json", to: "data/bundled.json", noErrorOnMissing: true },
  ];
  if (officeJs !== "cdn") copy.push(...officeJsPatterns());

  return {
    mode: dev ? "development" : "production",
    // Production ships no source maps (they would publish the TypeScript source); development keeps full ones.
    devtool: dev ? "source-map" : false,
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
        // in <head>, in order, not deferred: functions.js registers the functions right after office.js
        inject: "head",
        scriptLoading: "blocking",
      }),
      new CopyWebpackPlugin({ patterns: copy }),
      new webpack.DefinePlugin({
        __SMM_TEAM_URL__: JSON.stringify(process.env.SMM_TEAM_URL || ""),
        // what the CSP's connect-src allows besides the page's origin (src/runtime/office.ts says so before fetching)
        __SMM_CONNECT__: JSON.stringify({ origins: team, localhost: dev }),
      }),
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
