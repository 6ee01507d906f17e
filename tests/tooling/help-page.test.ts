/**
 * help.html (scripts/help-page.js, called by webpack.config.js): the function reference and the
 * README rendered with marked. The hand-written converter it replaces turned images into "!<a>"
 * links and dropped emphasis. marked is an ES module loaded with import(), so the script runs in a
 * child process here (jest's module system does not load ES modules).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/help-page.js");
const tmp = mkdtempSync(path.join(os.tmpdir(), "smm-help-"));

const FUNCTIONS_JSON = JSON.stringify({
  functions: [
    {
      id: "MOM",
      name: "MOM",
      description: "% change <vs> the previous month.",
      parameters: [
        { name: "product", description: "a product" },
        { name: "basis", description: "actual or forecast", optional: true },
      ],
    },
    { id: "SERIES", name: "SERIES", description: "A series.", parameters: [], result: { dimensionality: "matrix" } },
  ],
});

function render(readme: string): string {
  const fj = path.join(tmp, "functions.json");
  const md = path.join(tmp, `README-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(fj, FUNCTIONS_JSON);
  writeFileSync(md, readme);
  return execFileSync(process.execPath, [SCRIPT, fj, md], { cwd: ROOT, encoding: "utf8" });
}

/** helpPage's list of local files for a README, through the module's API (in a child process). */
function localFiles(readmeFile: string): string[] {
  const code = `require(${JSON.stringify(SCRIPT)}).helpPage(${JSON.stringify(FUNCTIONS_JSON)}, require("fs").readFileSync(${JSON.stringify(readmeFile)}, "utf8")).then((r) => process.stdout.write(JSON.stringify(r.files)))`;
  return JSON.parse(execFileSync(process.execPath, ["-e", code], { cwd: ROOT, encoding: "utf8" })) as string[];
}

describe("help page (scripts/help-page.js with marked)", () => {
  const page = render(
    [
      "# SMM *in* Excel",
      "",
      "Some *emphasis*, some _more_, **strong**, ***both*** and `code <b>` and a [link](https://example.com/x).",
      "",
      "![Import preview](docs/screenshots/02-import-preview.png)",
      "",
      "[![Forecast vs actual](docs/templates/forecast-vs-actual.png)](docs/templates/forecast-vs-actual.pdf)",
      "",
      "| a | b |",
      "|---|---|",
      "| ![x](docs/x.png) | *y* |",
      "",
      "- item with **bold**",
      "  continued",
      "- second",
      "",
      "```console",
      "$ echo <script>alert(1)</script>",
      "```",
      "",
      "## SMM.MOM",
      "## Functions",
      "## Functions",
    ].join("\n"),
  );

  test("images are images (not '!' before a link), with their alt text", () => {
    expect(page).toContain('<img src="docs/screenshots/02-import-preview.png" alt="Import preview">');
    expect(page).toMatch(
      /<a href="docs\/templates\/forecast-vs-actual\.pdf"><img src="docs\/templates\/forecast-vs-actual\.png" alt="Forecast vs actual"><\/a>/,
    );
    expect(page).toContain('<img src="docs/x.png" alt="x">');
    expect(page).not.toMatch(/!<a /);
  });

  test("emphasis, strong, code and links", () => {
    expect(page).toContain("<em>emphasis</em>");
    expect(page).toContain("<em>more</em>");
    expect(page).toContain("<strong>strong</strong>");
    expect(page).toMatch(/<em><strong>both<\/strong><\/em>|<strong><em>both<\/em><\/strong>/);
    expect(page).toContain("<code>code &lt;b&gt;</code>");
    expect(page).toContain('<a href="https://example.com/x">link</a>');
    expect(page).toContain("<td><em>y</em></td>");
    expect(page).toMatch(/<li>item with <strong>bold<\/strong>\s*continued<\/li>/);
  });

  test("code blocks are text, not HTML", () => {
    expect(page).toContain("$ echo &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).not.toContain("<script>alert(1)");
  });

  test("headings get GitHub's anchors; ids the function reference holds, and duplicates, get -1, -2", () => {
    expect(page).toContain('<h1 id="smm-in-excel">SMM <em>in</em> Excel</h1>');
    expect(page).toContain('<h3 id="smmmom"><code>=SMM.MOM(product, [basis])</code></h3>');
    expect(page).toContain('<h2 id="smmmom-1">SMM.MOM</h2>');
    expect(page).toContain('<h2 id="functions">Functions</h2>');
    expect(page).toContain('<h2 id="functions-1">Functions</h2>');
  });

  test("the function reference: signatures, parameters, spills, descriptions escaped", () => {
    expect(page).toContain("<p>% change &lt;vs&gt; the previous month.</p>");
    expect(page).toContain("<li><code>basis</code> (optional): actual or forecast</li>");
    expect(page).toContain('<h3 id="smmseries"><code>=SMM.SERIES()</code> <em>(spills)</em></h3>');
  });

  test("the real README: every image becomes an <img>, and the build ships the local images it shows", () => {
    const readmeFile = path.join(ROOT, "README.md");
    const readme = readFileSync(readmeFile, "utf8");
    const html = render(readme);
    const images = [...readme.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => m[2] as string);
    expect(images.length).toBeGreaterThan(5);
    for (const src of images) expect(html).toContain(`<img src="${src}"`);
    expect(html).not.toMatch(/!<a /);
    const files = localFiles(readmeFile);
    expect(files).toEqual(expect.arrayContaining(images.filter((s) => !/^[a-z]+:/i.test(s))));
  });

  test("run alone without arguments: usage on stderr, exit 2", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, [SCRIPT], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = String((e as { stderr: string }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage: node scripts\/help-page\.js/);
  });

  test("webpack.config.js builds help.html with this script (no converter of its own)", () => {
    const config = readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    expect(config).toContain('require("./scripts/help-page")');
    expect(config).not.toMatch(/function markdownToHtml/);
  });
});
