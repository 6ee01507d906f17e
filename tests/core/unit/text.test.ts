/**
 * Text layer: same-length normalisation, HTML, entity decoding with an offset map, lines,
 * sentences and binary detection.
 */
import {
  cellLineTables,
  declaresPercentChanges,
  lines,
  looksBinary,
  normalize,
  normalizeWithMap,
  sentences,
  unprefixChat,
  spokenNumbers,
  writerAt,
  unquoteMail,
  unwrapHardBreaks,
  unshoutLines,
  pipeFields,
  pipeCellLines,
  multipleChanges,
  plainEmphasis,
  type Span,
} from "../../../src/core/report/text";

const span = (text: string, start = 0): Span => ({ text, start, end: start + text.length });
const texts = (t: string, start = 0): string[] => sentences(span(t, start)).map((s) => s.text);

describe("normalize: same length, ASCII forms", () => {
  it.each([
    ["fullwidth digits and percent", "Output rose \uFF14\uFF0E\uFF13\uFF18\uFF05 MoM", "Output rose 4.38% MoM"],
    ["fullwidth comma, brackets, colon, semicolon", "\uFF081\uFF0C200 mt\uFF09\uFF1Ax\uFF1By", "(1,200 mt):x;y"],
    ["Arabic-Indic digits", "\u0661\u0662\u0663 mt", "123 mt"],
    ["Extended Arabic-Indic digits", "\u06F4\u06F5%", "45%"],
    ["Devanagari digits", "\u0967\u0966 mt", "10 mt"],
    ["en dash", "January\u2013April", "January-April"],
    ["em dash", "output\u2014mostly", "output-mostly"],
    ["minus sign", "\u22123.2%", "-3.2%"],
    ["non-breaking hyphen", "5\u2011series", "5-series"],
    ["small hyphen-minus and fullwidth hyphen", "\uFE632% \uFF0D1%", "-2% -1%"],
    ["curly single quotes", "China\u2019s \u2018output\u2019", "China's 'output'"],
    ["curly double quotes", "\u201Cflat\u201D", '"flat"'],
    ["no-break space", "44,400\u00A0mt", "44,400 mt"],
    ["narrow no-break and thin spaces", "1\u202F000\u2009mt", "1 000 mt"],
    ["ideographic space and BOM", "\u3000a\uFEFFb", " a b"],
    ["zero-width spaces", "a\u200Bb\u200Cc\u200Dd", "a b c d"],
    ["vertical tab, form feed (a tab stays: it separates pasted table cells)", "a\tb\u000Bc\u000Cd", "a\tb c d"],
    ["CRLF keeps the newline", "a\r\nb", "a \nb"],
    ["lone CR becomes a newline", "a\rb", "a\nb"],
    ["line and paragraph separators", "a\u2028b\u2029c\u0085d", "a\nb\nc\nd"],
    ["other control characters", "a\u0001b\u001Fc", "a b c"],
  ])("%s", (_name, input, want) => {
    const out = normalize(input);
    expect(out).toBe(want);
    expect(out.length).toBe(input.length);
  });

  it("leaves plain ASCII text untouched", () => {
    const s = "Copper cathode output rose 4.38% MoM to 1,058,100 mt.\nNext line.";
    expect(normalize(s)).toBe(s);
  });

  it("does not treat a comparison with < and > as HTML", () => {
    const s = "if a < b and c > d then output rose";
    expect(normalize(s)).toBe(s);
  });

  it("keeps the empty string empty", () => {
    expect(normalize("")).toBe("");
  });
});

