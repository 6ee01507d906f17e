import {
  addMonths,
  comparePeriods,
  excelSerialFromPeriod,
  formatPeriodLong,
  isPeriod,
  makePeriod,
  monthFromName,
  monthIndex,
  monthsBetween,
  parsePeriod,
  periodFromExcelSerial,
  periodRange,
} from "../../../src/core/periods";

describe("parsePeriod: accepted forms", () => {
  it.each<[unknown, string]>([
    ["2025-02", "2025-02"],
    ["2025/02", "2025-02"],
    ["2025.02", "2025-02"],
    ["202502", "2025-02"],
    ["2025-2", "2025-02"],
    ["2025/2", "2025-02"],
    ["2025 - 02", "2025-02"],
    ["  2025-02  ", "2025-02"],
    ["2025-12", "2025-12"],
    ["1900-01", "1900-01"],
    ["9999-12", "9999-12"],
    ["Feb 2025", "2025-02"],
    ["feb 2025", "2025-02"],
    ["FEB 2025", "2025-02"],
    ["February 2025", "2025-02"],
    ["february   2025", "2025-02"],
    ["February, 2025", "2025-02"],
    ["feb-2025", "2025-02"],
    ["Feb/2025", "2025-02"],
    ["Feb. 2025", "2025-02"],
    ["Feb2025", "2025-02"],
    ["Sept 2025", "2025-09"],
    ["Sep 2025", "2025-09"],
    ["Sept. 2025", "2025-09"],
    ["May 2024", "2024-05"],
    ["December 1999", "1999-12"],
    ["2025 Feb", "2025-02"],
    ["2025-February", "2025-02"],
    ["02/2025", "2025-02"],
    ["2/2025", "2025-02"],
    ["12-2025", "2025-12"],
    ["2025-02-11", "2025-02"],
    ["2025-02-01", "2025-02"],
    ["2025-02-28", "2025-02"],
    ["2024-02-29", "2024-02"],
    ["2025/2/11", "2025-02"],
    ["2025.02.11", "2025-02"],
    ["2025-02-11T10:30:00Z", "2025-02"],
    ["2025-02-11 10:30", "2025-02"],
    ["2025-02-11T10:30:00+08:00", "2025-02"],
    ["20250211", "2025-02"],
    ["11 Feb 2025", "2025-02"],
    ["11th February 2025", "2025-02"],
    ["11-feb-2025", "2025-02"],
    ["1 Feb, 2025", "2025-02"],
    ["Feb 11, 2025", "2025-02"],
    ["February 11th 2025", "2025-02"],
    ["13/02/2025", "2025-02"],
    ["02/13/2025", "2025-02"],
    ["05/05/2025", "2025-05"],
    ["2025年2月", "2025-02"],
    ["2025年02月", "2025-02"],
    ["2025年2月份", "2025-02"],
    ["2025年2月11日", "2025-02"],
    ["２０２５－０２", "2025-02"], // full-width digits and dash (NFKC)
    ["45699", "2025-02"],
    ["45699.5", "2025-02"],
    [45699, "2025-02"],
    [45699.99, "2025-02"],
    [45689, "2025-02"],
    [45688, "2025-01"],
    [45688.999, "2025-01"],
    [45716, "2025-02"],
    [45717, "2025-03"],
    [1, "1900-01"],
    [31, "1900-01"],
    [32, "1900-02"],
    [59, "1900-02"],
    [60, "1900-02"], // Excel's fictitious 1900-02-29
    [61, "1900-03"],
    [2958465, "9999-12"],
    [202502, "2025-02"], // YYYYMM typed as a number
    [190001, "1900-01"],
    [BigInt(45699), "2025-02"],
  ])("%p -> %s", (input, want) => {
    expect(parsePeriod(input)).toEqual({ ok: true, value: want });
  });

  it("reads Date objects in local time", () => {
    expect(parsePeriod(new Date(2025, 1, 11))).toEqual({ ok: true, value: "2025-02" });
    expect(parsePeriod(new Date(2025, 0, 31, 23, 59))).toEqual({ ok: true, value: "2025-01" });
    expect(parsePeriod(new Date(2024, 11, 1))).toEqual({ ok: true, value: "2024-12" });
  });
});

