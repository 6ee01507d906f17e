/**
 * @jest-environment jsdom
 *
 * The views never turn report text into markup: untrusted strings (sentences, file names, issue
 * messages, product names, URLs) render as text. Keyboard: tabs move with the arrow keys.
 */
import fs from "fs";
import path from "path";
import { Dataset } from "../../src/core/dataset";
import type { Edition } from "../../src/core/types";
import { prepareCsv } from "../../src/taskpane/actions/importReport";
import { searchProducts } from "../../src/taskpane/actions/search";
import type { TemplateSpec } from "../../src/taskpane/actions/templates";
import { templateOptions, templatePreview } from "../../src/taskpane/actions/templates";
import { traceFormula } from "../../src/taskpane/actions/trace";
import { h } from "../../src/taskpane/view/dom";
import { ImportView } from "../../src/taskpane/view/importView";
import { Shell } from "../../src/taskpane/view/shell";
import { TemplatesView } from "../../src/taskpane/view/templatesView";
import { TraceView } from "../../src/taskpane/view/traceView";
import { readDatasetFile } from "../../src/core/store";
import { buildTemplate } from "../../src/core/templates";

const EVIL = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

function noMarkup(root: HTMLElement): void {
  expect(root.querySelectorAll("img, script, iframe, object").length).toBe(0);
  for (const el of Array.from(root.querySelectorAll("*"))) for (const a of Array.from(el.attributes)) expect(a.name.startsWith("on")).toBe(false);
}

test("import preview and trace show untrusted text as text", () => {
  const ds = new Dataset();
  const csv = `product,segment,period,basis,measure,value,unit,qualifier,release,source_url\ncopper-cathode,,2025-05,actual,mom,1.5,%,exact,2025-05,https://x/${EVIL}\nbad${EVIL},,2025-05,actual,mom,1,%,exact,2025-05,\n`;
  const p = prepareCsv(ds, csv, { name: `${EVIL}.csv` });
  const view = new ImportView({
    preview: () => undefined,
    files: () => undefined,
    month: () => undefined,
    save: () => undefined,
    clear: () => undefined,
    keep: () => undefined,
    review: () => undefined,
    reviewForm: () => undefined,
  });
  document.body.appendChild(view.el);
  view.showPreviews([p.preview]);
  expect(view.el.textContent).toContain(`${EVIL}.csv`);
  expect(view.el.textContent).toContain(`bad${EVIL}`);
  noMarkup(view.el);

  ds.addEdition(p.editions[0] as Edition, "imported");
  const trace = new TraceView({ traceActive: () => undefined, traceFormula: () => undefined, follow: () => undefined });
  document.body.appendChild(trace.el);
  trace.render(traceFormula(ds, '=SMM.MOM("copper-cathode","2025-05")'));
  // an address with spaces and markup is not a link: shown as text
  expect(trace.el.querySelector("[data-testid=trace-source]")?.textContent).toContain(EVIL);
  expect(trace.el.querySelector("a")).toBeNull();
  noMarkup(trace.el);
  expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
});

const text = (root: HTMLElement, sel: string): string | null | undefined => root.querySelector(sel)?.textContent;

test("trace of a figure from a figures CSV: the source is a link, the section the product's name, the row a note (no URL as the sentence)", () => {
  const ds = new Dataset();
  const url =
    "https://news.metal.com/newscontent/103210000/china-s-copper-cathode-output-in-may-rose-from-the-previous-month-and-is-expected-to-keep-rising-in-june";
  const csv = `product,segment,period,basis,measure,value,unit,qualifier,release,source_url\ncopper-cathode,,2025-05,actual,mom,1.5,%,exact,2025-05,${url}\njavascript-test,,2025-05,actual,mom,1,%,exact,2025-05,javascript:alert(1)\n`;
  const p = prepareCsv(ds, csv, { name: "smm-figures.csv" });
  ds.addEdition(p.editions[0] as Edition, "imported");
  const trace = new TraceView({ traceActive: () => undefined, traceFormula: () => undefined, follow: () => undefined });
  document.body.appendChild(trace.el);
  trace.render(traceFormula(ds, '=SMM.MOM("copper-cathode","2025-05")'));
  const a = trace.el.querySelector("[data-testid=trace-source-link]") as HTMLAnchorElement;
  expect(a.getAttribute("href")).toBe(url);
  expect(a.getAttribute("rel")).toBe("noopener noreferrer");
  expect(a.textContent).toBe(url.slice("https://".length));
  expect(trace.el.querySelector("[data-testid=trace-section]")?.textContent).toBe("Copper Cathode");
  expect(trace.el.querySelector("[data-testid=trace-sentence]")).toBeNull();
  expect(trace.el.textContent).toContain("From row 2 of the figures file smm-figures.csv (no report sentence).");
  expect(text(trace.el, ".trace-head .kv .v")).toBe("+1.50%");
  expect(trace.el.querySelector(".big-number")?.textContent).toBe("+1.50%");
});

