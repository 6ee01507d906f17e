/**
 * Offline checks of manifest.xml and of what webpack builds: well-formed XML, ids, shared runtime
 * wiring (Runtimes, one page for functions/task pane), SMM namespace, permissions, every URL
 * pointing at a built file, icons present with the right sizes, functions.json matching the
 * contract, the page loading office.js before the bundles, and the production URL rewrite.
 *
 * Builds run webpack-cli in child processes into test-output/ (type checking is `npm run typecheck`).
 */
import { createHash } from "crypto";
import fs from "fs";
import path from "path";
import { DOMParser } from "@xmldom/xmldom";
import Ajv from "ajv";
import { buildAddin, ROOT } from "../built-addin";
import { contractDifferences } from "./contract";
import { customFunctionsSchema, namingProblems } from "./custom-functions-schema";

const OUT = path.join(ROOT, "test-output");
const DEV_DIST = path.join(OUT, "addin-dev");
const PROD_DIST = path.join(OUT, "addin-prod");
const DEV_URL = "https://localhost:3000";
const PUBLIC_URL = "https://smm-addin.example.com/excel";
const TEAM_URL = "https://team.example.com/data/smm.json";
/** Microsoft's documented office.js hosts (learn.microsoft.com, "Referencing the Office JavaScript API library"). */
const OFFICE_JS_HOSTS = ["https://officeapis.public.onecdn.static.microsoft", "https://appsforoffice.microsoft.com"];
const OFFICE_JS_CDN = "https://officeapis.public.onecdn.static.microsoft/1/office.js";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

type XDoc = ReturnType<DOMParser["parseFromString"]>;
type XEl = ReturnType<XDoc["getElementsByTagNameNS"]>[number];

function parseXml(text: string): XDoc {
  return new DOMParser({
    onError: (level, msg) => {
      throw new Error(`XML ${level}: ${msg}`);
    },
  }).parseFromString(text, "text/xml");
}

const all = (doc: XDoc | XEl, ns: string, tag: string): XEl[] => Array.from(doc.getElementsByTagNameNS(ns, tag));
const one = (doc: XDoc | XEl, ns: string, tag: string): XEl => {
  const els = all(doc, ns, tag);
  if (els.length !== 1) throw new Error(`expected one <${tag}>, found ${els.length}`);
  return els[0] as XEl;
};
const xsiType = (el: XEl): string | null => el.getAttributeNS(NS.xsi, "type");

/** Every https URL in the manifest (attribute values and text). */
function urlsIn(doc: XDoc): string[] {
  const out: string[] = [];
  const walk = (n: XEl): void => {
    for (const a of Array.from(n.attributes ?? [])) if (/^https?:\/\//.test(a.value) && !a.name.startsWith("xmlns")) out.push(a.value);
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 1) walk(c as XEl);
      else if (c.nodeType === 3 && /^\s*https?:\/\//.test(c.nodeValue ?? "")) out.push((c.nodeValue ?? "").trim());
    }
  };
  walk(doc.documentElement as XEl);
  return out;
}

function fileFor(url: string, base: string, dist: string): string {
  expect(url.startsWith(`${base}/`)).toBe(true);
  const rel = decodeURIComponent(url.slice(base.length + 1).split(/[?#]/)[0] ?? "");
  return path.join(dist, rel);
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))).toBe(true);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  await Promise.all([
    buildAddin(DEV_DIST, "development", { SMM_OFFICE_JS: "local", SMM_BUILD_NUMBER: "", SMM_TEAM_URL: "", SMM_TEAM_ORIGINS: "" }),
    buildAddin(PROD_DIST, "production", {
      ADDIN_PUBLIC_URL: PUBLIC_URL,
      SMM_OFFICE_JS: "cdn",
      SMM_BUILD_NUMBER: "42",
      SMM_TEAM_URL: TEAM_URL,
      SMM_TEAM_ORIGINS: "https://mirror.example.org",
    }),
  ]);
}, 240_000);

