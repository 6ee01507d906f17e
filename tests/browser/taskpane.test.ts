/**
 * The built task pane in headless Chromium with a fake Excel host (tests/browser/fake-office.js,
 * served in place of office.js) inside a harness page that draws the fake sheet beside the pane:
 * import the seed report, see its preview, save, explore, insert a linked table, build a formula,
 * trace it, refresh, insert the forecast-vs-actual template as a new worksheet; untrusted input (XSS,
 * empty, huge); the pane outside Excel (and dark).
 *
 * Builds the pane with webpack (development, into test-output/browser-dist) and serves it with a
 * tiny HTTP server on 127.0.0.1 (tests/built-addin.ts). Skips with a message when /usr/bin/chromium or the seed report is
 * missing. Screenshots: test-output/browser/*.png; SMM_UPDATE_SCREENSHOTS=1 copies the README
 * ones to docs/screenshots/.
 */
import fs from "fs";
import path from "path";
import type { Browser, Frame, Page } from "playwright-core";
import { buildAddin, CHROMIUM, CHROMIUM_ARGS, ROOT, serveBuild, type Served } from "../built-addin";
import { SHARED_DIR } from "../shared-dir";
import { Dataset } from "../../src/core/dataset";
import { figureKey } from "../../src/core/merge";
import { readDatasetFile } from "../../src/core/store";
import { prepareImport } from "../../src/taskpane/actions/importReport";

const DIST = path.join(ROOT, "test-output", "browser-dist");
const SHOTS = path.join(ROOT, "test-output", "browser");
const DOCS = path.join(ROOT, "docs", "screenshots");
const SEED = path.join(SHARED_DIR, "reports", "smm-2025-02.txt");

const MARCH = path.join(ROOT, "tests", "fixtures", "editions", "aluminium-2025-03.txt");
/** The March aluminium fixture plus a copper paragraph that states copper's MoM twice with different values. */
const MARCH_TEXT = (): string =>
  fs.readFileSync(MARCH, "utf8") +
  "\nCopper Cathode\nIn March 2025, China's copper cathode output rose 5.5% MoM. Copper cathode output in March 2025 rose 6.5% MoM, SMM said.\n";

const haveSeed = fs.existsSync(SEED);
if (!CHROMIUM) console.warn("[browser tests] skipped: no Chromium (apt-get install -y chromium, or set SMM_CHROMIUM)");

let served: Served | undefined;
let base = "";
let browser: Browser;

const shots: string[] = [];
async function shot(page: Page, name: string, docs = false): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  shots.push(file);
  if (docs && process.env.SMM_UPDATE_SCREENSHOTS === "1") {
    fs.mkdirSync(DOCS, { recursive: true });
    fs.copyFileSync(file, path.join(DOCS, `${name}.png`));
  }
}

async function openHarness(): Promise<{ page: Page; pane: Frame; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1180, height: 860 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // anything the page's Content-Security-Policy blocks is an error too
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (?:load|execute|apply|connect|frame)/i.test(m.text())) errors.push(`CSP: ${m.text()}`);
  });
  await page.goto(`${base}/harness.html`);
  const handle = await page.waitForSelector("#pane");
  const pane = (await handle.contentFrame()) as Frame;
  await pane.waitForSelector("html[data-ready=true]", { timeout: 30_000 });
  return { page, pane, errors };
}

async function tab(pane: Frame, id: string): Promise<void> {
  await pane.click(`[data-tab=${id}]`);
  await pane.waitForSelector(`#panel-${id}:not([hidden])`);
}

const maybe = CHROMIUM ? describe : describe.skip;

