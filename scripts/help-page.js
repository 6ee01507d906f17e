/**
 * help.html: the function reference (from functions.json) and README.md rendered with `marked`
 * (GitHub-flavoured Markdown: images, emphasis, tables, code, links). Called by webpack.config.js
 * at build time; also runs alone:
 *
 *   node scripts/help-page.js FUNCTIONS_JSON [README.md] > help.html
 *
 * marked is an ES module: it is loaded with a dynamic import(), so this file stays CommonJS like
 * the webpack config that requires it.
 */
const fs = require("node:fs");
const path = require("node:path");

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeHtml = (s) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
/** GitHub's heading anchors: lower case, punctuation dropped, spaces to "-". */
const slug = (s) =>
  s
    .toLowerCase()
    .replace(/<[^>]+>/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
/** A link or image target inside the repository ("docs/x.png"), not a URL or an anchor. */
const isLocal = (href) => !!href && !/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(href);

/**
 * README.md as HTML. Headings get GitHub's ids (so the README's own #links work; a duplicate
 * gets -1, -2..., and ids in `used` are taken already). Returns the HTML and the local files
 * (images and links, relative to the README) it refers to, so the build can ship them beside it.
 */
async function markdownToHtml(md, used = new Set()) {
  const { Marked } = await import("marked");
  const local = new Set();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const text = unescapeHtml(this.parser.parseInline(tokens, this.parser.textRenderer));
        const base = slug(text);
        let id = base;
        for (let k = 1; used.has(id); k++) id = `${base}-${k}`;
        used.add(id);
        return `<h${depth} id="${esc(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
    walkTokens(token) {
      if ((token.type === "image" || token.type === "link") && isLocal(token.href)) local.add(decodeURI(token.href.split("#")[0]));
    },
  });
  const html = await marked.parse(md.replace(/\r\n?/g, "\n"));
  return { html, files: [...local].filter(Boolean).sort() };
}

/**
 * The whole page: the function reference from functions.json, then the README. `files` lists the
 * README's local images and links (relative paths) for the build to copy.
 */
async function helpPage(functionsJson, readme) {
  const meta = JSON.parse(functionsJson);
  const fns = meta.functions
    .map((f) => {
      const sig = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      const params = f.parameters.map((p) => `<li><code>${esc(p.name)}</code>${p.optional ? " (optional)" : ""}: ${esc(p.description || "")}</li>`).join("");
      const spill = f.result && f.result.dimensionality === "matrix" ? " <em>(spills)</em>" : "";
      return `<h3 id="smm${f.id.toLowerCase()}"><code>=SMM.${esc(f.name)}(${esc(sig)})</code>${spill}</h3><p>${esc(f.description || "")}</p>${params ? `<ul>${params}</ul>` : ""}`;
    })
    .join("\n");
  const rendered = readme
    ? await markdownToHtml(readme, new Set(["function-reference", "readme", ...meta.functions.map((f) => `smm${f.id.toLowerCase()}`)]))
    : { html: "", files: [] };
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SMM functions: help</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:15px/1.5 "Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font-family:Consolas,monospace;background:#f4f4f4}pre{padding:.6rem;overflow:auto}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}h3{margin-top:1.6rem}img{max-width:100%}</style></head><body>
<h1>SMM functions</h1>
<p>China metal production figures from SMM's monthly reports, as Excel functions. Errors: <code>#VALUE!</code> for an unknown product, measure or basis or an unreadable period; <code>#N/A</code> when no loaded report has the figure (hover the cell for the reason).</p>
<h2 id="function-reference">Function reference</h2>
${fns}
${readme ? `<hr><div id="readme">${rendered.html}</div>` : ""}
</body></html>`;
  return { html, files: rendered.files };
}

module.exports = { helpPage, markdownToHtml, slug };

if (require.main === module) {
  const [functionsJson, readme = path.join(__dirname, "..", "README.md")] = process.argv.slice(2);
  if (!functionsJson) {
    process.stderr.write("usage: node scripts/help-page.js FUNCTIONS_JSON [README.md] > help.html\n");
    process.exit(2);
  }
  helpPage(fs.readFileSync(functionsJson, "utf8"), fs.existsSync(readme) ? fs.readFileSync(readme, "utf8") : "").then(
    ({ html }) => process.stdout.write(html),
    (e) => {
      process.stderr.write(`help-page: ${e && e.stack ? e.stack : e}\n`);
      process.exit(1);
    },
  );
}
