/**
 * The first look at pasted text (src/core/screen.ts): plain non-reports are refused with one
 * reason; every report we have (fixture editions, held-out batches, the seed) passes.
 */
import fs from "fs";
import path from "path";
import { Catalog } from "../../../src/core/catalog";
import { screenReport, SCREEN_CHARS } from "../../../src/core/screen";
import { SHARED_DIR } from "../../shared-dir";

const names = new Catalog().all().flatMap((p) => [p.name, ...p.aliases].map((n) => n.toLowerCase()));
const FIXTURES = path.join(__dirname, "..", "..", "fixtures");

function reports(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of fs.readdirSync(FIXTURES)) {
    const d = path.join(FIXTURES, dir);
    if (!fs.statSync(d).isDirectory()) continue;
    for (const f of fs.readdirSync(d)) if (f.endsWith(".txt")) out.push({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(d, f), "utf8") });
  }
  const seed = path.join(SHARED_DIR, "reports", "smm-2025-02.txt");
  if (fs.existsSync(seed)) out.push({ name: "seed", text: fs.readFileSync(seed, "utf8") });
  return out;
}

describe("screenReport", () => {
  test("refuses plain non-reports with one reason", () => {
    expect(screenReport("hello world", names)).toEqual({ ok: false, reason: "it has almost no words" });
    const mail = screenReport("Dear all,\nthe meeting moved to Tuesday 2025-03-04 at 10:00 in room 4.\nBest regards, Anna", names);
    expect(mail.ok).toBe(false);
    expect(mail.reason).toBe("it names no metal product, says nothing about output, production or operating rates and has no figure in %, mt or tonnes");
    expect(screenReport("   \n ", names)).toEqual({ ok: false, reason: "the text is empty" });
    expect(screenReport("\u0000\u0001\u0002\u0003".repeat(100) + "copper output 4%", names)).toEqual({ ok: false, reason: "it is binary data, not text" });
    expect(screenReport("Copper prices rose 4% on the LME today, traders said.", names)).toEqual({
      ok: false,
      reason: "it says nothing about output, production or operating rates",
    });
  });

  test("3 MB of random text: only the first 256 KB are looked at, and it is refused", () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const chars = "abcdefghijklmnopqrstuvwxyz0123456789 .,;:!?%$#@()[]{}<>/\\|-_=+*&^~`'\"\n";
    const parts: string[] = [];
    for (let i = 0; i < 3_000_000; i++) parts.push(chars[Math.floor(rnd() * chars.length)] as string);
    const text = parts.join("");
    const r = screenReport(text, names);
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/names no metal product|says nothing about output/);
    expect(SCREEN_CHARS).toBeLessThan(text.length / 10);
  });

  test("every report we have passes (fixture editions, held-out batches, the seed)", () => {
    const all = reports();
    expect(all.length).toBeGreaterThan(50);
    const refused = all.map((r) => ({ name: r.name, ...screenReport(r.text, names) })).filter((r) => !r.ok);
    expect(refused).toEqual([]);
  });

  test("a one-sentence report passes; without names the product check is skipped", () => {
    expect(screenReport("In February 2025, copper cathode output rose 4% MoM.", names).ok).toBe(true);
    expect(screenReport("2025年2月中国电解镍产量为3.5万吨，环比下降5.69%，同比增长12.3%，开工率为62%，产能为每年52万吨。", names).ok).toBe(true);
    expect(screenReport("Output of the widget rose 4% MoM.").ok).toBe(true);
  });
  it("passes a sheet pasted with its units in a row of their own (bare numbers in the cells)", () => {
    const sheet = "Product\tOutput\tMoM\n\tkt\t%\nCopper cathode\t1,120.5\t-2.30\n";
    expect(screenReport(sheet, ["copper cathode"])).toEqual({ ok: true, reason: "" });
    expect(screenReport("Product\tOutput\tMoM\nCopper cathode\tn/a\tn/a\n", ["copper cathode"]).ok).toBe(false);
  });
  it("passes a CSV export whose header names the units ('output_t,mom_pct') over rows of numbers, not a header alone", () => {
    expect(screenReport("LFP production export\nproduct,month,output_t,mom_pct\nLFP,2025-06,248600,6.83\n", ["lfp"]).ok).toBe(true);
    expect(screenReport("LFP production export\nproduct,month,output_t,mom_pct\n", ["lfp"]).ok).toBe(false);
  });

  it("passes records whose keys name the units ('\"output_t\": 248600'), not keys without numbers", () => {
    const api = 'LFP production from the API:\n{"product": "LFP", "output_t": 248600, "mom_pct": 6.83},\n';
    expect(screenReport(api, ["lfp"])).toEqual({ ok: true, reason: "" });
    expect(screenReport('LFP production from the API:\n{"product": "LFP", "output_t": null}\n', ["lfp"]).ok).toBe(false);
  });
});