test("trace: a misspelt product gives its message once and 'did you mean' buttons that trace the fixed formula", () => {
  const ds = new Dataset();
  const traced: string[] = [];
  const trace = new TraceView({ traceActive: () => undefined, traceFormula: (f) => traced.push(f), follow: () => undefined });
  document.body.appendChild(trace.el);
  trace.render(traceFormula(ds, '=SMM.MOM("nikel","2025-02")'));
  const text = trace.el.textContent ?? "";
  expect(text.split("unknown product").length - 1).toBe(1);
  const fix = trace.el.querySelector('[data-testid=trace-fixes] [data-fix="nickel"]') as HTMLButtonElement;
  expect(fix).not.toBeNull();
  fix.click();
  expect(traced).toEqual(['=SMM.MOM("nickel","2025-02")']);
  expect((trace.el.querySelector("[data-testid=trace-formula]") as HTMLInputElement).value).toBe('=SMM.MOM("nickel","2025-02")');
});

test("h() refuses event-handler attributes", () => {
  expect(() => h("div", { attrs: { onclick: "alert(1)" } })).toThrow(/refusing/);
  const el = h("p", null, EVIL);
  expect(el.childNodes).toHaveLength(1);
  expect(el.firstChild?.nodeType).toBe(3); // a text node
});

test("no innerHTML / outerHTML / insertAdjacentHTML / document.write in the pane and the Excel adapter", () => {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|html)$/.test(f)) files.push(p);
    }
  };
  walk(path.join(__dirname, "../../src/taskpane"));
  walk(path.join(__dirname, "../../src/excel"));
  for (const f of files)
    expect([f, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(fs.readFileSync(f, "utf8"))]).toEqual([f, false]);
});

test("tabs are keyboard accessible (arrows, Home, End) and panels follow", () => {
  const shell = new Shell({ refresh: () => undefined, tab: () => undefined });
  document.body.appendChild(shell.el);
  const tabs = Array.from(shell.el.querySelectorAll<HTMLButtonElement>("[role=tab]"));
  expect(tabs.map((t) => t.textContent)).toEqual(["Explore", "Formula", "Templates", "Trace", "Import", "Data"]);
  tabs[0]?.focus();
  tabs[0]?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  expect(document.activeElement).toBe(tabs[1]);
  expect(tabs[1]?.getAttribute("aria-selected")).toBe("true");
  expect(shell.panel("formula").hidden).toBe(false);
  expect(shell.panel("explore").hidden).toBe(true);
  tabs[1]?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  expect(document.activeElement).toBe(tabs[2]);
  expect(shell.panel("templates").hidden).toBe(false);
  tabs[2]?.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
  expect(document.activeElement).toBe(tabs[5]);
  tabs[5]?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  expect(document.activeElement).toBe(tabs[0]);
  expect(tabs.filter((t) => t.tabIndex === 0)).toHaveLength(1);
});

