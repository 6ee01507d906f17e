/**
 * Security hardening checks (issue 6):
 * - no eval / new Function / string timers in src/ or in the built bundles;
 * - no network request except the team source (and the add-in's own bundled dataset): a static
 *   scan of src/ for every way a page can reach the network, with an allowlist, and a dynamic check
 *   of the URLs the runtime fetches;
 * - report text never reaches HTML parsing in the task pane (innerHTML & co.);
 * - the built task pane page has a Content-Security-Policy, and the production build keeps only what
 *   production needs (no dev-server sockets, no eval, no inline code, connect-src named at build) and
 *   ships no source maps.
 * The bundle checks build the add-in (webpack --mode production, the project's config) into a
 * temporary folder; when the build fails they fail, with the build's error (a scan of nothing passes nothing).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildProduction, type BuildOutput } from "../../bench/size-bench";
import { toDatasetFile } from "../../src/core/store";
import { MemoryStore } from "../../src/runtime/persist";
import { connectRefusal } from "../../src/runtime/office";
import { checkTeamUrl, type FetchLike } from "../../src/runtime/sources";
import { SmmRuntime } from "../../src/runtime/state";

const ROOT = path.resolve(__dirname, "../..");
const SRC = path.join(ROOT, "src");

function files(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, exts));
    else if (exts.test(name)) out.push(p);
  }
  return out;
}

/** Source text with comments blanked (line numbers kept), so prose about `fetch` is not a hit. */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, " "))
    .replace(/(^|[^:"'`\\])\/\/[^\n]*/g, (m, pre: string) => pre + " ".repeat(m.length - pre.length));
}

interface Hit {
  file: string;
  line: number;
  text: string;
  rule: string;
}

/** The contents of string literals blanked (quotes kept): a message saying "fetch()" is not a call. */
const blankQuoted = (t: string): string => t.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (m) => m[0] + " ".repeat(m.length - 2) + m[0]);

/**
 * Bundled JavaScript: strings, template text and regular expressions blanked by a real tokenizer
 * (acorn, which webpack uses), so a quote inside a regular expression cannot throw the blanking out
 * of step; other text (and anything acorn cannot read) falls back to blanking quoted runs.
 */
function blankStrings(t: string, file = ""): string {
  if (!file.endsWith(".js")) return blankQuoted(t);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const acorn = require("acorn") as { tokenizer(input: string, opts: object): Iterable<{ type: { label: string }; start: number; end: number }> };
    const out = t.split("");
    const blank = (from: number, to: number): void => {
      for (let i = from; i < to; i++) if (out[i] !== "\n") out[i] = " ";
    };
    for (const tok of acorn.tokenizer(t, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true })) {
      if (tok.type.label === "string" || tok.type.label === "regexp") blank(tok.start + 1, tok.end - 1);
      else if (tok.type.label === "template") blank(tok.start, tok.end);
    }
    return out.join("");
  } catch {
    return blankQuoted(t);
  }
}

function scan(paths: readonly string[], rules: Record<string, RegExp>, allow: (h: Hit) => boolean = () => false, opts: { strings?: boolean } = {}): Hit[] {
  const hits: Hit[] = [];
  for (const f of paths) {
    let text = f.endsWith(".ts") ? code(f) : readFileSync(f, "utf8");
    if (opts.strings === false) text = blankStrings(text, f);
    for (const [rule, re] of Object.entries(rules)) {
      const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
      for (const m of text.matchAll(g)) {
        const idx = m.index ?? 0;
        const line = text.slice(0, idx).split("\n").length;
        const h = { file: path.relative(ROOT, f), line, text: text.slice(Math.max(0, idx - 40), idx + m[0].length + 40).replace(/\s+/g, " "), rule };
        if (!allow(h)) hits.push(h);
      }
    }
  }
  return hits;
}