maybe("task pane in Chromium", () => {
  beforeAll(async () => {
    await buildAddin(DIST, "development", { SMM_OFFICE_JS: "local" });
    served = await serveBuild(DIST, {
      "/harness.html": { file: path.join(__dirname, "harness.html") },
      "/office-js/office.js": { file: path.join(__dirname, "fake-office.js") },
    });
    base = served.base;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  (haveSeed ? test : test.skip)(
    "imports the seed report, inserts a linked table, builds a formula, traces it, refreshes",
    async () => {
      const { page, pane, errors } = await openHarness();
      await shot(page, "01-start");

      // ---- import: pick the file, see the preview
      await tab(pane, "import");
      await pane.setInputFiles("[data-testid=file]", SEED);
      await pane.waitForSelector("[data-testid=edition-label]");
      expect(await pane.textContent("[data-testid=edition-label]")).toBe("February 2025");
      expect(await pane.inputValue("[data-testid=edition-month]")).toBe("2025-02");
      const products = await pane.textContent("[data-testid=products-found]");
      expect(products).toContain("Copper Cathode");
      expect(products).toContain("Refined Nickel");
      const issues = (await pane.textContent("[data-testid=issues] summary")) ?? "";
      expect(issues).toMatch(/\d+ issues the parser raised/);
      await pane.click("[data-testid=issues] summary");
      expect(await pane.locator("[data-testid=issues] mark").count()).toBeGreaterThan(5); // figures highlighted in their sentences
      await pane.evaluate(() => document.querySelector("[data-testid=import-preview]")?.scrollIntoView());
      await shot(page, "02-import-preview", true);

      // ---- save: it replaces the bundled February edition and says what changed
      await pane.click("[data-testid=save-btn]");
      await pane.waitForSelector("[data-testid=diff-headline]");
      expect(await pane.textContent("[data-testid=diff-headline]")).toMatch(/February 2025: merged/);
      await shot(page, "03-import-saved");

      // ---- explore: typo-tolerant search, measures, months, preview
      await tab(pane, "explore");
      await pane.fill("[data-testid=search]", "coper");
      await pane.waitForSelector("[data-testid=results] [data-ref=copper-cathode]");
      expect(await pane.getAttribute("[data-testid=results] li >> nth=0", "data-ref")).toBe("copper-cathode");
      await pane.press("[data-testid=search]", "Enter");
      await pane.fill("[data-testid=search]", "nikel");
      await pane.click("[data-testid=results] [data-ref=refined-nickel]");
      await pane.check("[data-measure=yoy]");
      await pane.uncheck("[data-measure=output]");
      await pane.selectOption("[data-testid=from]", "2024-12");
      await pane.waitForFunction(() => /rows? x 4 columns/.test(document.querySelector("[data-testid=preview-summary]")?.textContent ?? ""));
      expect(await pane.textContent("[data-testid=table-preview]")).toContain("4.38%");
      await pane.evaluate(() => document.querySelector("[data-testid=table-preview]")?.scrollIntoView({ block: "center" }));
      await shot(page, "04-explore-preview", true);

      // ---- insert at the active cell (A1) as a linked table of values
      await pane.click("[data-testid=insert-btn]");
      await pane.waitForFunction(() => /Inserted a linked table/.test(document.querySelector("[data-testid=explore-result]")?.textContent ?? ""));
      const wb = await page.evaluate(() => {
        const w = (
          window as unknown as {
            __fakeWorkbook: {
              sheets: { cells: Record<string, { value: unknown; format: string; bold?: boolean }> }[];
              names: Record<string, unknown>;
              settings: Record<string, string>;
              syncs: number;
            };
          }
        ).__fakeWorkbook;
        return { cells: w.sheets[0]?.cells ?? {}, names: Object.keys(w.names), settings: w.settings };
      });
      expect(wb.cells["0,0"]?.value).toBe("Product");
      expect(wb.cells["0,0"]?.bold).toBe(true);
      expect(wb.cells["0,2"]?.value).toBe("MoM %");
      const copperFeb = Object.entries(wb.cells).find(([, c]) => c.value === 0.0438);
      expect(copperFeb?.[1].format).toBe("+0.00%;-0.00%;0.00%");
      expect(wb.names.some((n) => n.startsWith("SMM_T_"))).toBe(true);
      expect(JSON.parse(wb.settings["smm.linkedTables.v1"] ?? "{}").tables).toHaveLength(1);
      await shot(page, "05-inserted-table", true);

      // ---- formula builder: =SMM.MOM("refined-nickel","2025-02") into H2
      await page.evaluate(() => (window as unknown as { __fakeSelect(r: string): void }).__fakeSelect("H2"));
      await tab(pane, "formula");
      await pane.fill("[data-param=product]", "nickel");
      await pane.fill("[data-param=period]", "2025-02");
      await pane.waitForFunction(() => (document.querySelector("[data-testid=formula-text]")?.textContent ?? "") === '=SMM.MOM("nickel","2025-02")');
      await pane.click("[data-testid=formula-insert]");
      await pane.waitForFunction(() => /Inserted =SMM\.MOM/.test(document.querySelector("[data-testid=formula-result]")?.textContent ?? ""));
      const h2 = await page.evaluate(
        () =>
          (window as unknown as { __fakeWorkbook: { sheets: { cells: Record<string, { value: unknown; formula: string }> }[] } }).__fakeWorkbook.sheets[0]
            ?.cells["1,7"],
      );
      expect(h2?.formula).toBe('=SMM.MOM("nickel","2025-02")');
      expect(typeof h2?.value).toBe("number");

      // ---- trace the active cell: edition, section, the sentence with the figure highlighted
      await tab(pane, "trace");
      await pane.click("[data-testid=trace-active]");
      await pane.waitForSelector("[data-testid=trace-card]");
      expect(await pane.textContent("[data-testid=trace-edition]")).toContain("February 2025 edition");
      const mark = await pane.textContent("[data-testid=trace-sentence] mark");
      expect(mark).toMatch(/%/);
      expect(await pane.textContent("[data-testid=trace-how]")).toContain("reported");
      await shot(page, "06-trace", true);

      // ---- trace a value inside the linked table (C3: a MoM figure)
      await page.evaluate(() => (window as unknown as { __fakeSelect(r: string): void }).__fakeSelect("C3"));
      await pane.click("[data-testid=trace-active]");
      await pane.waitForFunction(() => /in linked table SMM_T_/.test(document.querySelector("[data-testid=trace-out]")?.textContent ?? ""));

      // ---- refresh the sheet: the formula cell and the linked table
      await pane.click("[data-testid=refresh-btn]");
      await pane.waitForFunction(() =>
        /Refreshed 1 SMM formula cell and 1 linked table/.test(document.querySelector("[data-testid=messages]")?.textContent ?? ""),
      );
      await shot(page, "07-refreshed");

      // ---- templates: forecast vs actual for March 2025 as a new worksheet of live formulas
      await tab(pane, "templates");
      await pane.check("[data-testid=template-fva-month]");
      await pane.selectOption("[data-testid=tpl-month]", "2025-03");
      await pane.waitForFunction(() => (document.querySelector("[data-testid=template-sheet]")?.textContent ?? "").includes("FvA 2025-03"));
      expect(await pane.textContent("[data-testid=template-title]")).toContain("SMM forecast vs actual \u2014 March 2025");
      expect(await pane.textContent("[data-testid=template-table] tbody tr >> nth=0")).toContain("+6.04%");
      await pane.click("[data-testid=template-insert]");
      await pane.waitForFunction(() => /Inserted the sheet "FvA 2025-03"/.test(document.querySelector("[data-testid=template-result]")?.textContent ?? ""));
      expect(await pane.textContent("[data-testid=template-result]")).toMatch(/\d[\d,]* formulas written \(\d[\d,]* =SMM\.\* calls\)/);
      type FakeCell = { value: unknown; formula: string; format: string; bold?: boolean; fill?: string };
      type FakeSheet = {
        name: string;
        cells: Record<string, FakeCell>;
        merges?: unknown[];
        cfs?: unknown[];
        charts?: { title: string }[];
        freeze?: { rows: number; cols: number } | null;
      };
      const fva = await page.evaluate(() => {
        const w = (window as unknown as { __fakeWorkbook: { sheets: FakeSheet[]; active: { sheet: number } } }).__fakeWorkbook;
        const s = w.sheets.find((x) => x.name === "FvA 2025-03") as FakeSheet;
        const c = (ref: string): FakeCell | undefined => {
          const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
          return s.cells[`${Number(m[2]) - 1},${(m[1] as string).charCodeAt(0) - 65}`];
        };
        return {
          sheets: w.sheets.map((x) => x.name),
          active: w.sheets[w.active.sheet]?.name,
          a1: c("A1"),
          a7: c("A7"),
          d7: c("D7"),
          e7: c("E7"),
          f7: c("F7"),
          j7: c("J7"),
          s6: c("S6"),
          merges: s.merges?.length ?? 0,
          cfs: s.cfs?.length ?? 0,
          charts: (s.charts ?? []).map((x) => x.title),
          freeze: s.freeze,
        };
      });
      expect(fva.sheets).toEqual(["Sheet1", "FvA 2025-03"]);
      expect(fva.active).toBe("FvA 2025-03");
      expect(fva.a1).toMatchObject({ value: "SMM forecast vs actual \u2014 March 2025", bold: true, fill: "#1F3864" });
      expect(fva.a7?.value).toBe("copper-cathode");
      expect(fva.d7).toMatchObject({ formula: '=SMM.FORECAST($A7,"2025-03","mom")', value: 0.0397, format: "+0.00%;-0.00%;0.00%" });
      expect(fva.e7).toMatchObject({ formula: '=SMM.ACTUAL($A7,"2025-03","mom")', value: 0.0604 });
      expect(fva.f7?.formula).toMatch(/^=IF\(AND\(ISNUMBER\(D7\),ISNUMBER\(E7\)\),SMM\.SURPRISE/);
      expect(fva.f7?.value as number).toBeCloseTo(0.0207, 4);
      expect(fva.j7?.value).toBe("hit");
      expect(typeof fva.s6?.value).toBe("number");
      expect(fva.merges).toBeGreaterThan(3);
      expect(fva.cfs).toBeGreaterThan(0);
      expect(fva.charts).toEqual([expect.stringContaining("SMM forecast vs actual")]);
      expect(fva.freeze).toEqual({ rows: 6, cols: 2 });
      await pane.evaluate(() => document.querySelector("[data-testid=template-result]")?.scrollIntoView({ block: "end" }));
      await page.mouse.move(10, 10);
      await pane.waitForTimeout(300); // the Insert button's colour transition back from its busy state
      await shot(page, "07-templates", true);

      // the same template again: the name is taken, so Excel's next free name
      await pane.click("[data-testid=template-insert]");
      await pane.waitForFunction(() =>
        /Inserted the sheet "FvA 2025-03 \(2\)"/.test(document.querySelector("[data-testid=template-result]")?.textContent ?? ""),
      );
      expect(
        await page.evaluate(() => (window as unknown as { __fakeWorkbook: { sheets: { name: string }[] } }).__fakeWorkbook.sheets.map((x) => x.name)),
      ).toEqual(["Sheet1", "FvA 2025-03", "FvA 2025-03 (2)"]);
      expect(errors).toEqual([]);
      await page.close();
    },
    120_000,
  );

  test("importing over a bundled edition keeps every figure the new text does not restate; kept and conflicting figures are listed before Save", async () => {
    const { page, pane, errors } = await openHarness();
    // what the bundled March edition holds, and what the new text restates (same code as the pane)
    const ds = new Dataset();
    for (const e of readDatasetFile(fs.readFileSync(path.join(ROOT, "data", "bundled.json"), "utf8")).editions) ds.addEdition(e, "bundled");
    const bundledMarch = ds.getEdition("2025-03")?.observations ?? [];
    const prepared = prepareImport(ds, MARCH_TEXT(), { name: "aluminium-2025-03.txt" });
    // restated: read from the new text, or stated there with conflicting values (#N/A by contract)
    const conflicted = (prepared.preview.editions[0]?.diff?.conflicting ?? []).map((c) => c.key);
    const restated = new Set([...(prepared.editions[0]?.observations ?? []).map(figureKey), ...conflicted]);
    const onlyBundled = bundledMarch.filter((o) => !restated.has(figureKey(o)));
    expect(conflicted).toEqual(["copper-cathode||2025-03|actual|mom"]);
    expect(onlyBundled.length).toBeGreaterThan(10);

    await tab(pane, "import");
    await pane.fill("[data-testid=paste]", MARCH_TEXT());
    await pane.click("[data-testid=preview-btn]");
    await pane.waitForSelector("[data-testid=merge-changes]");
    expect(await pane.textContent("[data-testid=edition-label]")).toBe("March 2025");
    // before Save: every kept figure is listed with a keep box, and the conflict with its sentence
    expect(await pane.locator("[data-testid=merge-kept] [data-testid=keep-figure]").count()).toBe(onlyBundled.length);
    expect(await pane.textContent("[data-testid=import-preview]")).toMatch(/Merges into the bundled March 2025 edition/);
    const conflict = (await pane.textContent("[data-testid=merge-conflict]")) ?? "";
    expect(conflict).toContain("Copper Cathode, MoM %, 2025-03");
    expect(conflict).toContain("#N/A (stated with different values)");
    expect(conflict).toContain("rose 5.5% MoM");
    const diff = prepared.preview.editions[0]?.diff;
    expect(await pane.locator("[data-testid=merge-new] [data-testid=merge-line]").count()).toBe(diff?.added.length);
    expect(diff?.added.length).toBeGreaterThan(0);
    expect(await pane.locator("[data-testid=merge-revised] [data-testid=merge-line]").count()).toBe(diff?.revised.length);
    expect(await pane.locator("[data-testid=merge-conflict] mark").count()).toBeGreaterThan(0); // figure highlighted in its sentence
    await pane.evaluate(() => document.querySelector("[data-testid=merge-changes]")?.scrollIntoView());
    await shot(page, "11-import-merge-preview", true);

    // drop one kept figure, from the keyboard
    const dropKey = (await pane.getAttribute("[data-testid=merge-kept] [data-testid=keep-figure] >> nth=0", "data-key")) ?? "";
    await pane.focus(`[data-testid=keep-figure][data-key="${dropKey}"]`);
    await page.keyboard.press("Space");
    await pane.waitForFunction(() => /1 dropped/.test(document.querySelector("[data-testid=merge-summary]")?.textContent ?? ""));
    expect(await pane.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("keep-figure"); // focus stays on the box
    expect(await pane.isChecked(`[data-testid=keep-figure][data-key="${dropKey}"]`)).toBe(false);

    await pane.click("[data-testid=save-btn]");
    await pane.waitForSelector("[data-testid=diff-headline]");
    expect(await pane.textContent("[data-testid=diff-headline]")).toMatch(
      new RegExp(`March 2025: merged, \\d+ new, \\d+ revised, ${onlyBundled.length - 1} kept, 1 conflicting, 1 dropped`),
    );

    // every figure only the bundled copy had still answers through the functions; the dropped one does not
    const answers = await page.evaluate(
      async (figs) => {
        const fns = (window as unknown as { __fakeFns: Record<string, (...a: unknown[]) => unknown> }).__fakeFns;
        const out: [string, unknown][] = [];
        for (const f of figs) {
          let v: unknown = null;
          try {
            v = await fns.VALUE?.(f.segment ? `${f.product}:${f.segment}` : f.product, f.period, f.measure, f.basis);
          } catch {
            v = null; // the wrappers never throw: an error comes back as a CustomFunctions.Error value
          }
          out.push([f.key, typeof v === "number" ? v : null]);
        }
        return out;
      },
      onlyBundled.map((o) => ({ key: figureKey(o), product: o.product, segment: o.segment, period: o.period, measure: o.measure, basis: o.basis })),
    );
    for (const [key, v] of answers) {
      const o = onlyBundled.find((x) => figureKey(x) === key);
      if (key === dropKey) expect(v).toBeNull();
      else expect([key, v]).toEqual([key, o?.value]);
    }

    // the figure the new text states with conflicting values is #N/A, not the bundled value
    const copperMom = await page.evaluate(async () => {
      try {
        const v = await (window as unknown as { __fakeFns: Record<string, (...a: unknown[]) => unknown> }).__fakeFns.MOM?.("copper", "2025-03");
        // the wrappers return their errors (a CustomFunctions.Error with a code), never throw them
        const e = v as { code?: string; message?: string } | null;
        return e && typeof e === "object" && typeof e.code === "string" ? `error: ${e.code} ${e.message ?? ""}` : v;
      } catch (e) {
        return `thrown: ${String((e as { message?: string }).message ?? e)}`;
      }
    });
    expect(String(copperMom)).toMatch(/^error/);

    // Trace says where a kept figure came from
    const kept = onlyBundled.find((o) => figureKey(o) !== dropKey && !o.segment) as (typeof onlyBundled)[number];
    await tab(pane, "trace");
    await pane.fill("[data-testid=trace-formula]", `=SMM.VALUE("${kept.product}","${kept.period}","${kept.measure}","${kept.basis}")`);
    await pane.press("[data-testid=trace-formula]", "Enter");
    await pane.waitForSelector("[data-testid=trace-kept]");
    expect(await pane.textContent("[data-testid=trace-kept]")).toMatch(/from the bundled copy/);

    // removing the import brings back the bundled edition whole (the dropped figure too)
    await tab(pane, "data");
    await pane.click(".edition-row[data-edition='2025-03'] button[aria-label^='Remove the imported']");
    await pane.waitForFunction(() => /Removed the imported 2025-03 edition/.test(document.querySelector("[data-testid=messages]")?.textContent ?? ""));
    const dropped = onlyBundled.find((o) => figureKey(o) === dropKey) as (typeof onlyBundled)[number];
    const back = await page.evaluate(
      async (f) =>
        (window as unknown as { __fakeFns: Record<string, (...a: unknown[]) => unknown> }).__fakeFns.VALUE?.(
          f.segment ? `${f.product}:${f.segment}` : f.product,
          f.period,
          f.measure,
          f.basis,
        ),
      dropped,
    );
    expect(back).toBe(dropped.value);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test("review: a conflicting figure is corrected, an unread number assigned in two clicks; saved, shown by Trace and SMM.INFO as the user's", async () => {
    const { page, pane, errors } = await openHarness();
    await tab(pane, "import");
    await pane.fill("[data-testid=paste]", MARCH_TEXT());
    await pane.click("[data-testid=preview-btn]");
    await pane.waitForSelector("[data-testid=review-list]");
    // the conflicting copper MoM (left out by the parser: #N/A) is a review item with its sentence, what was read and why
    const copper = pane.locator("[data-testid=review-item]", { hasText: "Conflict: Copper Cathode, MoM %, 2025-03" });
    expect(await copper.count()).toBe(1);
    expect(await copper.textContent()).toMatch(/Why: .*different values/);
    expect(await copper.locator("mark").textContent()).toBe("5.5%");
    await pane.evaluate(() => document.querySelector("[data-testid=review-list]")?.scrollIntoView());
    await shot(page, "12-review", true);

    // set its value from the keyboard: open the form, type the value, Enter
    await copper.locator("[data-testid=review-resolve]").focus();
    await page.keyboard.press("Enter");
    await pane.waitForSelector("[data-testid=review-form]");
    expect(await pane.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("form-product");
    expect(await pane.getAttribute("[data-testid=review-form]", "aria-label")).toMatch(/^Correct Conflict: Copper Cathode/);
    expect(await pane.inputValue("[data-testid=form-measure]")).toBe("mom");
    await pane.fill("[data-testid=form-value]", "6.5%");
    await pane.press("[data-testid=form-value]", "Enter");
    await pane.waitForFunction(() =>
      /Corrected to Copper Cathode, MoM %, 2025-03: \+?6\.50?%/.test(document.querySelector("[data-testid=review-list]")?.textContent ?? ""),
    );
    // the conflict is resolved in the preview
    expect(await pane.locator("[data-testid=merge-conflict]").count()).toBe(0);

    // an unread number: Assign... then Assign (product from the section, measure from the unit)
    const unread = pane.locator("[data-testid=review-item]", { hasText: "Unread number: 135,000 mt/year" });
    await unread.locator("[data-testid=review-assign]").click();
    expect(await pane.inputValue("[data-testid=form-product]")).toBe("overseas-aluminum");
    expect(await pane.inputValue("[data-testid=form-measure]")).toBe("capacity");
    await pane.click("[data-testid=review-form-save]");
    await pane.waitForFunction(() =>
      /Assigned to Overseas Alumin\w+, Capacity \(mt\/year\), 2025-03: 135,000/.test(document.querySelector("[data-testid=review-list]")?.textContent ?? ""),
    );

    await pane.click("[data-testid=save-btn]");
    await pane.waitForSelector("[data-testid=diff-headline]");
    expect(
      await page.evaluate(async () => (window as unknown as { __fakeFns: Record<string, (...a: unknown[]) => unknown> }).__fakeFns.MOM?.("copper", "2025-03")),
    ).toBe(0.065);
    const info = await page.evaluate(async () =>
      (window as unknown as { __fakeFns: Record<string, (...a: unknown[]) => unknown> }).__fakeFns.INFO?.("copper", "2025-03"),
    );
    expect(String(info)).toMatch(/corrected by the user on \d{4}-\d\d-\d\d/);
    expect(
      await page.evaluate(async () =>
        (window as unknown as { __fakeFns: Record<string, (...a: unknown[]) => unknown> }).__fakeFns.VALUE?.("overseas-aluminum", "2025-03", "capacity"),
      ),
    ).toBe(135000);

    // Trace shows the correction as the user's
    await tab(pane, "trace");
    await pane.fill("[data-testid=trace-formula]", '=SMM.MOM("copper","2025-03")');
    await pane.press("[data-testid=trace-formula]", "Enter");
    await pane.waitForSelector("[data-testid=trace-user]");
    expect(await pane.textContent("[data-testid=trace-user]")).toMatch(/corrected by the user on \d{4}-\d\d-\d\d/);
    await shot(page, "14-trace-corrected", true);

    // the correction was saved with the edition in the workbook
    const xml = await page.evaluate(() => JSON.stringify((window as unknown as { __fakeWorkbook: unknown }).__fakeWorkbook));
    expect(xml).toMatch(/corrected/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test("report text is never markup; empty, huge and non-report text save nothing", async () => {
    const { page, pane, errors } = await openHarness();
    await tab(pane, "import");
    const evil =
      '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">\nCopper Cathode\nIn February 2025, <b>copper</b> cathode output rose 4% MoM. &lt;img src=x onerror=window.__xss=3&gt;';
    await pane.fill("[data-testid=paste]", evil);
    await pane.click("[data-testid=preview-btn]");
    await pane.waitForSelector("[data-testid=import-preview] .card");
    // a CSV whose source URL and file name carry markup: saved, then traced
    const csv =
      "product,segment,period,basis,measure,value,unit,qualifier,release,source_url\ncopper-cathode,,2031-01,actual,mom,2.5,%,exact,2031-01,https://example.com/<img src=x onerror=window.__xss=4>\n";
    await pane.setInputFiles("[data-testid=file]", { name: '<img src=x onerror="window.__xss=5">.csv', mimeType: "text/csv", buffer: Buffer.from(csv) });
    await pane.waitForSelector("[data-testid=edition-preview]");
    expect(await pane.textContent("[data-testid=import-preview] .card-title")).toContain('<img src=x onerror="window.__xss=5">.csv');
    await pane.click("[data-testid=save-btn]");
    await pane.waitForSelector("[data-testid=diff-headline]");
    await tab(pane, "trace");
    await pane.fill("[data-testid=trace-formula]", '=SMM.MOM("copper-cathode","2031-01")');
    await pane.press("[data-testid=trace-formula]", "Enter");
    await pane.waitForSelector("[data-testid=trace-source]");
    expect(await pane.textContent("[data-testid=trace-source]")).toContain("<img src=x onerror=window.__xss=4>");
    await shot(page, "08-untrusted-text-as-text", true);
    const xss = await pane.evaluate(() => ({
      flag: (window as unknown as { __xss?: number }).__xss,
      imgs: document.querySelectorAll("img").length,
      scripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
    }));
    expect(xss).toEqual({ flag: undefined, imgs: 0, scripts: 0 });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // empty
    await tab(pane, "import");
    await pane.fill("[data-testid=paste]", "   ");
    await pane.click("[data-testid=preview-btn]");
    await pane.waitForFunction(() => /The text is empty/.test(document.querySelector("[data-testid=import-preview]")?.textContent ?? ""));
    expect(await pane.isDisabled("[data-testid=save-btn]")).toBe(true);
    // huge (5 MB)
    await pane.evaluate(() => {
      const ta = document.querySelector("[data-testid=paste]") as HTMLTextAreaElement;
      ta.value = "Copper cathode output rose 4% MoM. ".repeat(150_000);
    });
    await pane.click("[data-testid=preview-btn]");
    await pane.waitForFunction(() => /The text is 5\.\d MB/.test(document.querySelector("[data-testid=import-preview]")?.textContent ?? ""));
    expect(await pane.isDisabled("[data-testid=save-btn]")).toBe(true);
    // not a report
    await pane.fill("[data-testid=paste]", "Dear all,\nthe meeting moved to Tuesday 2025-03-04.\nBest");
    await pane.click("[data-testid=preview-btn]");
    await pane.waitForFunction(() => /This is not an SMM production report/.test(document.querySelector("[data-testid=import-preview]")?.textContent ?? ""));
    expect(await pane.isDisabled("[data-testid=save-btn]")).toBe(true);
    expect(await pane.locator("[data-testid=edition-month]").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test("outside Excel the pane renders, explores and previews, and says writing needs Excel (dark theme too)", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 860 }, colorScheme: "dark" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/office-js/office.js", (r) => r.fulfill({ status: 404, body: "" }));
    await page.goto(`${base}/taskpane.html`);
    await page.waitForSelector("html[data-ready=true]", { timeout: 30_000 });
    expect(await page.getAttribute("html", "data-host")).toBe("browser");
    await page.fill("[data-testid=search]", "rare earth");
    await page.waitForSelector("[data-testid=results] li[data-ref]");
    await page.fill("[data-testid=search]", "li2co3");
    await page.press("[data-testid=search]", "Enter");
    await page.waitForSelector("[data-testid=preview-summary]");
    await page.click("[data-testid=insert-btn]", { force: true }); // aria-disabled: still focusable and explains why
    await page.waitForFunction(() => /Writing to a sheet needs Excel/.test(document.querySelector("[data-testid=explore-result]")?.textContent ?? ""));
    await shot(page, "09-browser-dark", true);
    // Templates: a preview, and inserting says it needs Excel
    await page.click("[data-tab=templates]");
    await page.waitForSelector("#panel-templates:not([hidden]) [data-testid=template-table] tbody tr");
    expect(await page.textContent("[data-testid=template-title]")).toMatch(/SMM forecast vs actual/);
    await page.click("[data-testid=template-insert]", { force: true });
    await page.waitForFunction(() => /Inserting needs Excel/.test(document.querySelector("[data-testid=template-result]")?.textContent ?? ""));
    await page.evaluate(() => document.querySelector("[data-testid=template-result]")?.scrollIntoView({ block: "end" }));
    await shot(page, "10-templates-browser-dark");
    // Without office.js the page still loads cleanly: the functions bundle's CustomFunctions.associate
    // calls are guarded (src/functions/functions.ts), so no error at all.
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test("theme: outside Excel the system's scheme (followed as it changes); in Excel, Excel's theme whatever the system's", async () => {
    const background = (f: Page | Frame): Promise<string> => f.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const DARK = "rgb(31, 31, 31)"; // --colorNeutralBackground2, dark
    const LIGHT = "rgb(250, 250, 250)";
    const { page, errors } = await openPane(360, "dark");
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    expect(await background(page)).toBe(DARK);
    await page.emulateMedia({ colorScheme: "light" });
    await page.waitForSelector("html[data-theme=light]");
    expect(await background(page)).toBe(LIGHT);
    expect(errors).toEqual([]);
    await page.close();
    const cases: [string, "light" | "dark", string, string][] = [
      ["#1f1f1f", "light", "dark", DARK],
      ["#ffffff", "dark", "light", LIGHT],
    ];
    for (const [officeBackground, system, theme, colour] of cases) {
      const host = await browser.newPage({ viewport: { width: 1180, height: 860 }, colorScheme: system });
      await host.addInitScript((bodyBackgroundColor) => {
        if (window === window.top) (window as unknown as { __fakeTheme: unknown }).__fakeTheme = { bodyBackgroundColor };
      }, officeBackground);
      await host.goto(`${base}/harness.html`);
      const pane = (await (await host.waitForSelector("#pane")).contentFrame()) as Frame;
      await pane.waitForSelector("html[data-ready=true]", { timeout: 30_000 });
      expect(await pane.getAttribute("html", "data-host")).toBe("excel");
      expect({ officeBackground, system, theme: await pane.getAttribute("html", "data-theme"), colour: await background(pane) }).toEqual({
        officeBackground,
        system,
        theme,
        colour,
      });
      await host.close();
    }
  }, 90_000);

  // ------------------------------------------------------------------ Excel's start-up rules (issue 11)

  type HostWin = {
    __fakeWorkbook: { xmlParts: unknown[] };
    __fakeStorage: Record<string, string>;
    __fakeOnReadyDelay?: number;
    __fakeOfficeHost?: string | null;
    __fakeCfStart: { ids: string[] } | null;
  };

  test("registration: Excel's custom-functions runtime starts only once every =SMM.* function is registered", async () => {
    const { page, pane, errors } = await openHarness();
    await page.waitForFunction(() => (window as unknown as HostWin).__fakeCfStart !== null, null, { timeout: 10_000 });
    const started = await page.evaluate(() => (window as unknown as HostWin).__fakeCfStart);
    // the moment Excel may call functions, all of them are there (before the fix: none, #VALUE!)
    expect(started?.ids).toEqual(["ACTUAL", "FORECAST", "INFO", "MOM", "PRODUCTS", "SERIES", "SURPRISE", "TABLE", "TREND", "VALUE", "YOY"]);
    // the page holds Excel's start (register-first.js) before office.js, and registers right after it, not deferred
    const scripts = await pane.evaluate(() =>
      [...document.querySelectorAll("script[src]")].map((s) => ({
        src: s.getAttribute("src") ?? "",
        defer: (s as HTMLScriptElement).defer,
        async: (s as HTMLScriptElement).async,
        inHead: s.parentElement === document.head,
      })),
    );
    expect(scripts.map((s) => s.src.replace(/\?.*$/, ""))).toEqual(["register-first.js", "office-js/office.js", "functions.js", "taskpane.js"]);
    for (const s of scripts) expect(s).toMatchObject({ defer: false, async: false, inHead: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test("start-up: a slow Office.onReady is 'still starting', and its late answer still brings the pane and the data into Excel", async () => {
    const { page, pane, errors } = await openHarness();
    // an imported edition lands in the workbook's part
    await tab(pane, "import");
    await pane.setInputFiles("[data-testid=file]", MARCH);
    await pane.waitForSelector("[data-testid=edition-label]");
    await pane.click("[data-testid=save-btn]");
    await pane.waitForSelector("[data-testid=diff-headline]");
    expect(await page.evaluate(() => (window as unknown as HostWin).__fakeWorkbook.xmlParts.length)).toBe(1);
    // a fresh machine (no local cache), and an Excel that takes 7 s to answer (Excel on the web, cold)
    await page.evaluate(() => {
      const w = window as unknown as HostWin;
      for (const k of Object.keys(w.__fakeStorage)) delete w.__fakeStorage[k];
      w.__fakeOnReadyDelay = 7000;
      localStorage.clear();
    });
    const t0 = Date.now();
    await pane.goto(`${base}/taskpane.html`);
    await pane.waitForFunction(() => /Excel is still starting/.test(document.querySelector("[data-testid=status]")?.textContent ?? ""), null, {
      timeout: 6000,
    });
    expect(Date.now() - t0).toBeLessThan(7000);
    expect(await pane.getAttribute("html", "data-host")).toBe("starting");
    expect(await pane.textContent(".host-badge")).toMatch(/Starting/);
    expect(await pane.getAttribute("html", "data-ready")).toBeNull();
    await shot(page, "15-still-starting");
    // the late answer: Excel, with the workbook's part loaded and Excel's local store in use
    await pane.waitForSelector("html[data-ready=true]", { timeout: 30_000 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(7000);
    expect(await pane.getAttribute("html", "data-host")).toBe("excel");
    expect(await pane.textContent(".host-badge")).toBe("Excel");
    const imported = await pane.evaluate(
      () =>
        (globalThis as unknown as { __smmAddinRuntime: { loadStatus(): { sources: { imported: { editions: string[] } } } } }).__smmAddinRuntime.loadStatus()
          .sources.imported.editions,
    );
    expect(imported).toContain("2025-03");
    // a save now goes to the workbook's part (imports live only there in Excel), as after a fast start
    await tab(pane, "import");
    await pane.setInputFiles("[data-testid=file]", MARCH);
    await pane.waitForSelector("[data-testid=edition-label]");
    await pane.click("[data-testid=save-btn]");
    await pane.waitForSelector("[data-testid=diff-headline]");
    const stores = await page.evaluate(() => ({
      parts: (window as unknown as HostWin).__fakeWorkbook.xmlParts.map((x) => String((x as { xml?: unknown }).xml)),
      local: Object.keys(localStorage),
    }));
    expect(stores.parts).toHaveLength(1); // the workbook's part, as in a fast start
    expect(stores.parts[0]).toContain("2025-03");
    expect(stores.local).toEqual([]); // not the browser preview's localStorage
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test("requirement sets: Trace works on an Excel without ExcelApi 1.12 (no spill parent: getSpillParentOrNullObject is behind isSetSupported)", async () => {
    const page = await browser.newPage({ viewport: { width: 1180, height: 860 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(() => {
      if (window === window.top) (window as unknown as { __fakeExcelApi: string }).__fakeExcelApi = "1.11";
    });
    await page.goto(`${base}/harness.html`);
    const pane = (await (await page.waitForSelector("#pane")).contentFrame()) as Frame;
    await pane.waitForSelector("html[data-ready=true]", { timeout: 30_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __fakeWorkbook: { sheets: { cells: Record<string, unknown> }[] }; __fakeRecalc(): void; __fakeSelect(r: string): void };
      (w.__fakeWorkbook.sheets[0] as { cells: Record<string, unknown> }).cells["1,1"] = { formula: '=SMM.MOM("nickel","2025-02")', value: null };
      w.__fakeRecalc();
      w.__fakeSelect("B2");
    });
    await tab(pane, "trace");
    await pane.click("[data-testid=trace-active]");
    await pane.waitForSelector("[data-testid=trace-card]", { timeout: 10_000 });
    expect(await pane.textContent("[data-testid=trace-edition]")).toContain("February 2025 edition");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test("team source on a host the build does not allow: the Data tab says which hosts are allowed and how to add one; no request leaves", async () => {
    const { page, pane, errors } = await openHarness();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await tab(pane, "data");
    await pane.fill("[data-testid=team-url]", "https://elsewhere.example.net/smm.json");
    await pane.click("#panel-data button:text-is('Set')");
    await pane.waitForFunction(
      () => /SMM_TEAM_ORIGINS=https:\/\/elsewhere\.example\.net/.test(document.querySelector("#panel-data")?.textContent ?? ""),
      null,
      { timeout: 10_000 },
    );
    expect(await pane.textContent("#panel-data")).toMatch(/may fetch only from http:\/\/127\.0\.0\.1:\d+/);
    expect(requested.filter((u) => u.includes("elsewhere.example.net"))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test("start-up: office.js in a plain browser answers 'no host' at once: a browser preview, no waiting", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 700 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(() => {
      (window as unknown as HostWin).__fakeOfficeHost = null;
    });
    const t0 = Date.now();
    await page.goto(`${base}/taskpane.html`);
    await page.waitForSelector("html[data-ready=true]", { timeout: 30_000 });
    expect(Date.now() - t0).toBeLessThan(3000); // never the "still starting" wait
    expect(await page.getAttribute("html", "data-host")).toBe("browser");
    expect(await page.textContent(".host-badge")).toBe("Browser preview");
    expect(await page.evaluate(() => (window as unknown as HostWin).__fakeCfStart)).toBeNull(); // no custom-functions runtime outside Excel
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  // ------------------------------------------------------------------ walkthrough findings

  /** The pane alone (no Excel) at a given width and theme. */
  async function openPane(width: number, colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/office-js/office.js", (r) => r.fulfill({ status: 404, body: "" }));
    await page.goto(`${base}/taskpane.html`);
    await page.waitForSelector("html[data-ready=true]", { timeout: 30_000 });
    return { page, errors };
  }

  /** Visible selects whose chosen label is wider than the room the select gives it. */
  const cutSelects = (f: Page | Frame): Promise<string[]> =>
    f.evaluate(() => {
      const ctx = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
      return [...document.querySelectorAll("select")]
        .filter((s) => s.offsetParent !== null)
        .flatMap((s) => {
          const cs = getComputedStyle(s);
          ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
          const label = s.selectedOptions[0]?.textContent ?? "";
          const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20; // the arrow
          return ctx.measureText(label).width > room
            ? [`${s.getAttribute("data-testid") ?? s.id}: "${label}" (${Math.round(ctx.measureText(label).width)} > ${Math.round(room)})`]
            : [];
        });
    });

  test("narrow panes (300, 320, 360 px): every tab is shown whole, no sideways scrolling, no dropdown label cut", async () => {
    for (const width of [300, 320, 360]) {
      const { page, errors } = await openPane(width);
      const tabs = await page.evaluate(() =>
        [...document.querySelectorAll("[role=tab]")].map((t) => {
          const r = t.getBoundingClientRect();
          return { label: t.textContent, left: r.left, right: r.right };
        }),
      );
      expect(tabs.map((t) => t.label)).toEqual(["Explore", "Formula", "Templates", "Trace", "Import", "Data"]);
      for (const t of tabs) {
        expect(t.left).toBeGreaterThanOrEqual(0);
        expect(t.right).toBeLessThanOrEqual(width);
      }
      for (const id of ["explore", "formula", "templates", "trace", "import", "data"]) {
        await page.click(`[data-tab=${id}]`);
        await page.waitForSelector(`#panel-${id}:not([hidden])`);
        if (id === "templates") {
          for (const c of ["fva-month", "fva-range", "dashboard", "product-history"]) {
            await page.check(`[data-testid=template-${c}]`);
            expect({ width, c, cut: await cutSelects(page) }).toEqual({ width, c, cut: [] });
          }
        }
        expect({ width, id, cut: await cutSelects(page) }).toEqual({ width, id, cut: [] });
        expect({ width, id, scroll: await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth) }).toEqual({
          width,
          id,
          scroll: 0,
        });
      }
      if (width === 300) await shot(page, "11-narrow-300");
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 90_000);

  test("templates default to months with data; month lists count products and pairs; the sheets use the measures' formats", async () => {
    const { page, pane, errors } = await openHarness();
    await tab(pane, "templates");
    await pane.waitForSelector("[data-testid=template-table] tbody tr");
    // forecast vs actual: March 2025 (the month with most pairs), its rows mostly numbers
    expect(await pane.inputValue("[data-testid=tpl-month]")).toBe("2025-03");
    const monthLabels = await pane.$$eval("[data-testid=tpl-month] option", (os) => os.map((o) => o.textContent ?? ""));
    expect(monthLabels).toContainEqual(expect.stringMatching(/^March 2025 · [1-9]\d pairs \(\d+ MoM\)$/));
    expect(monthLabels).toContain("December 2025 · no pairs");
    const cells = await pane.$$eval("[data-testid=template-table] tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].slice(2, 4).map((td) => td.textContent ?? "")),
    );
    const numbers = cells.flat().filter((t) => /^[+-]?\d[\d,]*\.\d\d%$/.test(t));
    expect(numbers.length / cells.flat().length).toBeGreaterThan(0.75);
    // the error column: the MoM format, headed without "pp"
    expect(await pane.textContent("[data-testid=template-table] thead")).toContain("Error (actual − forecast)");
    // the dashboard: February 2025 (the edition with most products), mostly numbers
    await pane.check("[data-testid=template-dashboard]");
    expect(await pane.inputValue("[data-testid=tpl-dashboard-month]")).toBe("2025-02");
    const dashLabels = await pane.$$eval("[data-testid=tpl-dashboard-month] option", (os) => os.map((o) => o.textContent ?? ""));
    expect(dashLabels).toContainEqual(expect.stringMatching(/^February 2025 · 4\d products$/));
    expect(dashLabels).toContainEqual(expect.stringMatching(/^December 2025 · \d products?$/));
    await pane.waitForFunction(() => (document.querySelector("[data-testid=template-sheet]")?.textContent ?? "").includes("Dashboard 2025-02"));
    const dash = await pane.$$eval("[data-testid=template-table] tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
    const productRows = dash.filter((r) => r.slice(1).some((t) => t !== ""));
    expect(productRows.filter((r) => r.some((t) => /\d\.\d\d%$/.test(t))).length / productRows.length).toBeGreaterThan(0.5);
    // product history: the raw SERIES spills keep the measures' formats in the sheet
    await pane.check("[data-testid=template-product-history]");
    await pane.waitForFunction(() => (document.querySelector("[data-testid=template-sheet]")?.textContent ?? "").includes("History copper-cathode"));
    await pane.click("[data-testid=template-insert]");
    await pane.waitForFunction(() =>
      /Inserted the sheet "History copper-cathode"/.test(document.querySelector("[data-testid=template-result]")?.textContent ?? ""),
    );
    const series = await page.evaluate(() => {
      type C = { value: unknown; format: string; spillFrom?: string };
      const w = (window as unknown as { __fakeWorkbook: { sheets: { name: string; cells: Record<string, C> }[] } }).__fakeWorkbook;
      const s = w.sheets.find((x) => x.name === "History copper-cathode");
      return Object.values(s?.cells ?? {})
        .filter((c) => c.spillFrom && typeof c.value === "number")
        .map((c) => c.format);
    });
    expect(series.length).toBeGreaterThan(20);
    expect(series.filter((f) => f === "General")).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test("Explore: feedback next to Insert (inserted, cells in the way, Overwrite); messages do not follow to other tabs; formats as in the sheet; 镍 without fuzzy neighbours", async () => {
    const { page, pane, errors } = await openHarness();
    await pane.fill("[data-testid=search]", "镍");
    await pane.waitForSelector("[data-testid=results] [data-ref=refined-nickel]");
    expect(await pane.textContent("[data-testid=results]")).not.toMatch(/did you mean/);
    expect(await pane.locator("[data-testid=results] [data-ref=primary-lead]").count()).toBe(0);
    await pane.press("[data-testid=search]", "Enter");
    await pane.waitForSelector("[data-testid=preview-summary]");
    // previews use the sheet's format: two decimals, signed changes
    const mom = await pane.$$eval("[data-testid=table-preview] td.num", (tds) => tds.map((td) => td.textContent ?? "").filter((t) => t.endsWith("%")));
    expect(mom.length).toBeGreaterThan(0);
    for (const t of mom) expect(t).toMatch(/^[+-]?\d+\.\d\d%$/);
    await pane.click("[data-testid=insert-btn]");
    await pane.waitForFunction(() => /Inserted a linked table/.test(document.querySelector("[data-testid=explore-result]")?.textContent ?? ""));
    const near = async (): Promise<number> =>
      pane.evaluate(() => {
        const b = (document.querySelector("[data-testid=insert-btn]") as HTMLElement).getBoundingClientRect();
        const m = (document.querySelector("[data-testid=explore-result]") as HTMLElement).getBoundingClientRect();
        return Math.abs(m.top - b.bottom);
      });
    expect(await near()).toBeLessThan(80);
    expect(await pane.textContent("[data-testid=messages]")).toBe("");
    // again at the same cell: cells in the way, next to the button; Overwrite writes
    await page.evaluate(() => (window as unknown as { __fakeSelect(r: string): void }).__fakeSelect("A1"));
    await pane.click("[data-testid=insert-btn]");
    await pane.waitForFunction(() => /Cells in the way/.test(document.querySelector("[data-testid=explore-result]")?.textContent ?? ""));
    expect(await near()).toBeLessThan(80);
    await shot(page, "12-explore-cells-in-the-way");
    await pane.click("[data-testid=explore-result] .msg-actions button.btn-primary");
    await pane.waitForFunction(() => /Inserted a linked table/.test(document.querySelector("[data-testid=explore-result]")?.textContent ?? ""));
    // a message at the top (Refresh) is gone once another tab is chosen
    await pane.click("[data-testid=refresh-btn]");
    await pane.waitForFunction(() => /Refreshed/.test(document.querySelector("[data-testid=messages]")?.textContent ?? ""));
    await tab(pane, "formula");
    expect(await pane.textContent("[data-testid=messages]")).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test("Formula opens on a formula with an answer; 'did you mean' is one click in Formula and Trace; Trace shows a CSV figure's source as a link", async () => {
    const { page, errors } = await openPane(360);
    await page.click("[data-tab=formula]");
    await page.waitForSelector("[data-testid=formula-value]");
    const first = (await page.textContent("[data-testid=formula-value]")) ?? "";
    expect(first).toMatch(/^[+-]?\d+\.\d\d%$/);
    expect(await page.textContent("[data-testid=formula-text]")).toMatch(/^=SMM\.MOM\("copper-cathode","\d{4}-\d\d"\)$/);
    await page.fill("[data-param=product]", "nikel");
    await page.fill("[data-param=period]", "2025-02");
    await page.click('[data-testid=formula-fixes] [data-fix="nickel"]');
    await page.waitForFunction(() => document.querySelector("[data-testid=formula-text]")?.textContent === '=SMM.MOM("nickel","2025-02")');
    expect(await page.textContent("[data-testid=formula-value]")).toBe("-5.69%");
    expect(await page.inputValue("[data-param=product]")).toBe("nickel");
    // Trace: the message once, the fix one click
    await page.click("[data-tab=trace]");
    await page.fill("[data-testid=trace-formula]", '=SMM.MOM("nikel","2025-02")');
    await page.press("[data-testid=trace-formula]", "Enter");
    await page.waitForSelector("[data-testid=trace-fixes]");
    expect(((await page.textContent("[data-testid=trace-out]")) ?? "").split("unknown product").length - 1).toBe(1);
    await page.click('[data-testid=trace-fixes] [data-fix="nickel"]');
    await page.waitForSelector("[data-testid=trace-card]");
    expect(await page.inputValue("[data-testid=trace-formula]")).toBe('=SMM.MOM("nickel","2025-02")');
    // a bundled figure from the figures CSV: a link, the section by name, no URL as the sentence, no sideways scroll
    await page.fill("[data-testid=trace-formula]", '=SMM.MOM("copper-cathode","2025-03")');
    await page.press("[data-testid=trace-formula]", "Enter");
    await page.waitForSelector("[data-testid=trace-source-link]");
    expect(await page.getAttribute("[data-testid=trace-source-link]", "href")).toMatch(/^https:\/\/news\.metal\.com\//);
    expect(await page.textContent("[data-testid=trace-section]")).toBe("Copper Cathode");
    expect(await page.locator("[data-testid=trace-sentence]").count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await shot(page, "13-trace-csv-source", true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test("Import: 'hello world' and 1.9 MB of random text are refused before the parser, with one message", async () => {
    const { page, errors } = await openPane(360);
    await page.click("[data-tab=import]");
    for (const fill of ["hello world", null]) {
      if (fill) await page.fill("[data-testid=paste]", fill);
      else
        await page.evaluate(() => {
          let seed = 11;
          const chars = "abcdefghijklmnopqrstuvwxyz0123456789 .,;:!?%$#@()\n";
          const out: string[] = [];
          for (let i = 0; i < 1_900_000; i++) out.push(chars[(seed = (seed * 1103515245 + 12345) % 2147483648) % chars.length] as string);
          (document.querySelector("[data-testid=paste]") as HTMLTextAreaElement).value = out.join("");
        });
      await page.click("[data-testid=preview-btn]");
      await page.waitForFunction(() => /This is not an SMM production report/.test(document.querySelector("[data-testid=import-preview]")?.textContent ?? ""));
      const text = (await page.textContent("[data-testid=import-preview]")) ?? "";
      expect(text.split("not an SMM production report").length - 1).toBe(1);
      expect(text).not.toMatch(/parser raised|Set the edition month/);
      expect(await page.locator("[data-testid=edition-month]").count()).toBe(0);
      expect(await page.isDisabled("[data-testid=save-btn]")).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test("keyboard: every Tab stop shows a focus ring; the 14 measures are one Tab stop with arrow keys; Escape clears the search", async () => {
    const { page, errors } = await openPane(360);
    await page.fill("[data-testid=search]", "nickel");
    await page.press("[data-testid=search]", "Escape");
    expect(await page.inputValue("[data-testid=search]")).toBe("");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=results] li[data-ref]").length > 10);
    // Tab through the whole pane (Explore tab): focus rings, and how many stops the measures take
    await page.focus("[data-tab=explore]");
    const stops: { tag: string; measure: string | null; ring: boolean }[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const s = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        const ring = (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0) || cs.borderBottomWidth === "2px" || cs.boxShadow !== "none";
        return {
          tag: `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""}${el.getAttribute("role") ? `(${el.getAttribute("role")})` : ""}`,
          measure: el.getAttribute("data-measure"),
          ring,
        };
      });
      if (!s) break;
      stops.push(s);
    }
    expect(stops.filter((s) => !s.ring)).toEqual([]);
    expect(stops.filter((s) => s.tag.includes("tabpanel"))).toEqual([]);
    expect(stops.filter((s) => s.measure).length).toBe(1);
    // arrow keys move between the measures, Space ticks
    await page.focus("[data-measure=mom]");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-measure"))).toBe("yoy");
    const before = await page.isChecked("[data-measure=yoy]");
    await page.keyboard.press("Space");
    expect(await page.isChecked("[data-measure=yoy]")).toBe(!before);
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-measure"))).toBe("vs_expected_chg");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