describe("parsePeriod: rejected input", () => {
  it.each<[string, unknown, RegExp]>([
    ["month 13", "2025-13", /month 13/],
    ["month 0", "2025-00", /month 0/],
    ["month 13 compact", "202513", /month 13/],
    ["month 00 compact", "202500", /month 0/],
    ["relative words", "next month", /relative|explicit/],
    ["last month", "last month", /relative|explicit/],
    ["today", "today", /relative|explicit/],
    ["empty", "", /required/],
    ["spaces", "   ", /required/],
    ["tab/newline", "\t\n", /required/],
    ["null", null, /required/],
    ["undefined", undefined, /required/],
    ["true", true, /TRUE/],
    ["false", false, /FALSE/],
    ["NaN", NaN, /NaN/],
    ["Infinity", Infinity, /finite/],
    ["-Infinity", -Infinity, /finite/],
    ["zero", 0, /start at 1/],
    ["negative", -5, /start at 1/],
    ["fraction below 1", 0.5, /start at 1/],
    ["past 9999-12-31", 2958466, /last date/],
    ["huge number", 1e12, /last date/],
    ["empty array", [], /single value/],
    ["array", ["2025-02"], /single value/],
    ["range", [[45699]], /single value/],
    ["object", { period: "2025-02" }, /object/],
    ["function", () => "2025-02", /function/],
    ["symbol", Symbol("p"), /symbol/],
    ["invalid date", new Date("nope"), /invalid date/],
    ["two-digit year, month name", "Feb-25", /two-digit/],
    ["two-digit year, space", "Feb 25", /two-digit/],
    ["two-digit year, numeric", "02/25", /two-digit/],
    ["two-digit year first", "25-02", /two-digit/],
    ["year alone", "2025", /year, not a month/],
    ["month alone", "February", /no year/],
    ["month abbreviation alone", "feb", /no year/],
    ["decimal year", "2025.123", /ambiguous/],
    ["ambiguous d/m", "02/11/2025", /ambiguous/],
    ["no 30 Feb", "2025-02-30", /no day 30/],
    ["no 29 Feb 2025", "2025-02-29", /no day 29/],
    ["no day 32", "2025-01-32", /no day 32/],
    ["bad day/month", "31/31/2025", /neither/],
    ["not a month word", "Febuary 2025", /not a month/],
    ["garbage", "asdf", /not a month/],
    ["sql-ish", "2025-02'; DROP TABLE x", /not a month/],
    ["emoji", "📅 2025-02", /not a month/],
    ["chinese garbage", "二零二五年", /not a month/],
    ["year too small", "1899-12", /year 1899/],
    ["year zero", "0000-01", /year 0/],
    ["huge string", "2025-02".repeat(100000), /too long/],
    ["3-digit number string", "123", /not a month/],
    ["7-digit number string", "1234567", /not a month/],
    ["negative string", "-45699", /not a month/],
    ["numeric 6-digit non-month", 202599, /month 99/],
    ["numeric 6-digit month 0", 202500, /month 0/],
    ["nul char", "2025\u000002", /not a month/],
  ])("%s", (_label, input, message) => {
    const r = parsePeriod(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.message.length).toBeLessThan(300);
    }
  });

  it("never throws on odd input", () => {
    const odd: unknown[] = [Object.create(null), new Map(), /re/, new Error("x"), "\uD800", "%%%", "2025-02\u0000"];
    for (const x of odd) {
      expect(() => parsePeriod(x)).not.toThrow();
      expect(parsePeriod(x).ok).toBe(false);
    }
  });
});