describe("normalize: HTML", () => {
  it("turns block tags into line breaks and inline tags into spaces, keeping offsets", () => {
    const html = "<h2>Zinc</h2><p>Output <b>rose</b> 5%.</p>";
    const out = normalize(html);
    expect(out.length).toBe(html.length);
    expect(out).not.toMatch(/[<>]/);
    expect(lines(out).map((l) => l.text)).toEqual(["Zinc", "Output    rose     5%."]);
    // the figure stays where it was
    expect(out.indexOf("5%")).toBe(html.indexOf("5%"));
  });

  it("blanks script and style content and comments", () => {
    const html = "<style>p{color:red}</style><script>var x = '9% rise';</script><!-- 7% hidden --><p>Tin fell 2%.</p>";
    const out = normalize(html);
    expect(out.length).toBe(html.length);
    expect(out).not.toContain("9%");
    expect(out).not.toContain("7%");
    expect(out).not.toContain("color");
    expect(out).toContain("Tin fell 2%.");
  });

  it("keeps newlines inside blanked scripts (line structure preserved)", () => {
    const html = "<script>\nvar a;\n</script><p>x</p>";
    const out = normalize(html);
    expect(out.split("\n").length).toBeGreaterThanOrEqual(html.split("\n").length);
  });

  it.each(["<div>", "<br/>", "<li class='x'>", "<TD>", "<H3 id=a>"])("block tag %s starts a new line", (tag) => {
    const out = normalize(`a${tag}b`);
    expect(out[1]).toBe("\n");
    expect(out.length).toBe(`a${tag}b`.length);
  });

  it.each(["<span>", "<b>", "<a href='x'>", "<em>"])("inline tag %s becomes spaces", (tag) => {
    const out = normalize(`a${tag}b`);
    expect(out).toBe(`a${" ".repeat(tag.length)}b`);
  });
});

describe("normalizeWithMap: entities", () => {
  it("returns a null map when there are no entities", () => {
    expect(normalizeWithMap("plain 5% text")).toEqual({ text: "plain 5% text", map: null });
  });

  it("returns a null map when & is not an entity", () => {
    const r = normalizeWithMap("R&D rose & fell; &unknownx; &amp");
    expect(r.map).toBeNull();
    expect(r.text).toBe("R&D rose & fell; &unknownx; &amp");
  });

  it.each([
    ["&nbsp;", " "],
    ["&amp;", "&"],
    ["&lt;", "<"],
    ["&gt;", ">"],
    ["&quot;", '"'],
    ["&rsquo;", "'"],
    ["&ldquo;", '"'],
    ["&ndash;", "-"],
    ["&mdash;", "-"],
    ["&minus;", "-"],
    ["&percnt;", "%"],
    ["&hellip;", "..."],
    ["&NBSP;", " "],
    ["&#37;", "%"],
    ["&#x25;", "%"],
    ["&#8722;", "-"],
    ["&#x2013;", "-"],
    ["&#160;", " "],
    ["&#65302;", "6"],
  ])("decodes %s", (entity, want) => {
    const r = normalizeWithMap(`a${entity}b`);
    expect(r.text).toBe(`a${want}b`);
    expect(r.map).not.toBeNull();
  });

  it("maps every character of the result back to its offset in the input", () => {
    const input = "China&rsquo;s output rose 4.38%&nbsp;MoM &amp; 1,200&#160;mt.";
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe("China's output rose 4.38% MoM & 1,200 mt.");
    expect(map).not.toBeNull();
    const m = map as Int32Array;
    expect(m.length).toBe(text.length + 1); // one past the end too
    // ordinary characters map to the same character in the input
    for (let i = 0; i < text.length; i++) {
      const o = m[i] as number;
      if (input[o] !== "&") expect(input[o]).toBe(text[i]);
    }
    // the figure "4.38%" maps to the same figure in the input
    const a = text.indexOf("4.38%");
    expect(input.slice(m[a] as number, (m[a + 4] as number) + 1)).toBe("4.38%");
    // "1,200 mt": start and end map around the entity
    const b = text.indexOf("1,200 mt");
    expect(input.slice(m[b] as number, m[b + "1,200 mt".length] as number)).toBe("1,200&#160;mt");
    // the decoded apostrophe maps to the start of its entity
    expect(input.slice(m[text.indexOf("'")] as number)).toMatch(/^&rsquo;/);
    // the end sentinel is the input length
    expect(m[text.length]).toBe(input.length);
  });

  it("is monotonic (offsets never go backwards)", () => {
    const input = "&lt;p&gt; x &#8722;3% &amp;&amp; y&hellip; z";
    const { map } = normalizeWithMap(input);
    const m = Array.from(map as Int32Array);
    for (let i = 1; i < m.length; i++) expect(m[i] as number).toBeGreaterThanOrEqual(m[i - 1] as number);
  });

  it("decodes entities after stripping tags (HTML page)", () => {
    const input = "<p>Output fell&nbsp;3%</p>";
    const { text, map } = normalizeWithMap(input);
    expect(text).toContain("Output fell 3%");
    const i = text.indexOf("3%");
    expect(input.slice((map as Int32Array)[i] as number, ((map as Int32Array)[i + 1] as number) + 1)).toBe("3%");
  });

  it("ignores out-of-range numeric entities", () => {
    const r = normalizeWithMap("a&#0;b&#99999999;c");
    expect(r.text).toBe("a&#0;b&#99999999;c");
  });

  it("replaces an astral-plane character entity without lone surrogates", () => {
    const r = normalizeWithMap("a&#128512;b");
    expect(r.text.startsWith("a")).toBe(true);
    expect(r.text.endsWith("b")).toBe(true);
    expect(/[\ud800-\udfff]/.test(r.text)).toBe(false);
  });
});