const DYNAMIC_CODE: Record<string, RegExp> = {
  eval: /(?<![\w$.])eval\s*\(/,
  "new Function": /\bnew\s+Function\s*\(/,
  "Function(...)": /(?<![\w$.])Function\s*\(\s*["'`]/,
  "string timer": /\bset(?:Timeout|Interval|Immediate)\s*\(\s*["'`]/,
  "javascript: URL": /["'`]javascript:/i,
};

const NETWORK: Record<string, RegExp> = {
  "fetch(": /(?<![\w$.])fetch\s*\(/,
  "fetch reference": /(?<![\w$.])fetch\s*\.\s*(?:bind|call|apply)\b/,
  XMLHttpRequest: /\bXMLHttpRequest\b/,
  WebSocket: /\bWebSocket\b/,
  EventSource: /\bEventSource\b/,
  sendBeacon: /\bsendBeacon\b/,
  importScripts: /\bimportScripts\b/,
  "script/iframe/img/link element": /createElement\s*\(\s*["'`](?:script|iframe|img|link|object|embed|audio|video|source)["'`]/i,
  "src/href assignment": /\.(?:src|href|action)\s*=(?!=)/,
  "window.open": /\bwindow\s*\.\s*open\s*\(/,
  "location change": /\b(?:window|document|self|globalThis|top|parent)\s*\.\s*location\s*=(?!=)|\blocation\s*\.\s*(?:href\s*=(?!=)|assign\s*\(|replace\s*\()/,
  "Image()": /\bnew\s+Image\s*\(/,
  "service worker": /\bserviceWorker\b/,
};

/** Scanned with string contents kept (the module name is a string). */
const REMOTE_IMPORT: Record<string, RegExp> = { "import() of a non-relative module": /\bimport\s*\(\s*(?!["'`]\.{1,2}\/)/ };

/**
 * The only network access the add-in has: src/runtime/sources.ts calls the injected fetch (the
 * bundled dataset on the add-in's own origin and the configured team source), and
 * src/runtime/office.ts hands it the page's fetch.
 */
const NETWORK_ALLOW = (h: Hit): boolean => h.file === path.join("src", "runtime", "office.ts") && h.rule === "fetch reference";

const HTML_SINKS: Record<string, RegExp> = {
  innerHTML: /\.innerHTML\b/,
  outerHTML: /\.outerHTML\b/,
  insertAdjacentHTML: /\binsertAdjacentHTML\b/,
  "document.write": /\bdocument\s*\.\s*write(?:ln)?\s*\(/,
  DOMParser: /\bDOMParser\b/,
  createContextualFragment: /\bcreateContextualFragment\b/,
  srcdoc: /\bsrcdoc\b/,
  "jQuery-style .html()": /\.html\s*\(\s*[^)\s]/,
  "inline handler attribute": /setAttribute\s*\(\s*["'`]on\w+["'`]/,
};

describe("static scans of src/", () => {
  const ts = files(SRC, /\.(?:ts|tsx|js|mjs)$/);

  test("the scanners find what they look for (so an empty result means something)", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "smm-scan-"));
    try {
      const f = path.join(dir, "canary.ts");
      writeFileSync(
        f,
        [
          "eval(x); new Function('a', 'return a'); setTimeout(\"go()\", 1);",
          "fetch(url); fetch.bind(globalThis); new XMLHttpRequest(); new WebSocket(u); navigator.sendBeacon(u, d); const m = await import('https://x/y.js');",
          "el.innerHTML = report; el.insertAdjacentHTML('beforeend', s); document.write(s); new DOMParser();",
          "// fetch(in a comment) and 'fetch(in a string)' are not hits",
        ].join("\n"),
      );
      expect(
        scan([f], DYNAMIC_CODE)
          .map((h) => h.rule)
          .sort(),
      ).toEqual(["Function(...)", "eval", "new Function", "string timer"]);
      expect([...scan([f], NETWORK, undefined, { strings: false }), ...scan([f], REMOTE_IMPORT)].map((h) => h.rule).sort()).toEqual([
        "WebSocket",
        "XMLHttpRequest",
        "fetch reference",
        "fetch(",
        "import() of a non-relative module",
        "sendBeacon",
      ]);
      expect(
        scan([f], HTML_SINKS, undefined, { strings: false })
          .map((h) => h.rule)
          .sort(),
      ).toEqual(["DOMParser", "document.write", "innerHTML", "insertAdjacentHTML"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("no eval, new Function or string timers anywhere in src/", () => {
    expect(scan(ts, DYNAMIC_CODE)).toEqual([]);
  });

  test("no network access except the runtime's injected fetch (bundled dataset + team source)", () => {
    const addIn = ts.filter((f) => !f.includes(`${path.sep}cli${path.sep}`)); // the CLI is a local Node tool (reads files, no network)
    const hits = [...scan(addIn, NETWORK, NETWORK_ALLOW, { strings: false }), ...scan(addIn, REMOTE_IMPORT)];
    expect(hits).toEqual([]);
    // the CLI's only dynamic import is a local module
    const cliFiles = ts.filter((f) => f.includes(`${path.sep}cli${path.sep}`));
    const cli = [...scan(cliFiles, NETWORK, undefined, { strings: false }), ...scan(cliFiles, REMOTE_IMPORT)];
    expect(cli).toEqual([]);
  });

  test("the task pane never parses text as HTML (report text only reaches the page as text nodes)", () => {
    const pane = [...files(path.join(SRC, "taskpane"), /\.(?:ts|tsx|js)$/), ...files(path.join(SRC, "excel"), /\.(?:ts|tsx|js)$/)];
    expect(pane.length).toBeGreaterThan(0);
    expect(scan(pane, HTML_SINKS, undefined, { strings: false })).toEqual([]);
    // and nowhere else in the add-in either
    expect(scan(ts, HTML_SINKS, undefined, { strings: false })).toEqual([]);
  });

  test("the task pane page template loads no script from elsewhere than the add-in and Microsoft's office.js", () => {
    for (const f of files(path.join(SRC, "taskpane"), /\.html$/)) {
      const html = readFileSync(f, "utf8");
      for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
        const src = m[1] ?? "";
        expect({
          file: path.relative(ROOT, f),
          src,
          ok: !/^(?:https?:)?\/\//i.test(src) || /^https:\/\/(?:officeapis\.public\.onecdn\.static\.microsoft|appsforoffice\.microsoft\.com)\//i.test(src),
        }).toMatchObject({ ok: true });
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=/i); // no inline event handlers
    }
  });
});

describe("the runtime fetches only its bundled dataset and the configured team source", () => {
  const BUNDLED = "https://addin.invalid/data/bundled.json";
  const TEAM = "https://team.invalid/smm.json";
  const body = JSON.stringify(toDatasetFile([]));

  function recorder(): { fetch: FetchLike; urls: string[]; inits: unknown[] } {
    const urls: string[] = [];
    const inits: unknown[] = [];
    return {
      urls,
      inits,
      fetch: async (url, init) => {
        urls.push(url);
        inits.push(init);
        return { ok: true, status: 200, statusText: "OK", text: async () => body };
      },
    };
  }

  test("startup, refresh and a team-source change fetch only those URLs, without credentials", async () => {
    const r = recorder();
    const rt = new SmmRuntime();
    await rt.start({ fetch: r.fetch, bundledUrl: BUNDLED, defaultTeamUrl: TEAM, storage: new MemoryStore(), timeoutMs: 2000 });
    await rt.refreshTeam();
    await rt.setTeamUrl("https://other-team.invalid/data.json");
    await rt.idle();
    expect([...new Set(r.urls)].sort()).toEqual([BUNDLED, "https://other-team.invalid/data.json", TEAM].sort());
    for (const init of r.inits) expect((init as { credentials?: string } | undefined)?.credentials ?? "same-origin").not.toBe("include");
  });

  test("team-source URLs other than https (or http on localhost) are refused before any request", async () => {
    for (const bad of [
      "http://team.example/smm.json",
      "javascript:alert(1)",
      "data:application/json,{}",
      "file:///etc/passwd",
      "ftp://x/y",
      "//team.example/x",
      "team.example/x",
      "",
      "   ",
      "https://",
      "blob:https://x/y",
    ]) {
      expect({ url: bad, ok: checkTeamUrl(bad).ok }).toEqual({ url: bad, ok: false });
    }
    const r = recorder();
    const rt = new SmmRuntime();
    await rt.start({ fetch: r.fetch, bundledUrl: BUNDLED, storage: new MemoryStore(), timeoutMs: 2000 });
    for (const bad of ["http://team.example/smm.json", "javascript:alert(1)", "file:///etc/passwd"]) await rt.setTeamUrl(bad);
    await rt.idle();
    expect(r.urls).toEqual([BUNDLED]);
  });
});

describe("the built add-in (webpack --mode production)", () => {
  let build: BuildOutput | null = null;
  let why = "";
  beforeAll(() => {
    const b = buildProduction(() => undefined);
    build = b.out;
    why = b.why;
  }, 120_000);
  afterAll(() => build?.cleanup());

  /** The build's output; a failed build fails the test that needs it. */
  const built = (): BuildOutput => {
    if (!build) throw new Error(`the production build failed, so the bundles cannot be scanned: ${why}`);
    return build;
  };
  const bundles = (): string[] =>
    readdirSync(built().dir)
      .filter((f) => f.endsWith(".js"))
      .map((f) => path.join(built().dir, f));

  test("the bundles contain no eval, new Function, string timers or HTML sinks", () => {
    const js = bundles();
    expect(js.map((f) => path.basename(f))).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    const html = { ...HTML_SINKS };
    delete (html as Record<string, RegExp>)["jQuery-style .html()"];
    expect([...scan(js, DYNAMIC_CODE), ...scan(js, html, undefined, { strings: false })].map((h) => `${path.basename(h.file)}: ${h.rule}: ${h.text}`)).toEqual(
      [],
    );
  });

  test("the bundles' only network call is the injected fetch (no XMLHttpRequest, WebSocket, beacons, remote imports)", () => {
    const rules = { ...NETWORK };
    delete (rules as Record<string, RegExp>)["src/href assignment"]; // minified code assigns .href on URL objects
    delete (rules as Record<string, RegExp>)["fetch reference"];
    const hits = scan(bundles(), rules, undefined, { strings: false });
    expect(hits.map((h) => `${path.basename(h.file)}: ${h.rule}: ${h.text}`)).toEqual([]);
  });

  test("the task pane page declares a Content-Security-Policy", () => {
    const html = readFileSync(path.join(built().dir, "taskpane.html"), "utf8");
    expect(html).toMatch(/<meta[^>]+http-equiv=["']?Content-Security-Policy/i);
  });

  test("the task pane page has no inline scripts or inline event handlers (a strict CSP stays possible)", () => {
    const html = readFileSync(path.join(built().dir, "taskpane.html"), "utf8");
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi))
      expect({ attrs: m[1], inline: (m[2] ?? "").trim().slice(0, 80) }).toMatchObject({ inline: "" });
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  /** The built page's policy, directive -> sources. */
  const policy = (): Map<string, string[]> => {
    if (!build) throw new Error(`not built: ${why}`);
    const html = readFileSync(path.join(build.dir, "taskpane.html"), "utf8");
    const meta = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0] ?? "";
    const content = /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta);
    return new Map(
      (content?.[1] ?? content?.[2] ?? "")
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map((d) => [d[0] as string, d.slice(1)]),
    );
  };

  test("production CSP: no dev-server sockets, no eval, no inline script or style, no blanket https: or *", () => {
    const csp = policy();
    expect(csp.size).toBeGreaterThan(5);
    const all = [...csp.values()].flat();
    expect(all.filter((x) => /^(?:ws|wss):|localhost|127\.0\.0\.1/i.test(x))).toEqual([]);
    expect(all.filter((x) => /unsafe-(?:eval|inline|hashes)|wasm-unsafe-eval/.test(x))).toEqual([]);
    expect(all.filter((x) => /^(?:https?:|\*|data:\*|blob:)$/i.test(x) || x.includes("*"))).toEqual([]);
  });

  test("production connect-src: the add-in's own origin and the team-source origins named at build (SMM_TEAM_URL, SMM_TEAM_ORIGINS), nothing else", () => {
    const expected = ["'self'"];
    const add = (u: string): void => {
      const o = new URL(u).origin;
      if (!expected.includes(o)) expected.push(o);
    };
    if (process.env.SMM_TEAM_URL) add(process.env.SMM_TEAM_URL);
    for (const o of (process.env.SMM_TEAM_ORIGINS ?? "")
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean))
      add(o);
    expect(policy().get("connect-src")).toEqual(expected);
  });

  test("production ships no source maps (no .map files, no sourceMappingURL, no TypeScript source)", () => {
    if (!build) throw new Error(`not built: ${why}`);
    const out = files(build.dir, /.*/);
    expect(out.filter((f) => f.endsWith(".map")).map((f) => path.relative((build as BuildOutput).dir, f))).toEqual([]);
    for (const f of out.filter((x) => /\.(?:js|html)$/.test(x))) {
      const text = readFileSync(f, "utf8");
      expect({ file: path.basename(f), sourceMap: /sourceMappingURL=|sourcesContent/.test(text) }).toEqual({ file: path.basename(f), sourceMap: false });
    }
    // a TypeScript-only construct of src/ that the compiler strips never reaches the bundles
    const js = readFileSync(path.join(build.dir, "taskpane.js"), "utf8");
    expect(js).not.toMatch(/import type \{|webpack:\/\/\/?\.\/src\//);
  });
});

describe("the runtime names the page's connect-src before fetching (src/runtime/office.ts)", () => {
  const connect = { origins: ["https://team.example.com"], localhost: false };
  test("another host is refused with what to do; the page's origin and the listed origins pass", () => {
    const refused = connectRefusal("https://elsewhere.example.net/data.json", "https://addin.example.com", connect);
    expect(refused).toMatch(/may fetch only from https:\/\/addin\.example\.com, https:\/\/team\.example\.com/);
    expect(refused).toMatch(/SMM_TEAM_ORIGINS=https:\/\/elsewhere\.example\.net/);
    expect(connectRefusal("https://addin.example.com/data/bundled.json", "https://addin.example.com", connect)).toBeNull();
    expect(connectRefusal("data/bundled.json", "https://addin.example.com", connect)).toBeNull();
    expect(connectRefusal("https://team.example.com/smm.json", "https://addin.example.com", connect)).toBeNull();
    expect(connectRefusal("https://localhost:8443/smm.json", "https://addin.example.com", connect)).not.toBeNull();
    expect(connectRefusal("https://localhost:8443/smm.json", "https://localhost:3000", { origins: [], localhost: true })).toBeNull();
    expect(connectRefusal("https://anything.example/x.json", "https://addin.example.com", undefined)).toBeNull(); // no build-time list (jest)
  });

  test("a team source on another host ends as the team source's error, with that message, and no request", async () => {
    const urls: string[] = [];
    const guarded: FetchLike = (url, init) => {
      const why = connectRefusal(url, "https://addin.example.com", connect);
      if (why) return Promise.reject(new Error(why));
      urls.push(url);
      return Promise.resolve({ ok: true, status: 200, statusText: "OK", text: async () => JSON.stringify(toDatasetFile([])) });
    };
    const rt = new SmmRuntime();
    await rt.start({ fetch: guarded, bundledUrl: "https://addin.example.com/data/bundled.json", storage: new MemoryStore(), timeoutMs: 2000 });
    const st = await rt.setTeamUrl("https://elsewhere.example.net/data.json");
    expect(st.state).toBe("error");
    expect(st.message).toMatch(/SMM_TEAM_ORIGINS=https:\/\/elsewhere\.example\.net/);
    expect(urls).toEqual(["https://addin.example.com/data/bundled.json"]);
  });
});