describe("Templates tab (view)", () => {
  const ds = new Dataset();
  for (const e of readDatasetFile(fs.readFileSync(path.join(__dirname, "../../data/bundled.json"), "utf8")).editions) ds.addEdition(e, "bundled");
  const opts = templateOptions(ds);

  function mount(): { view: TemplatesView; changes: TemplateSpec[]; inserts: TemplateSpec[]; searches: string[] } {
    const changes: TemplateSpec[] = [];
    const inserts: TemplateSpec[] = [];
    const searches: string[] = [];
    const view = new TemplatesView({
      change: (s) => changes.push(s),
      insert: (s) => inserts.push(s),
      searchProduct: (t) => {
        searches.push(t);
        view.renderProductHits(searchProducts(ds, t).filter((x) => !x.segment));
      },
    });
    document.body.appendChild(view.el);
    view.setOptions(opts, { name: "Copper Cathode", months: ["2025-03", "2025-02", "2025-01"] });
    return { view, changes, inserts, searches };
  }
  const $ = <T extends Element = HTMLElement>(root: Element, sel: string): T => root.querySelector<T>(sel) as T;

  test("four templates as a labelled radio group with descriptions; defaults from the data; each shows its own fields", () => {
    const { view, changes } = mount();
    const radios = Array.from(view.el.querySelectorAll<HTMLInputElement>("[data-testid=template-choices] input[type=radio]"));
    expect(radios.map((r) => r.value)).toEqual(["fva-month", "fva-range", "dashboard", "product-history"]);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1); // one group: arrow keys move between them
    expect($(view.el, "[data-testid=template-choices] legend").textContent).toBe("Template");
    for (const r of radios) {
      const label = view.el.querySelector(`label[for="${r.id}"]`);
      expect(label?.textContent).toBeTruthy();
      expect(document.getElementById(r.getAttribute("aria-describedby") ?? "")?.textContent?.length).toBeGreaterThan(40);
    }
    expect(radios[0]?.checked).toBe(true);
    expect($<HTMLSelectElement>(view.el, "[data-testid=tpl-month]").value).toBe(opts.defaults.month);
    // every control has a label
    const month = $<HTMLSelectElement>(view.el, "[data-testid=tpl-month]");
    expect(view.el.querySelector(`label[for="${month.id}"]`)?.textContent).toBe("Month");

    radios[1]?.click();
    expect(changes.at(-1)?.choice).toBe("fva-range");
    expect($<HTMLSelectElement>(view.el, "[data-testid=tpl-from]").value).toBe(opts.defaults.from);
    expect($<HTMLSelectElement>(view.el, "[data-testid=tpl-to]").value).toBe(opts.defaults.to);
    expect(view.el.querySelector("[data-testid=tpl-month]")).toBeNull();
    const to = $<HTMLSelectElement>(view.el, "[data-testid=tpl-to]");
    to.value = "2025-03";
    to.dispatchEvent(new Event("change"));
    expect(changes.at(-1)).toMatchObject({ choice: "fva-range", to: "2025-03" });

    radios[2]?.click();
    expect($<HTMLSelectElement>(view.el, "[data-testid=tpl-dashboard-month]").value).toBe(opts.defaults.dashboardMonth);
    radios[3]?.click();
    expect($<HTMLInputElement>(view.el, "[data-testid=tpl-product]").value).toBe("Copper Cathode");
    expect(Array.from($<HTMLSelectElement>(view.el, "[data-testid=tpl-product-from]").options).map((o) => o.value)).toEqual([
      "",
      "2025-03",
      "2025-02",
      "2025-01",
    ]);
    expect($<HTMLSelectElement>(view.el, "[data-testid=tpl-product-from]").options[0]?.textContent).toBe("First (2025-01)");
  });

  test("the product picker: typo-tolerant search, arrow keys and Enter, Escape restores the chosen product", () => {
    const { view, changes, searches } = mount();
    $<HTMLInputElement>(view.el, "[data-testid=template-product-history]").click();
    const input = $<HTMLInputElement>(view.el, "[data-testid=tpl-product]");
    expect(input.getAttribute("role")).toBe("combobox");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    input.focus();
    input.value = "nikel";
    input.dispatchEvent(new Event("input"));
    expect(searches.at(-1)).toBe("nikel");
    expect(input.getAttribute("aria-expanded")).toBe("true");
    const list = document.getElementById(input.getAttribute("aria-controls") ?? "") as HTMLElement;
    expect(list.hidden).toBe(false);
    expect(list.querySelector("[data-ref]")?.getAttribute("data-ref")).toBe("refined-nickel");
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(input.getAttribute("aria-activedescendant")).toBe(list.querySelector(".option.active")?.id);
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(changes.at(-1)).toMatchObject({ choice: "product-history", product: "refined-nickel", productFrom: "", productTo: "" });
    expect(input.value).toBe("Refined Nickel");
    expect(list.hidden).toBe(true);
    expect(document.activeElement).toBe(input); // focus stays in the picker after the fields re-render
    // Escape: back to the chosen product
    input.value = "zzz";
    input.dispatchEvent(new Event("input"));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(input.value).toBe("Refined Nickel");
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });

  test("the preview is text only (the sheet name, title rows and cells), Insert reports the spec, outside Excel a note", () => {
    const { view, inserts } = mount();
    view.setHost(false);
    expect(view.el.textContent).toContain("Inserting a sheet needs Excel");
    expect($(view.el, "[data-testid=template-insert]").getAttribute("aria-disabled")).toBe("true");
    const g = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03" }, "smm");
    const p = templatePreview(g);
    const evil = {
      ...p,
      name: `${EVIL} sheet`,
      title: [EVIL, ...p.title.slice(1)],
      header: [EVIL, ...p.header.slice(1)],
      rows: [[{ text: EVIL, numeric: false, formula: EVIL }], ...p.rows.slice(1)],
    };
    view.renderPreview(evil);
    expect($(view.el, "[data-testid=template-sheet]").textContent).toContain(EVIL);
    expect($(view.el, "[data-testid=template-title]").textContent).toContain(EVIL);
    expect($(view.el, "[data-testid=template-table]").textContent).toContain(EVIL);
    noMarkup(view.el);
    view.renderPreview(p);
    expect($(view.el, "[data-testid=template-title]").textContent).toContain("SMM forecast vs actual — March 2025");
    expect(view.el.querySelectorAll("[data-testid=template-table] th").length).toBe(8);
    expect($(view.el, "[data-testid=template-table] td.num")?.getAttribute("title")).toMatch(/^=SMM\./);
    expect($(view.el, ".scroll-x").getAttribute("tabindex")).toBe("0"); // the wide table scrolls with the keyboard
    view.renderPreview("From (April 2025) is after To (February 2025): pick an earlier From month.");
    expect($(view.el, "[data-testid=template-summary]").textContent).toMatch(/is after To/);

    $<HTMLButtonElement>(view.el, "[data-testid=template-insert]").click();
    expect(inserts).toHaveLength(1);
    view.setBusy(true);
    expect($<HTMLButtonElement>(view.el, "[data-testid=template-insert]").disabled).toBe(true);
    expect(view.el.getAttribute("aria-busy")).toBe("true");
    view.setBusy(false);
    view.showResult("success", 'Inserted the sheet "FvA 2025-03 (2)"', "656 formulas written");
    expect($(view.el, "[data-testid=template-result] [role=status]").textContent).toContain('Inserted the sheet "FvA 2025-03 (2)"');
  });
});