describe("lines", () => {
  it("returns trimmed non-empty lines with offsets into the text", () => {
    const t = "  Copper  \n\n  In May output rose.\n   \nZinc";
    const ls = lines(t);
    expect(ls.map((l) => l.text)).toEqual(["Copper", "In May output rose.", "Zinc"]);
    for (const l of ls) expect(t.slice(l.start, l.end)).toBe(l.text);
  });

  it.each([
    ["", []],
    ["\n\n\n", []],
    ["one", ["one"]],
    ["a\nb\n", ["a", "b"]],
  ])("%j", (t, want) => {
    expect(lines(t).map((l) => l.text)).toEqual(want);
  });
});

describe("sentences", () => {
  it.each<[string, string, string[]]>([
    ["decimals are not sentence ends", "Output was 1.0581 million mt. It rose 5%.", ["Output was 1.0581 million mt.", "It rose 5%."]],
    ["period glued to a capital", "Output fell in production.After the holiday, it rose.", ["Output fell in production.", "After the holiday, it rose."]],
    ["period after a percent glued to a capital", "Output reached 82.5%.The rest followed.", ["Output reached 82.5%.", "The rest followed."]],
    ["e.g. is an abbreviation", "Metals e.g. copper rose. Zinc fell.", ["Metals e.g. copper rose.", "Zinc fell."]],
    ["approx. is an abbreviation", "Output rose approx. 5% in May. Zinc fell.", ["Output rose approx. 5% in May.", "Zinc fell."]],
    ["month abbreviation", "Since Jan. Output rose. Zinc fell.", ["Since Jan. Output rose.", "Zinc fell."]],
    ["Co. Ltd. abbreviations", "Acme Co. Ltd. raised output. Zinc fell.", ["Acme Co. Ltd. raised output.", "Zinc fell."]],
    ["U.S. abbreviation", "U.S. output rose. China fell.", ["U.S. output rose.", "China fell."]],
    ["etc. does end a sentence", "Copper, zinc, etc. Then output fell.", ["Copper, zinc, etc.", "Then output fell."]],
    ["a digit may start the next sentence", "It rose 5%. 2025 output fell.", ["It rose 5%.", "2025 output fell."]],
    ["a quote may start the next sentence", 'It rose. "Flat" was wrong.', ["It rose.", '"Flat" was wrong.']],
    ["a bracket may start the next sentence", "It rose. (Zinc fell.)", ["It rose.", "(Zinc fell.)"]],
    ["exclamation and question marks", "It rose! Did zinc fall? Yes.", ["It rose!", "Did zinc fall?", "Yes."]],
    ["semicolons keep the sentence whole", "Output rose 3%; inventories fell.", ["Output rose 3%; inventories fell."]],
    ["lower-case after a period is not a new sentence", "Output rose 3 p.c. in total. Done.", ["Output rose 3 p.c. in total.", "Done."]],
    ["no final period", "Output rose 3%", ["Output rose 3%"]],
    ["version-like numbers", "Grade 99.99% output rose. Zinc fell.", ["Grade 99.99% output rose.", "Zinc fell."]],
    [
      "the longest abbreviation, far into a sentence",
      "Output in the first half of the month rose approx. 5% over the prior month as smelters returned. Zinc fell.",
      ["Output in the first half of the month rose approx. 5% over the prior month as smelters returned.", "Zinc fell."],
    ],
    ["a word ending like an abbreviation is no abbreviation", "Output rose at the Chengco. Zinc fell.", ["Output rose at the Chengco.", "Zinc fell."]],
  ])("%s", (_name, t, want) => {
    expect(texts(t)).toEqual(want);
  });

  it("gives offsets relative to the paragraph's start in the text", () => {
    const full = "HEADER\nOutput was 1.0581 million mt.  It rose 5%.";
    const start = full.indexOf("Output");
    const ss = sentences({ text: full.slice(start), start, end: full.length });
    expect(ss).toHaveLength(2);
    for (const s of ss) expect(full.slice(s.start, s.end)).toBe(s.text);
  });

  it("returns nothing for an empty or blank paragraph", () => {
    expect(sentences(span(""))).toEqual([]);
    expect(sentences(span("    "))).toEqual([]);
  });
});

