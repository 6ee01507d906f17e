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
import { traceFormula } from "../../src/taskpane/actions/trace";
import { h } from "../../src/taskpane/view/dom";
import { ImportView } from "../../src/taskpane/view/importView";
import { Shell } from "../../src/taskpane/view/shell";
import { TraceView } from "../../src/taskpane/view/traceView";

const EVIL = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

function noMarkup(root: HTMLElement): void {
  expect(root.querySelectorAll("img, script, iframe, object").length).toBe(0);
  for (const el of Array.from(root.querySelectorAll("*"))) for (const a of Array.from(el.attributes)) expect(a.name.startsWith("on")).toBe(false);
}

test("import preview and trace show untrusted text as text", () => {
  const ds = new Dataset();
  const csv = `product,segment,period,basis,measure,value,unit,qualifier,release,source_url\ncopper-cathode,,2025-05,actual,mom,1.5,%,exact,2025-05,https://x/${EVIL}\nbad${EVIL},,2025-05,actual,mom,1,%,exact,2025-05,\n`;
  const p = prepareCsv(ds, csv, { name: `${EVIL}.csv` });
  const view = new ImportView({ preview: () => undefined, files: () => undefined, month: () => undefined, save: () => undefined, clear: () => undefined });
  document.body.appendChild(view.el);
  view.showPreviews([p.preview]);
  expect(view.el.textContent).toContain(`${EVIL}.csv`);
  expect(view.el.textContent).toContain(`bad${EVIL}`);
  noMarkup(view.el);

  ds.addEdition(p.editions[0] as Edition, "imported");
  const trace = new TraceView({ traceActive: () => undefined, traceFormula: () => undefined, follow: () => undefined });
  document.body.appendChild(trace.el);
  trace.render(traceFormula(ds, '=SMM.MOM("copper-cathode","2025-05")'));
  expect(trace.el.querySelector("[data-testid=trace-sentence]")?.textContent).toContain(EVIL);
  noMarkup(trace.el);
  expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
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
  for (const f of files) expect([f, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(fs.readFileSync(f, "utf8"))]).toEqual([f, false]);
});

test("tabs are keyboard accessible (arrows, Home, End) and panels follow", () => {
  const shell = new Shell({ refresh: () => undefined, tab: () => undefined });
  document.body.appendChild(shell.el);
  const tabs = Array.from(shell.el.querySelectorAll<HTMLButtonElement>("[role=tab]"));
  expect(tabs.map((t) => t.textContent)).toEqual(["Explore", "Formula", "Trace", "Import", "Data"]);
  tabs[0]?.focus();
  tabs[0]?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  expect(document.activeElement).toBe(tabs[1]);
  expect(tabs[1]?.getAttribute("aria-selected")).toBe("true");
  expect(shell.panel("formula").hidden).toBe(false);
  expect(shell.panel("explore").hidden).toBe(true);
  tabs[1]?.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
  expect(document.activeElement).toBe(tabs[4]);
  tabs[4]?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  expect(document.activeElement).toBe(tabs[0]);
  expect(tabs.filter((t) => t.tabIndex === 0)).toHaveLength(1);
});