describe("Excel serials", () => {
  it.each<[number, string | null]>([
    [1, "1900-01"],
    [59, "1900-02"],
    [60, "1900-02"],
    [61, "1900-03"],
    [45658, "2025-01"],
    [45699, "2025-02"],
    [45699.75, "2025-02"],
    [2958465, "9999-12"],
    [2958465.9999, "9999-12"],
    [0, null],
    [0.99, null],
    [-1, null],
    [2958466, null],
    [NaN, null],
    [Infinity, null],
  ])("periodFromExcelSerial(%p) = %p", (serial, want) => {
    expect(periodFromExcelSerial(serial)).toBe(want);
  });

  it.each<[string, number]>([
    ["1900-01", 1],
    ["1900-02", 32],
    ["1900-03", 61],
    ["1900-04", 92],
    ["2024-02", 45323],
    ["2025-01", 45658],
    ["2025-02", 45689],
    ["2025-03", 45717],
    ["9999-12", 2958435],
  ])("excelSerialFromPeriod(%s) = %d", (p, serial) => {
    expect(excelSerialFromPeriod(p)).toBe(serial);
  });

  it("round-trips every month 1900..2100 and the serial before the 1st is the previous month", () => {
    for (const p of periodRange("1900-01", "2100-12")) {
      const s = excelSerialFromPeriod(p);
      expect(periodFromExcelSerial(s)).toBe(p);
      if (p !== "1900-01") expect(periodFromExcelSerial(s - 1)).toBe(addMonths(p, -1));
      expect(parsePeriod(s)).toEqual({ ok: true, value: p });
    }
  });

  it.each(["1899-12", "2025-13", "bad"])("excelSerialFromPeriod(%p) throws", (p) => {
    expect(() => excelSerialFromPeriod(p)).toThrow(RangeError);
  });
});

describe("isPeriod", () => {
  it.each<[unknown, boolean]>([
    ["2025-02", true],
    ["1900-01", true],
    ["0001-12", true],
    ["2025-2", false],
    ["2025-13", false],
    ["2025-00", false],
    ["202502", false],
    ["2025-02-01", false],
    [" 2025-02", false],
    ["2025-02\n", false],
    ["", false],
    [202502, false],
    [null, false],
    [undefined, false],
    [["2025-02"], false],
  ])("%j -> %p", (s, want) => {
    expect(isPeriod(s)).toBe(want);
  });
});

describe("addMonths", () => {
  it.each<[string, number, string]>([
    ["2025-02", 1, "2025-03"],
    ["2025-02", 0, "2025-02"],
    ["2025-01", -1, "2024-12"],
    ["2024-12", 1, "2025-01"],
    ["2025-02", 12, "2026-02"],
    ["2025-02", -12, "2024-02"],
    ["2025-02", -25, "2023-01"],
    ["2025-02", 1000, "2108-06"],
    ["9999-11", 1, "9999-12"],
    ["0000-02", -1, "0000-01"],
  ])("addMonths(%s, %d) = %s", (p, n, want) => {
    expect(addMonths(p, n)).toBe(want);
  });

  it.each<[string, number]>([
    ["2025-2", 1],
    ["bad", 1],
    ["2025-02", 1.5],
    ["2025-02", NaN],
    ["2025-02", Infinity],
    ["9999-12", 1],
    ["0000-01", -1],
  ])("addMonths(%p, %p) throws", (p, n) => {
    expect(() => addMonths(p, n)).toThrow(RangeError);
  });
});