describe("looksBinary", () => {
  it.each<[string, string, boolean]>([
    ["plain text", "Copper output rose 4.38% MoM.", false],
    ["empty", "", false],
    ["text with tabs and newlines", "a\tb\r\nc\n", false],
    ["NUL and control bytes", "\u0000\u0001\u0002\u0003abc", true],
    ["replacement characters from a bad decode", "\uFFFD\uFFFD\uFFFDab", true],
    ["a few control bytes in long text", "x".repeat(1000) + "\u0000", false],
    ["PNG-like header", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000", true],
  ])("%s", (_n, s, want) => {
    expect(looksBinary(s)).toBe(want);
  });

  it("only looks at the first 4096 characters", () => {
    expect(looksBinary("a".repeat(5000) + "\u0000".repeat(5000))).toBe(false);
  });
});

describe("sentences: a bracketed headline", () => {
  it("ends where its bracket closes", () => {
    expect(texts("[SMM Analysis: NPI Down 12.66% MoM in January] In January 2025, NPI output fell 10.65% MoM.")).toEqual([
      "[SMM Analysis: NPI Down 12.66% MoM in January]",
      "In January 2025, NPI output fell 10.65% MoM.",
    ]);
    expect(texts("Output [metal content] rose 3% MoM.")).toEqual(["Output [metal content] rose 3% MoM."]);
  });
});

describe("unwrapHardBreaks (text copied from a PDF)", () => {
  const wrapped = [
    "• Silicon metal: China's silicon metal output in May 2024 was approxi-",
    "mately 436,000 mt, up 8.2% month-on-month and 31.5% year-on-",
    "year. The operating rate stood at 63.1%, up 4.6 percentage points, as",
    "",
    "2",
    "SMM Highlights | May 2024 | Silicon & PV Chain",
    "",
    "Yunnan and Sichuan entered the wet season.",
    "• Solar cell: solar cell output in May 2024 was 58.4 GW, down 1.9%",
    "MoM.",
    "Copper Cathode",
    "In May 2024, output rose.",
    "SMM Highlights | May 2024 | Silicon & PV Chain",
  ].join("\n");
  const out = unwrapHardBreaks(wrapped);

  it("keeps the length, so offsets still point into the text as received", () => {
    expect(out).toHaveLength(wrapped.length);
  });
  it("closes up broken words, keeps a compound's hyphen and joins lines that end mid-sentence", () => {
    expect(out.replace(/\s+/g, " ")).toContain(
      "was approximately 436,000 mt, up 8.2% month-on-month and 31.5% year-on-year . The operating rate stood at 63.1%, up 4.6 percentage points, as Yunnan and Sichuan entered the wet season.",
    );
    expect(out.replace(/\s+/g, " ")).toContain("was 58.4 GW, down 1.9% MoM.");
  });
  it("leaves headings, short lines and lines that end a sentence alone", () => {
    expect(out).toContain("MoM.\nCopper Cathode\nIn May 2024, output rose.\n");
  });
});

describe("unwrapHardBreaks: a text wrapped at a fixed width, over page breaks with footnotes", () => {
  const para = (w: string): string => `${w} `.repeat(40).slice(0, 74).trimEnd();
  const wrapped = [
    "Copper Cathode",
    `${para("copper")} output`,
    `${para("smelters")} ran`,
    `${para("cathode")} in`,
    `${para("refined")} and`,
    `${para("output")} of`,
    "In February 2023, China's NPI output was",
    "73,100 mt in physical content. Alumina exports fell sharply, to just 41,000",
    "",
    "__________",
    "¹ Includes cathode from scrap-fed smelters.",
    "",
    "Page 2 of 5",
    "",
    "SMM China Metals Production Monthly | February 2023",
    "",
    "mt. In March, output of alumina rose and SMM expects on the whole that the",
    "Pr-Nd oxide output is to rise by about 5% MoM, as new lines start up in the region.",
    "SMM China Metals Production Monthly | February 2023",
  ].join("\n");
  const out = unwrapHardBreaks(wrapped).replace(/\s+/g, " ");

  it("joins a short line ending on 'was' to the number on the next", () => {
    expect(out).toContain("China's NPI output was 73,100 mt in physical content.");
  });
  it("goes on over a page's footnote rule, footnotes, 'Page 2 of 5' and its running header", () => {
    expect(out).toContain("to just 41,000 mt. In March");
  });
  it("goes on in a line that starts with a capital when the text is wrapped at a width", () => {
    expect(out).toContain("expects on the whole that the Pr-Nd oxide output is to rise");
  });
  it("keeps the length", () => {
    expect(unwrapHardBreaks(wrapped)).toHaveLength(wrapped.length);
  });
});

describe("unwrapHardBreaks: a source line is never joined to the text under it", () => {
  it("keeps 'Source: https://..., January 2020' apart from a lead line that starts in lower case", () => {
    const t =
      "Source: https://www.example.com/china-stainless-steel-production-dropped-in-january/, January 2020\ndate 2020-02-10 China produced 2.09 million mt of stainless steel in January.\n";
    expect(unwrapHardBreaks(t)).toBe(t);
  });
});

describe("unshoutLines (newswire alerts in capitals)", () => {
  it("lowers a line of capitals with a number, keeping SMM, China and the months capitalised, same length", () => {
    const t = "CHINA OCT REFINED COPPER OUTPUT RISES 2.1% M/M TO 1.18 MLN T - SMM\n* Y/Y +6.4%; JAN-OCT 11.62 MLN T\n";
    const u = unshoutLines(t);
    expect(u).toHaveLength(t.length);
    expect(u).toBe("China Oct refined copper output rises 2.1% m/m to 1.18 mln t - SMM\n* Y/y +6.4%; Jan-Oct 11.62 mln t\n");
  });
  it("leaves headings, screens laid out in columns and a legend's definitions as they are", () => {
    const t = "COPPER CATHODE\nCU CATH           1,135.2    -0.63   +13.21\nJUL EST = SMM EXPECTATION OF JUL 2025 OUTPUT CHANGE M/M\n";
    expect(unshoutLines(t)).toBe(t);
  });
});

describe("normalizeWithMap: full-width punctuation", () => {
  it("puts a space after a full-width comma or full stop glued to a word, not inside a number", () => {
    const { text, map } = normalizeWithMap("output 115.82 wt\uff0cfall 0.91\uff05\u3002Zinc 1\uff0c058 mt, \uff14\uff0e\uff13\uff18\uff05");
    expect(text).toBe("output 115.82 wt, fall 0.91%. Zinc 1,058 mt, 4.38%");
    expect(map?.[text.indexOf("fall")]).toBe(17);
  });
});

describe("unquoteMail (a forwarded e-mail's '> ' quotes)", () => {
  it("blanks the quote marks of three or more quoted lines, keeping the length", () => {
    const t = "Team - below.\n> Copper: 1,128,600 mt.\n>> Zinc: 560,000 mt.\n> > Lead: 300,000 mt.\n";
    const u = unquoteMail(t);
    expect(u).toHaveLength(t.length);
    expect(u).toBe("Team - below.\n  Copper: 1,128,600 mt.\n   Zinc: 560,000 mt.\n    Lead: 300,000 mt.\n");
  });
  it("leaves one line that starts with '>' alone (a bound, not a quote)", () => {
    const t = "Capacity by size:\n> 100,000 mt: 12 smelters\n";
    expect(unquoteMail(t)).toBe(t);
  });
});

describe("chat exports with the time first ('09:01:12 ANNA LI, XYZ BROKERS:')", () => {
  const chat = "DESK CHAT\n09:01:12 ANNA LI, XYZ BROKERS: numbers out\n09:01:40 ANNA LI, XYZ BROKERS: zn 590 kt\n09:02:05 BEN ROSS, NORTH FUND: ty\n";

  it("blanks each 'time NAME, FIRM:' prefix (same length), each message a paragraph", () => {
    const { text: out, writers } = unprefixChat(chat);
    expect(writers.map((w) => w.who)).toEqual(["anna li", "anna li", "ben ross"]);
    expect(writerAt(writers, out.indexOf("zn 590"))).toBe("anna li");
    expect(writerAt(writers, 3)).toBeNull();
    expect(out).toHaveLength(chat.length);
    expect(out).not.toMatch(/ANNA|BEN|BROKERS|09:0/);
    expect(out).toContain("zn 590 kt");
    expect(out.startsWith("DESK CHAT\n\n")).toBe(true);
  });

  it("leaves two such lines alone, and a time before a product label with no firm", () => {
    const two = "09:01:12 ANNA LI, XYZ BROKERS: numbers out\n09:01:40 ANNA LI, XYZ BROKERS: zn 590 kt\n";
    expect(unprefixChat(two).text).toBe(two);
    const log = "09:00 Copper: 1,120 kt\n09:05 Zinc: 590 kt\n09:10 Lead: 310 kt\n";
    expect(unprefixChat(log).text).toBe(log);
    // (in brackets too: a product's name is no writer)
    const bracketed = "[09:00] Refined Zinc: 590 kt\n[09:05] Primary Lead: 310 kt\n[09:10] Nickel: 16 kt\n";
    expect(unprefixChat(bracketed).text).toBe(bracketed);
  });

  it("blanks a desk channel's '[08:52] Wei Zhang:' prefix, and knows the writer of each message", () => {
    const desk = "[08:52] Ana Ruiz: tin 14.1 kt\n[08:53] Bo Li: ok\n[08:54] Ana Ruiz: op rate 61%\n";
    const { text: out, writers } = unprefixChat(desk);
    expect(out).toHaveLength(desk.length);
    expect(out).not.toMatch(/Ana|Bo Li|08:5/);
    expect(writers.map((w) => w.who)).toEqual(["ana ruiz", "bo li", "ana ruiz"]);
  });

  it("splits a chat message's lower-case sentences (and not after 'exp.')", () => {
    const p = { text: "zn 590 kt, MoM -1.8. jul exp. +2ish MoM", start: 0, end: 40 };
    expect(sentences(p, true).map((x) => x.text)).toEqual(["zn 590 kt, MoM -1.8.", "jul exp. +2ish MoM"]);
    // (outside a chat, a stop after a figure ends the sentence before a lower-case word too; a stop after a word does not)
    expect(sentences(p).map((x) => x.text)).toEqual(["zn 590 kt, MoM -1.8.", "jul exp. +2ish MoM"]);
    const q = { text: "Output rose approx. two per cent vs. last month.", start: 0, end: 48 };
    expect(sentences(q).map((x) => x.text)).toEqual(["Output rose approx. two per cent vs. last month."]);
  });
});

describe("declaresPercentChanges", () => {
  it.each<[string, boolean]>([
    ["tonnes in kt, changes in % unless i say pp", true],
    ["Units: kt; MoM/YoY in %", true],
    ["all changes are in percent", true],
    ["Output rose 3% MoM.", false],
    ["prices in % of LME", false],
  ])("%s", (t, want) => {
    expect(declaresPercentChanges(t)).toBe(want);
  });
});

describe("cellLineTables (a web table copied one cell a line)", () => {
  const page = [
    "Menu",
    "Silver output, June (kt)",
    "Metal",
    "Output (kt)",
    "m/m",
    "y/y",
    "Refined silver",
    "1,420",
    "+2.5%",
    "-1.0%",
    "Silver powder",
    "310",
    "n/a",
    "+4.4%",
    "Rows 1 to 2 of 2",
    "Next",
    "",
  ].join("\n");
  it("joins the header's and each row's cells with tabs (same length), up to the first line that does not fit", () => {
    const out = cellLineTables(page);
    expect(out).toHaveLength(page.length);
    expect(out.split("\n")).toEqual([
      "Menu",
      "Silver output, June (kt)",
      "Metal\tOutput (kt)\tm/m\ty/y",
      "Refined silver\t1,420\t+2.5%\t-1.0%",
      "Silver powder\t310\tn/a\t+4.4%",
      "Rows 1 to 2 of 2",
      "Next",
      "",
    ]);
  });
  it("takes an abbreviated heading ('Op. rate') as a heading", () => {
    const t = "Smelter\nOp. rate\nChg (pp)\nNorth plant\n81.5%\n+1.2\nSouth plant\n77.0%\n-0.4\n";
    expect(cellLineTables(t).split("\n").slice(0, 3)).toEqual(["Smelter\tOp. rate\tChg (pp)", "North plant\t81.5%\t+1.2", "South plant\t77.0%\t-0.4"]);
  });
  it("skips the blank lines between cells, and gives a header with no cell over the names an empty one", () => {
    // (a news page's table: "Unit: 1,000 tonne" under it; the names' column has no heading, and a "*" marks a final figure)
    const t =
      "Base metals output in May\n\nMay (Preliminary)\n\nYoY\n\nApr. (Final Data)\n\nZinc\n\n510\n\n2.1%\n\n498*\n\nTin\n\n15.2\n\n-\n\n14.9*\n\nUnit: 1,000 tonne\n";
    const out = cellLineTables(t);
    expect(out).toHaveLength(t.length);
    expect(out.split("\n").filter((l) => l.includes("\t"))).toEqual([
      "\tMay (Preliminary) \tYoY \tApr. (Final Data)",
      "Zinc \t510 \t2.1% \t498*",
      "Tin \t15.2 \t- \t14.9*",
    ]);
  });
  it("leaves a block alone when no heading names a measure, or only one row fits", () => {
    const noMeasure = "Name\nCity\nZip\nAnna\n12\n34\nBob\n56\n78\n";
    expect(cellLineTables(noMeasure)).toBe(noMeasure);
    const oneRow = "Metal\nOutput (kt)\nm/m\nRefined silver\n1,420\n+2.5%\nSilver output rose in June.\n";
    expect(cellLineTables(oneRow)).toBe(oneRow);
  });
  it("stops at a row with a cell missing (its cells no longer line up)", () => {
    const t =
      "Metal\nOutput (kt)\nm/m\ny/y\nRefined silver\n1,420\n+2.5%\n-1.0%\nSilver powder\n310\n+3.0%\n+4.4%\nGold bars\n52\n+1.0%\nSilver wire\n80\n+3.0%\n+4.4%\n";
    expect(cellLineTables(t).split("\n")).toEqual([
      "Metal\tOutput (kt)\tm/m\ty/y",
      "Refined silver\t1,420\t+2.5%\t-1.0%",
      "Silver powder\t310\t+3.0%\t+4.4%",
      ...["Gold bars", "52", "+1.0%", "Silver wire", "80", "+3.0%", "+4.4%", ""],
    ]);
  });
});

describe("pipeCellLines (a web table copied one cell a line, each cell with its closing pipe)", () => {
  const t = [
    "Silver output in May (SMM survey).",
    "|",
    "May (Prelim.) |",
    "YoY |",
    "Jan.-May",
    "|",
    "Apr. (Final) |",
    "Refined silver |",
    "1,420 |",
    "2.5% |",
    "6,880 |",
    "1,390* |",
    "Silver powder |",
    "310 |",
    "- |",
    "1,505 |",
    "301 |",
    "Unit: tonne",
    "",
  ].join("\n");
  it("turns the pipes into spaces (same length), and the whole becomes a table cellLineTables reads", () => {
    const out = pipeCellLines(t);
    expect(out).toHaveLength(t.length);
    expect(out).not.toContain("|");
    expect(
      cellLineTables(out)
        .split("\n")
        .filter((l) => l.includes("\t"))
        .map((l) => l.split("\t").map((c) => c.trim())),
    ).toEqual([
      ["", "May (Prelim.)", "YoY", "Jan.-May", "Apr. (Final)"],
      ["Refined silver", "1,420", "2.5%", "6,880", "1,390*"],
      ["Silver powder", "310", "-", "1,505", "301"],
    ]);
  });
  it("leaves a Markdown table and a few lines that end in a pipe alone", () => {
    const md = "| Metal | Output |\n|---|---|\n| Silver | 1,420 |\n";
    expect(pipeCellLines(md)).toBe(md);
    const few = "Silver |\n1,420 |\nGold |\n52 |\n";
    expect(pipeCellLines(few)).toBe(few);
  });
});

describe("multipleChanges (a change stated as a multiple)", () => {
  it.each([
    ["doubled", "Tin output doubled in May.", "Tin output up 100% in May."],
    ["tripled", "Tin output tripled in May.", "Tin output up 200% in May."],
    ["was halved", "Tin output was halved in May.", "Tin output fell 50%   in May."],
    ["a fourfold rise", "Tin output saw a fourfold rise.", "Tin output saw a     300% rise."],
    ["increased threefold", "Tin output increased threefold.", "Tin output increased      200%."],
  ])("%s becomes its percentage, same length", (_name, t, want) => {
    expect(multipleChanges(t)).toBe(want);
    expect(multipleChanges(t)).toHaveLength(t.length);
  });
  it("leaves a hedged multiple and a fraction as words", () => {
    for (const t of ["Tin output nearly doubled in May.", "Tin output more than halved.", "Tin output rose by a tenth.", "a quarter lower"])
      expect(multipleChanges(t)).toBe(t);
  });
});

describe("unwrapHardBreaks: a CSV export's header under a long comment line", () => {
  it("does not join a comment line that ends mid-sentence with the CSV row under it", () => {
    const t = "# exported by the desk tool, columns ending _t are in metric tonnes for each\nitem,period,output_t,mom_pct\nTin,2025-06,15200,1.1\n";
    expect(unwrapHardBreaks(t)).toBe(t);
  });
});

describe("unwrapHardBreaks: a footer's broken word over page furniture", () => {
  it("does not join a footer line ending in 'certi-' with a capitalised paragraph after the page's header", () => {
    const footer = "Acme Research Limited. Read the analyst certi-\nfication and the disclosures at the end of this report.\n";
    const header = "Acme Research | Metals Monthly                    1 July 2025\n";
    const t = `Page 3 of 9    ${footer}\n${header}\nZinc. Output of refined zinc fell 2.4% MoM to 510,300 mt in June 2025, as smelters in Yunnan\nkept furnaces idle.\n\nPage 4 of 9    ${footer}\n${header}`;
    const out = unwrapHardBreaks(t);
    expect(out.length).toBe(t.length);
    expect(out).toContain("\nZinc. Output of refined zinc");
  });
});

describe("pipeFields: fields labelled without a colon", () => {
  it("makes each field of 'Cobalt sulphate, June 2025 | output 28,600 mt | MoM +6.3% | YoY -9.8%' a clause", () => {
    const t = "Cobalt sulphate, June 2025 | output 28,600 mt | MoM +6.3% | YoY -9.8%\n";
    expect(pipeFields(t)).toBe("Cobalt sulphate, June 2025 ; output 28,600 mt ; MoM +6.3% ; YoY -9.8%\n");
  });
  it("leaves a table's header and rows alone ('Dec 2023 (actual)' names a month; bare-number cells are a row)", () => {
    const t = "Product | Dec 2023 (actual) | Jan 2024 (actual) | MoM Jan\nRefined Zinc | 598,700 | 561,200 | -6.26%\n";
    expect(pipeFields(t)).toBe(t);
  });
});

describe("plainEmphasis: Markdown's strong emphasis", () => {
  it("blanks '**' and '__' around words and figures, keeping the length", () => {
    const t = "- Output: **5,900 mt** (**-2.1%** MoM), __Lepidolite__\n";
    const out = plainEmphasis(t);
    expect(out).toBe("- Output:   5,900 mt   (  -2.1%   MoM),   Lepidolite  \n");
    expect(out.length).toBe(t.length);
  });
  it("leaves a field name's underscores and an unpaired footnote's stars alone", () => {
    const t = "output__t: 1,200; mom__pct 2\nOutput rose 5.2%** in May\n";
    expect(plainEmphasis(t)).toBe(t);
  });
});

describe("spokenNumbers: a number spelled out before its unit becomes digits (same length)", () => {
  it.each<[string, string]>([
    ["up seven point six percent", "up             7.6 percent"],
    ["at eighteen thousand six hundred tonnes", "at                         18600 tonnes"],
    ["roughly sixty-five percent operating rate", "roughly         65 percent operating rate"],
    ["three point two eight million tonnes", "                 3.28 million tonnes"],
    ["twenty five percent", "         25 percent"],
  ])("%s", (text, want) => {
    expect(spokenNumbers(text)).toBe(want);
    expect(spokenNumbers(text)).toHaveLength(text.length);
  });
  it.each<string>(["one of the five five percent", "a hundred percent", "in ten months", "for one point percent"])("leaves %s", (text) => {
    expect(spokenNumbers(text)).toBe(text);
  });
});