describe("manifest.xml", () => {
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const doc = parseXml(source);

  test("is well-formed and a TaskPaneApp for Excel (Workbook)", () => {
    expect(doc.documentElement?.namespaceURI).toBe(NS.app);
    expect(doc.documentElement?.localName).toBe("OfficeApp");
    expect(xsiType(doc.documentElement as XEl)).toBe("TaskPaneApp");
    expect(one(doc, NS.app, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one(doc, NS.app, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one(doc, NS.app, "DefaultLocale").textContent).toBe("en-US");
    const hosts = all(one(doc, NS.app, "Hosts"), NS.app, "Host").map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
  });

  test("asks only for ReadWriteDocument", () => {
    expect(one(doc, NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("requires the shared runtime and wires functions, FunctionFile and task pane to ONE runtime page", () => {
    const sets = all(doc, NS.app, "Set").map((s) => `${s.getAttribute("Name")}@${s.getAttribute("MinVersion")}`);
    expect(sets).toContain("SharedRuntime@1.1");
    const runtime = one(doc, NS.ov, "Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const rid = runtime.getAttribute("resid");
    expect(rid).toBe("Taskpane.Url");
    const cf = all(doc, NS.ov, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    expect(cf).toBeDefined();
    expect(one(one(cf as XEl, NS.ov, "Page"), NS.ov, "SourceLocation").getAttribute("resid")).toBe(rid);
    expect(one(one(cf as XEl, NS.ov, "Script"), NS.ov, "SourceLocation").getAttribute("resid")).toBe("Functions.Script.Url");
    expect(one(one(cf as XEl, NS.ov, "Metadata"), NS.ov, "SourceLocation").getAttribute("resid")).toBe("Functions.Metadata.Url");
    expect(one(doc, NS.ov, "FunctionFile").getAttribute("resid")).toBe(rid);
    const action = all(doc, NS.ov, "Action").find((a) => xsiType(a) === "ShowTaskpane") as XEl;
    expect(one(action, NS.ov, "SourceLocation").getAttribute("resid")).toBe(rid);
    expect(one(action, NS.ov, "TaskpaneId").textContent).toBeTruthy();
    expect(one(doc, NS.app, "SourceLocation").getAttribute("DefaultValue")).toBe(`${DEV_URL}/taskpane.html`);
  });

  test("namespace SMM; every resid is defined, within Office's length limits", () => {
    const defined = new Map<string, string>();
    for (const tag of ["Image", "Url", "String"])
      for (const el of all(doc, NS.bt, tag)) if (el.getAttribute("id")) defined.set(el.getAttribute("id") as string, el.getAttribute("DefaultValue") ?? "");
    const nsId = one(doc, NS.ov, "Namespace").getAttribute("resid") as string;
    expect(defined.get(nsId)).toBe("SMM");
    const used = new Set<string>();
    const walk = (n: XEl): void => {
      const r = n.getAttribute?.("resid");
      if (r) used.add(r);
      for (const c of Array.from(n.childNodes)) if (c.nodeType === 1) walk(c as XEl);
    };
    walk(doc.documentElement as XEl);
    for (const r of used) {
      expect(defined.has(r)).toBe(true);
      expect(r.length).toBeLessThanOrEqual(32);
    }
    for (const s of all(one(doc, NS.bt, "ShortStrings"), NS.bt, "String")) expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
    for (const s of all(one(doc, NS.bt, "LongStrings"), NS.bt, "String")) expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
  });

  test("every URL is https://localhost:3000/... and matches a built file; icons have their sizes", () => {
    const urls = urlsIn(doc);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) {
      const f = fileFor(u, DEV_URL, DEV_DIST);
      if (!fs.existsSync(f)) throw new Error(`${u} -> ${f} was not built`);
    }
    const size = (u: string | null): number => pngSize(fileFor(u ?? "", DEV_URL, DEV_DIST)).width;
    expect(size(one(doc, NS.app, "IconUrl").getAttribute("DefaultValue"))).toBe(32);
    expect(size(one(doc, NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue"))).toBe(64);
    for (const img of all(one(doc, NS.bt, "Images"), NS.bt, "Image")) {
      const px = Number(/(\d+)x\1$/.exec(img.getAttribute("id") ?? "")?.[1]);
      const { width, height } = pngSize(fileFor(img.getAttribute("DefaultValue") ?? "", DEV_URL, DEV_DIST));
      expect([width, height]).toEqual([px, px]);
    }
    for (const s of [16, 32, 64, 80, 128]) expect(pngSize(path.join(ROOT, "assets", `icon-${s}.png`))).toEqual({ width: s, height: s });
  });

  test("the dist copy equals the source in development, but for the build's version on the functions' URLs and <Version>", () => {
    const built = fs.readFileSync(path.join(DEV_DIST, "manifest.xml"), "utf8");
    const unversion = (t: string): string => t.replace(/\?v=[^"]*"/g, '"').replace(/<Version>[^<]*<\/Version>/, "<Version/>");
    expect(unversion(built)).toBe(unversion(source));
    const base = (one(doc, NS.app, "Version").textContent ?? "").split(".").slice(0, 3).join(".");
    expect(built).toContain(`<Version>${base}.0</Version>`); // development: build number 0
  });
});

describe("the development build", () => {
  test("functions.json matches the contract; help links resolve to anchors of help.html", () => {
    const json = fs.readFileSync(path.join(DEV_DIST, "functions.json"), "utf8");
    expect(contractDifferences(json)).toEqual([]);
    const help = fs.readFileSync(path.join(DEV_DIST, "help.html"), "utf8");
    for (const f of (JSON.parse(json) as { functions: { helpUrl: string }[] }).functions) {
      const [page, anchor] = f.helpUrl.split("#");
      expect(page).toBe(`${DEV_URL}/help.html`);
      expect(help).toContain(`id="${anchor}"`);
    }
  });

  test("taskpane.html (the runtime page) loads register-first.js, the local office.js, then functions.js, then taskpane.js, in <head>, not deferred; all built", () => {
    const html = fs.readFileSync(path.join(DEV_DIST, "taskpane.html"), "utf8");
    const tags = scriptTags(html);
    const srcs = tags.map((t) => t.src.replace(/\?.*$/, ""));
    expect(srcs).toEqual(["register-first.js", "office-js/office.js", "functions.js", "taskpane.js"]);
    for (const t of tags) expect(t).toMatchObject({ defer: false, async: false, inHead: true });
    for (const s of srcs) expect(fs.existsSync(path.join(DEV_DIST, s))).toBe(true);
    // register-first.js sets the flag of CustomFunctions.delayInitialization() before office.js adopts it
    expect(fs.readFileSync(path.join(DEV_DIST, "register-first.js"), "utf8")).toMatch(
      /CustomFunctionMappings\s*=\s*\w+\.CustomFunctionMappings\s*\|\|\s*\{\}[\s\S]*__delay__\s*=\s*(?:true|!0)/,
    );
    // office.js needs its mapping table, the Excel host files and the locale strings next to it
    for (const f of [
      "o15apptofilemappingtable.js",
      "excel-web-16.00.js",
      "excel-win32-16.01.js",
      "excel-mac-16.00.js",
      "custom-functions-runtime.js",
      "en-us/office_strings.js",
      "telemetry/oteljs_agave.js",
    ]) {
      expect(fs.existsSync(path.join(DEV_DIST, "office-js", f))).toBe(true);
    }
    expect(fs.existsSync(path.join(DEV_DIST, "office-js", "office.debug.js"))).toBe(false);
    expect(fs.existsSync(path.join(DEV_DIST, "office-js", "word-web-16.00.js"))).toBe(false);
  });

  test("functions.js registers every function (associate calls added by the metadata plugin)", () => {
    const js = fs.readFileSync(path.join(DEV_DIST, "functions.js"), "utf8");
    for (const id of ["MOM", "YOY", "VALUE", "ACTUAL", "FORECAST", "SURPRISE", "TREND", "SERIES", "TABLE", "PRODUCTS", "INFO"]) {
      expect(js).toContain(`CustomFunctions.associate("${id}", ${id})`);
    }
  });

  test("the bundled dataset is copied when it exists", () => {
    const src = path.join(ROOT, "data", "bundled.json");
    expect(fs.existsSync(path.join(DEV_DIST, "data", "bundled.json"))).toBe(fs.existsSync(src));
  });
});

describe("the production build with ADDIN_PUBLIC_URL", () => {
  test("rewrites every URL of the manifest to the public URL, each matching a built file", () => {
    const text = fs.readFileSync(path.join(PROD_DIST, "manifest.xml"), "utf8");
    expect(text).not.toContain("localhost");
    const urls = urlsIn(parseXml(text));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(fs.existsSync(fileFor(u, PUBLIC_URL, PROD_DIST))).toBe(true);
  });

  test("functions.json points help at the public URL; the page loads office.js from the CDN", () => {
    const json = fs.readFileSync(path.join(PROD_DIST, "functions.json"), "utf8");
    expect(contractDifferences(json)).toEqual([]);
    expect(json).not.toContain("localhost");
    expect(json).toContain(`${PUBLIC_URL}/help.html#smmmom`);
    // the shipped copy is valid by Microsoft's metadata reference too (metadata.test.ts checks the generated one)
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true });
    ajv.addFormat("uri-ish", /^https:\/\/[^\s]+$/);
    const validate = ajv.compile(customFunctionsSchema);
    expect(validate(JSON.parse(json)) ? [] : validate.errors).toEqual([]);
    expect(namingProblems(JSON.parse(json) as Parameters<typeof namingProblems>[0])).toEqual([]);
    const html = fs.readFileSync(path.join(PROD_DIST, "taskpane.html"), "utf8");
    expect(scriptTags(html).map((t) => t.src)[1]).toBe(OFFICE_JS_CDN); // the host Microsoft documents now
    expect(html).not.toContain("appsforoffice.microsoft.com/lib");
    expect(fs.existsSync(path.join(PROD_DIST, "office-js"))).toBe(false);
  });

  test("versioned at build: the functions' URLs and the runtime page's in the manifest and the page's bundles carry ?v=<version>; <Version> takes SMM_BUILD_NUMBER", () => {
    const text = fs.readFileSync(path.join(PROD_DIST, "manifest.xml"), "utf8");
    const doc = parseXml(text);
    const urls = new Map(all(doc, NS.bt, "Url").map((u) => [u.getAttribute("id"), u.getAttribute("DefaultValue") ?? ""]));
    const v = /\?v=([^&#]+)$/.exec(urls.get("Functions.Metadata.Url") ?? "")?.[1] ?? "";
    const pkg = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(decodeURIComponent(v)).toMatch(new RegExp(`^${pkg.replace(/\./g, "\\.")}-[0-9a-f]{10}$`));
    expect(urls.get("Functions.Metadata.Url")).toBe(`${PUBLIC_URL}/functions.json?v=${v}`);
    expect(urls.get("Functions.Script.Url")).toBe(`${PUBLIC_URL}/functions.js?v=${v}`);
    expect(urls.get("Taskpane.Url")).toBe(`${PUBLIC_URL}/taskpane.html?v=${v}`); // the runtime page, which loads functions.js
    const html = fs.readFileSync(path.join(PROD_DIST, "taskpane.html"), "utf8");
    expect(
      scriptTags(html)
        .filter((t) => /^(functions|taskpane)\.js/.test(t.src))
        .map((t) => t.src),
    ).toEqual([`functions.js?v=${v}`, `taskpane.js?v=${v}`]);
    const sourceVersion = (/<Version>([^<]*)<\/Version>/.exec(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))?.[1] ?? "").split(".");
    expect(one(doc, NS.app, "Version").textContent).toBe(`${sourceVersion.slice(0, 3).join(".")}.42`);
  });
});

// ---- the page's Content-Security-Policy against the page's own script tags ------------------------

interface ScriptTag {
  src: string;
  defer: boolean;
  async: boolean;
  inHead: boolean;
}

/** The <script src> tags of a built page (quoted or not, as the HTML minifier leaves them). */
function scriptTags(html: string): ScriptTag[] {
  const headEnd = html.search(/<\/head>/i);
  return [...html.matchAll(/<script\b([^>]*)>/gi)].flatMap((m) => {
    const attrs = m[1] ?? "";
    const src = /\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    if (!src) return [];
    return [{ src: src[1] ?? src[2] ?? src[3] ?? "", defer: /\sdefer\b/i.test(attrs), async: /\sasync\b/i.test(attrs), inHead: (m.index ?? 0) < headEnd }];
  });
}

function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0] ?? "";
  const content = /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta);
  const policy = content?.[1] ?? content?.[2] ?? "";
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0] as string, d.slice(1)]),
  );
}

describe.each([
  ["development (local office.js)", DEV_DIST],
  ["production (office.js from Microsoft's CDN)", PROD_DIST],
])("the %s page's Content-Security-Policy", (_label, dist) => {
  const page = (): { html: string; csp: Map<string, string[]>; scripts: ScriptTag[] } => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    return { html, csp: cspOf(html), scripts: scriptTags(html) };
  };

  test("allows every script the page loads, and no script host beyond those and Microsoft's documented office.js hosts", () => {
    const { csp, scripts } = page();
    const scriptSrc = csp.get("script-src") ?? [];
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    const loadedFrom = new Set(scripts.map((t) => (/^https?:\/\//i.test(t.src) ? new URL(t.src).origin : "'self'")));
    for (const o of loadedFrom) expect({ origin: o, allowed: scriptSrc.includes(o) }).toEqual({ origin: o, allowed: true });
    for (const s of scriptSrc) expect({ source: s, known: loadedFrom.has(s) || OFFICE_JS_HOSTS.includes(s) }).toEqual({ source: s, known: true });
    // office.js's hosts only when it comes from Microsoft's CDN
    if (![...loadedFrom].some((o) => OFFICE_JS_HOSTS.includes(o))) expect(scriptSrc).toEqual(["'self'"]);
    else expect(scriptSrc).toEqual(["'self'", ...OFFICE_JS_HOSTS]);
    expect(scriptSrc.join(" ")).not.toMatch(/unsafe|\*|^https?:$|data:|blob:/);
  });

  test("styles: the hash of the page's one <style> block, no inline style attributes; frames only office.js's hosts", () => {
    const { html, csp, scripts } = page();
    const blocks = [...html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      (m) =>
        `'sha256-${createHash("sha256")
          .update(m[1] ?? "")
          .digest("base64")}'`,
    );
    expect(blocks).toHaveLength(1);
    expect(csp.get("style-src")).toEqual(["'self'", ...blocks]);
    expect(html).not.toMatch(/<[a-z][^>]*\sstyle=/i);
    const cdn = scripts.some((t) => /^https:/.test(t.src));
    expect(csp.get("frame-src")).toEqual(cdn ? OFFICE_JS_HOSTS : ["'none'"]);
    for (const d of ["object-src", "base-uri", "form-action"]) expect(csp.get(d)).toEqual(["'none'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
  });
});

test("production connect-src: the add-in's origin and the team-source origins named at build, nothing blanket", () => {
  const csp = cspOf(fs.readFileSync(path.join(PROD_DIST, "taskpane.html"), "utf8"));
  expect(csp.get("connect-src")).toEqual(["'self'", "https://team.example.com", "https://mirror.example.org"]);
  // the same list reaches the runtime, which names it when it refuses another host (src/runtime/office.ts)
  const js = fs.readFileSync(path.join(PROD_DIST, "functions.js"), "utf8");
  expect(js).toContain("https://mirror.example.org");
});