describe("comparePeriods / monthsBetween / periodRange", () => {
  it.each<[string, string, number]>([
    ["2025-01", "2025-02", -1],
    ["2025-02", "2025-01", 1],
    ["2025-02", "2025-02", 0],
    ["2024-12", "2025-01", -1],
    ["1999-12", "2000-01", -1],
  ])("comparePeriods(%s, %s) = %d", (a, b, want) => {
    expect(Math.sign(comparePeriods(a, b))).toBe(want);
  });

  it("sorts", () => {
    expect(["2025-03", "2024-11", "2025-01", "2024-12"].sort(comparePeriods)).toEqual(["2024-11", "2024-12", "2025-01", "2025-03"]);
  });

  it.each([
    ["2025-2", "2025-02"],
    ["2025-02", ""],
    ["x", "y"],
  ])("comparePeriods(%p, %p) throws", (a, b) => {
    expect(() => comparePeriods(a, b)).toThrow(RangeError);
  });

  it.each<[string, string, number]>([
    ["2024-11", "2025-02", 3],
    ["2025-02", "2024-11", -3],
    ["2025-02", "2025-02", 0],
  ])("monthsBetween(%s, %s) = %d", (a, b, want) => {
    expect(monthsBetween(a, b)).toBe(want);
  });

  it.each<[string, string, string[]]>([
    ["2024-11", "2025-02", ["2024-11", "2024-12", "2025-01", "2025-02"]],
    ["2025-02", "2025-02", ["2025-02"]],
    ["2025-02", "2025-01", []],
    ["2026-01", "2024-01", []],
  ])("periodRange(%s, %s)", (a, b, want) => {
    expect(periodRange(a, b)).toEqual(want);
  });

  it("periodRange covers two years with 24 months", () => {
    const r = periodRange("2024-01", "2025-12");
    expect(r).toHaveLength(24);
    expect(r.every(isPeriod)).toBe(true);
    expect(new Set(r).size).toBe(24);
  });

  it.each([
    ["2025-1", "2025-02"],
    ["2025-01", "nope"],
  ])("periodRange(%p, %p) throws", (a, b) => {
    expect(() => periodRange(a, b)).toThrow(RangeError);
  });
});

describe("monthFromName", () => {
  it.each<[string, number | null]>([
    ["January", 1],
    ["jan", 1],
    ["Jan.", 1],
    ["FEBRUARY", 2],
    ["feb", 2],
    ["Mar", 3],
    ["april", 4],
    ["May", 5],
    ["June", 6],
    ["jun", 6],
    ["July", 7],
    ["Aug", 8],
    ["September", 9],
    ["Sept", 9],
    ["sept.", 9],
    ["Sep", 9],
    ["October", 10],
    ["Nov", 11],
    ["december", 12],
    [" Dec ", 12],
    ["二月", 2],
    ["十二月", 12],
    ["2月", 2],
    ["02月", 2],
    ["Febr", null],
    ["Ja", null],
    ["", null],
    ["13", null],
    ["2", null],
    ["monday", null],
    ["x".repeat(1000), null],
  ])("%p -> %p", (w, want) => {
    expect(monthFromName(w)).toBe(want);
  });
});

describe("formatPeriodLong / makePeriod", () => {
  it.each<[string, string]>([
    ["2025-02", "February 2025"],
    ["2024-12", "December 2024"],
    ["1900-01", "January 1900"],
    ["2025-09", "September 2025"],
  ])("%s -> %s", (p, want) => {
    expect(formatPeriodLong(p)).toBe(want);
    expect(parsePeriod(want)).toEqual({ ok: true, value: p });
  });

  it.each(["2025-13", "", "February 2025"])("formatPeriodLong(%p) throws", (p) => {
    expect(() => formatPeriodLong(p)).toThrow(RangeError);
  });

  it("makePeriod pads", () => {
    expect(makePeriod(2025, 2)).toBe("2025-02");
    expect(makePeriod(999, 12)).toBe("0999-12");
  });
});

describe("monthIndex", () => {
  it("counts months from January of year 0, and is NaN for anything not a canonical period", () => {
    expect(monthIndex("2025-02")).toBe(2025 * 12 + 1);
    expect(monthIndex("2025-03") - monthIndex("2024-03")).toBe(12);
    for (const bad of ["2025-2", "2025-13", "2025-00", "202502", "abcd-01", ""]) expect(monthIndex(bad)).toBeNaN();
  });
});
