/*
 * A fake Office/Excel host for the browser tests: served in place of office.js, it gives the task
 * pane an in-memory workbook with the parts of the Excel JavaScript API the add-in uses. Like
 * Office.js, loaded properties can be read only after context.sync() (reading earlier throws
 * PropertyNotLoaded). Formulas are evaluated by a small engine (references, ranges, operators and
 * the worksheet functions the templates use: IF, AND, ISNUMBER, COUNTIF(S), SUMIF(S), INDEX/MATCH,
 * LARGE...) whose =SMM.* calls go to the functions the page registers through
 * CustomFunctions.associate, so the fake sheet shows real results (spills included). Worksheets can
 * be added (templates), with styles, merges, column widths, conditional formats, frozen panes and
 * charts recorded for the harness to draw.
 * The workbook lives on the parent window when the pane runs in the harness's iframe, and the
 * harness draws it after every sync (window.parent.__renderSheet), naming columns with this
 * file's colName (window.parent.__fakeColName).
 */
(function () {
  "use strict";
  var host = window.parent && window.parent !== window ? window.parent : window;
  var fns = {};
  var wb = host.__fakeWorkbook;
  if (!wb) {
    wb = host.__fakeWorkbook = {
      sheets: [{ name: "Sheet1", cells: {}, protected: false }],
      active: { sheet: 0, row: 0, col: 0 },
      selection: null,
      names: {},
      settings: {},
      xmlParts: [],
      syncs: 0,
      calcs: [],
      handlers: [],
      log: [],
    };
  }
  host.__fakeFns = fns;

  /** The host's ExcelApi level: host.__fakeExcelApi (default "1.20"). */
  function apiSupported(v) {
    var max = String(host.__fakeExcelApi || "1.20").split("."),
      want = String(v).split(".");
    return +want[0] < +max[0] || (+want[0] === +max[0] && +want[1] <= +max[1]);
  }
  function colName(c) {
    var s = "";
    c = c + 1;
    while (c > 0) {
      var r = (c - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      c = Math.floor((c - 1) / 26);
    }
    return s;
  }
  function colIndex(s) {
    var n = 0;
    s = s.toUpperCase();
    for (var i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) - 64);
    return n - 1;
  }
  function parseCellRef(ref) {
    var m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
    if (!m) throw err("InvalidArgument", "bad reference " + ref);
    return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
  }
  function parseRangeRef(ref) {
    var m = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(String(ref).trim()); // whole columns ("P:P")
    if (m) return { r0: 0, r1: 1048575, c0: Math.min(colIndex(m[1]), colIndex(m[2])), c1: Math.max(colIndex(m[1]), colIndex(m[2])), whole: "cols" };
    m = /^\$?(\d+):\$?(\d+)$/.exec(String(ref).trim()); // whole rows ("6:6")
    if (m) return { r0: Math.min(+m[1], +m[2]) - 1, r1: Math.max(+m[1], +m[2]) - 1, c0: 0, c1: 16383, whole: "rows" };
    var p = ref.split(":");
    var a = parseCellRef(p[0]);
    var b = p[1] ? parseCellRef(p[1]) : a;
    return { r0: Math.min(a.row, b.row), c0: Math.min(a.col, b.col), r1: Math.max(a.row, b.row), c1: Math.max(a.col, b.col) };
  }
  function quoteSheet(n) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) ? n : "'" + n.replace(/'/g, "''") + "'";
  }
  function addr(sheet, a, abs) {
    var d = abs ? "$" : "";
    var tl = d + colName(a.c0) + d + (a.r0 + 1);
    var br = d + colName(a.c1) + d + (a.r1 + 1);
    return quoteSheet(sheet.name) + "!" + (tl === br ? tl : tl + ":" + br);
  }
  function err(code, message) {
    var e = new Error(message);
    e.code = code;
    e.name = "RichApi.Error";
    return e;
  }
  function key(r, c) {
    return r + "," + c;
  }
  function sheetByName(n) {
    for (var i = 0; i < wb.sheets.length; i++) if (wb.sheets[i].name.toLowerCase() === String(n).toLowerCase()) return wb.sheets[i];
    return null;
  }

  // ---- formulas -------------------------------------------------------------------------------
  var MAXR = 1048575,
    MAXC = 16383;
  var ERRORS = /^#(N\/A|VALUE!|NAME\?|DIV\/0!|REF!|NUM!|SPILL!|BUSY!|NULL!|CALC!)$/;
  function XErr(code) {
    this.code = code;
  }
  function isErr(v) {
    return v instanceof XErr;
  }
  var stamp = 0;

  function tokenize(src) {
    var toks = [],
      i = 0,
      m;
    while (i < src.length) {
      var ch = src.charAt(i),
        rest = src.slice(i);
      if (/\s/.test(ch)) {
        i++;
        continue;
      }
      if (ch === '"') {
        var j = i + 1,
          str = "";
        for (;;) {
          if (j >= src.length) throw new Error("unterminated string");
          if (src.charAt(j) === '"') {
            if (src.charAt(j + 1) === '"') {
              str += '"';
              j += 2;
              continue;
            }
            break;
          }
          str += src.charAt(j++);
        }
        toks.push({ t: "str", v: str });
        i = j + 1;
        continue;
      }
      if ((m = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(/.exec(rest))) {
        toks.push({ t: "fn", v: m[1].toUpperCase() });
        i += m[0].length;
        continue;
      }
      if ((m = /^(TRUE|FALSE)(?![A-Za-z0-9_.(])/i.exec(rest))) {
        toks.push({ t: "bool", v: m[1].toUpperCase() === "TRUE" });
        i += m[0].length;
        continue;
      }
      if ((m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![A-Za-z0-9_.(])/.exec(rest))) {
        var a = { r: +m[4] - 1, c: colIndex(m[2]), ar: !!m[3], ac: !!m[1] };
        if (m[6]) toks.push({ t: "range", a: a, b: { r: +m[8] - 1, c: colIndex(m[6]), ar: !!m[7], ac: !!m[5] } });
        else toks.push({ t: "ref", a: a });
        i += m[0].length;
        continue;
      }
      if ((m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest)) || (m = /^\.\d+/.exec(rest))) {
        toks.push({ t: "num", v: Number(m[0]) });
        i += m[0].length;
        continue;
      }
      if ((m = /^(<>|<=|>=|[=<>+\-*/^&%(),])/.exec(rest))) {
        toks.push({ t: "op", v: m[1] });
        i += m[0].length;
        continue;
      }
      throw new Error("cannot read " + rest);
    }
    return toks;
  }
  function parseFormula(src) {
    var toks = tokenize(src.replace(/^=/, "")),
      pos = 0;
    function peek(v) {
      var t = toks[pos];
      return t && t.t === "op" && t.v === v;
    }
    function take(v) {
      if (!peek(v)) throw new Error("expected " + v);
      pos++;
    }
    function binary(next, ops) {
      return function () {
        var a = next();
        while (toks[pos] && toks[pos].t === "op" && ops.indexOf(toks[pos].v) >= 0) {
          var op = toks[pos++].v;
          a = { k: "bin", op: op, a: a, b: next() };
        }
        return a;
      };
    }
    function primary() {
      var t = toks[pos++];
      if (!t) throw new Error("unexpected end");
      if (t.t === "num") return { k: "lit", v: t.v };
      if (t.t === "str") return { k: "lit", v: t.v };
      if (t.t === "bool") return { k: "lit", v: t.v };
      if (t.t === "ref") return { k: "ref", a: t.a };
      if (t.t === "range") return { k: "range", a: t.a, b: t.b };
      if (t.t === "fn") {
        var args = [];
        if (peek(")")) {
          pos++;
          return { k: "fn", name: t.v, args: args };
        }
        for (;;) {
          if (peek(",") || peek(")")) args.push({ k: "empty" });
          else args.push(compare());
          if (peek(",")) {
            pos++;
            continue;
          }
          take(")");
          break;
        }
        return { k: "fn", name: t.v, args: args };
      }
      if (t.t === "op" && t.v === "(") {
        var e = compare();
        take(")");
        return e;
      }
      if (t.t === "op" && (t.v === "-" || t.v === "+")) {
        var u = unary0();
        return t.v === "-" ? { k: "neg", a: u } : u;
      }
      throw new Error("unexpected " + t.v);
    }
    function postfix() {
      var a = primary();
      while (peek("%")) {
        pos++;
        a = { k: "pct", a: a };
      }
      return a;
    }
    function unary0() {
      return postfix();
    }
    var pow = binary(postfix, ["^"]);
    var mul = binary(pow, ["*", "/"]);
    var add = binary(mul, ["+", "-"]);
    var concat = binary(add, ["&"]);
    var compare = binary(concat, ["=", "<>", "<", ">", "<=", ">="]);
    var tree = compare();
    if (pos < toks.length) throw new Error("unexpected " + JSON.stringify(toks[pos]));
    return tree;
  }

  /** A cell's value for formulas: null when empty, XErr for error texts; computes a stale formula first. */
  function cellValue(ctx, r, c) {
    var sheet = ctx.sheet,
      cell = sheet.cells[key(r, c)];
    if (!ctx.noCalc && cell) {
      if (cell.formula && cell._stamp !== stamp) evaluate(sheet, r, c);
      else if (cell.spillFrom) {
        var p = cell.spillFrom.split(","),
          anchor = sheet.cells[cell.spillFrom];
        if (anchor && anchor._stamp !== stamp) {
          evaluate(sheet, +p[0], +p[1]);
          cell = sheet.cells[key(r, c)];
        }
      }
    }
    if (!cell) return null;
    var v = cell.value;
    if (!cell.formula && (v === "" || v === null || v === undefined)) return null;
    if (typeof v === "string" && ERRORS.test(v)) return new XErr(v);
    return v === undefined ? null : v;
  }
  function at(ctx, ref) {
    return { r: ref.ar ? ref.r : ref.r + (ctx.dr || 0), c: ref.ac ? ref.c : ref.c + (ctx.dc || 0) };
  }
  function rangeOf(ctx, n) {
    if (n.k === "ref") {
      var p = at(ctx, n.a);
      return { r0: p.r, c0: p.c, r1: p.r, c1: p.c };
    }
    var a = at(ctx, n.a),
      b = at(ctx, n.b);
    return { r0: Math.min(a.r, b.r), c0: Math.min(a.c, b.c), r1: Math.max(a.r, b.r), c1: Math.max(a.c, b.c) };
  }
  /** A range argument as a flat list of values (row by row). */
  function values(ctx, n) {
    if (n.k !== "ref" && n.k !== "range") {
      var v = scalar(ctx, n);
      return [v];
    }
    var g = rangeOf(ctx, n),
      out = [];
    for (var r = g.r0; r <= g.r1; r++) for (var c = g.c0; c <= g.c1; c++) out.push(cellValue(ctx, r, c));
    return out;
  }
  function scalar(ctx, n) {
    var v = ev(ctx, n);
    if (Array.isArray(v)) v = v.length && Array.isArray(v[0]) ? v[0][0] : v[0];
    return v === undefined ? null : v;
  }
  function num(v) {
    if (isErr(v)) return v;
    if (v === null || v === "") return 0;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (typeof v === "number") return v;
    var x = Number(v);
    return isNaN(x) ? new XErr("#VALUE!") : x;
  }
  function str(v) {
    if (v === null) return "";
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    return String(v);
  }
  function truthy(v) {
    if (typeof v === "string") return v === "" ? false : new XErr("#VALUE!");
    var x = num(v);
    return isErr(x) ? x : x !== 0;
  }
  function cmp(a, b) {
    if (a === null) a = typeof b === "number" ? 0 : typeof b === "boolean" ? false : "";
    if (b === null) b = typeof a === "number" ? 0 : typeof a === "boolean" ? false : "";
    var rank = function (x) {
      return typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2;
    };
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (typeof a === "string") {
      a = a.toLowerCase();
      b = b.toLowerCase();
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  function criterion(crit) {
    if (typeof crit === "number")
      return function (v) {
        return typeof v === "number" && v === crit;
      };
    var m = /^(<>|>=|<=|=|<|>)?([\s\S]*)$/.exec(str(crit)),
      op = m[1] || "=",
      t = m[2],
      n = t !== "" && !isNaN(Number(t)) ? Number(t) : null;
    return function (v) {
      if (isErr(v)) return false;
      if (n !== null) {
        if (typeof v !== "number") return op === "<>";
        var d = v - n;
        return op === "=" ? d === 0 : op === "<>" ? d !== 0 : op === "<" ? d < 0 : op === ">" ? d > 0 : op === "<=" ? d <= 0 : d >= 0;
      }
      var sv = v === null ? "" : typeof v === "string" ? v.toLowerCase() : null,
        st = t.toLowerCase();
      if (op === "=") return sv === st;
      if (op === "<>") return sv !== st;
      return sv !== null && (op === "<" ? sv < st : op === ">" ? sv > st : op === "<=" ? sv <= st : sv >= st);
    };
  }
  function firstErr(list) {
    for (var i = 0; i < list.length; i++) if (isErr(list[i])) return list[i];
    return null;
  }
  function ifs(ctx, pairs) {
    // pairs: [rangeNode, critNode, ...] -> boolean mask
    var mask = null;
    for (var i = 0; i + 1 < pairs.length; i += 2) {
      var vs = values(ctx, pairs[i]),
        test = criterion(scalar(ctx, pairs[i + 1]));
      if (!mask)
        mask = vs.map(function () {
          return true;
        });
      for (var j = 0; j < mask.length; j++) mask[j] = mask[j] && test(vs[j]);
    }
    return mask || [];
  }
  var BUILTINS = {
    IF: function (ctx, a) {
      var c = truthy(scalar(ctx, a[0]));
      if (isErr(c)) return c;
      var n = c ? a[1] : a[2];
      return n && n.k !== "empty" ? scalar(ctx, n) : c ? true : false;
    },
    IFERROR: function (ctx, a) {
      var v = scalar(ctx, a[0]);
      return isErr(v) ? scalar(ctx, a[1]) : v;
    },
    IFNA: function (ctx, a) {
      var v = scalar(ctx, a[0]);
      return isErr(v) && v.code === "#N/A" ? scalar(ctx, a[1]) : v;
    },
    AND: function (ctx, a) {
      var r = true;
      for (var i = 0; i < a.length; i++) {
        var t = truthy(scalar(ctx, a[i]));
        if (isErr(t)) return t;
        r = r && t;
      }
      return r;
    },
    OR: function (ctx, a) {
      var r = false;
      for (var i = 0; i < a.length; i++) {
        var t = truthy(scalar(ctx, a[i]));
        if (isErr(t)) return t;
        r = r || t;
      }
      return r;
    },
    NOT: function (ctx, a) {
      var t = truthy(scalar(ctx, a[0]));
      return isErr(t) ? t : !t;
    },
    ISNUMBER: function (ctx, a) {
      return typeof scalar(ctx, a[0]) === "number";
    },
    ISTEXT: function (ctx, a) {
      return typeof scalar(ctx, a[0]) === "string";
    },
    ISERROR: function (ctx, a) {
      return isErr(scalar(ctx, a[0]));
    },
    ISNA: function (ctx, a) {
      var v = scalar(ctx, a[0]);
      return isErr(v) && v.code === "#N/A";
    },
    ISBLANK: function (ctx, a) {
      return scalar(ctx, a[0]) === null;
    },
    NA: function () {
      return new XErr("#N/A");
    },
    ABS: function (ctx, a) {
      var x = num(scalar(ctx, a[0]));
      return isErr(x) ? x : Math.abs(x);
    },
    ROUND: function (ctx, a) {
      var x = num(scalar(ctx, a[0])),
        d = a[1] ? num(scalar(ctx, a[1])) : 0;
      if (isErr(x)) return x;
      var f = Math.pow(10, d);
      return Math.round(x * f) / f;
    },
    LEFT: function (ctx, a) {
      var v = scalar(ctx, a[0]);
      if (isErr(v)) return v;
      return str(v).slice(0, a[1] ? num(scalar(ctx, a[1])) : 1);
    },
    RIGHT: function (ctx, a) {
      var v = scalar(ctx, a[0]);
      if (isErr(v)) return v;
      var n = a[1] ? num(scalar(ctx, a[1])) : 1;
      return n ? str(v).slice(-n) : "";
    },
    LEN: function (ctx, a) {
      var v = scalar(ctx, a[0]);
      return isErr(v) ? v : str(v).length;
    },
    ROW: function (ctx, a) {
      return a[0] && a[0].k !== "empty" ? rangeOf(ctx, a[0]).r0 + 1 : ctx.row + 1;
    },
    COLUMN: function (ctx, a) {
      return a[0] && a[0].k !== "empty" ? rangeOf(ctx, a[0]).c0 + 1 : ctx.col + 1;
    },
    SUM: function (ctx, a) {
      var s = 0;
      for (var i = 0; i < a.length; i++) {
        var vs = values(ctx, a[i]),
          e = firstErr(vs);
        if (e) return e;
        vs.forEach(function (v) {
          if (typeof v === "number") s += v;
        });
      }
      return s;
    },
    COUNT: function (ctx, a) {
      var n = 0;
      a.forEach(function (x) {
        values(ctx, x).forEach(function (v) {
          if (typeof v === "number") n++;
        });
      });
      return n;
    },
    COUNTA: function (ctx, a) {
      var n = 0;
      a.forEach(function (x) {
        values(ctx, x).forEach(function (v) {
          if (v !== null) n++;
        });
      });
      return n;
    },
    AVERAGE: function (ctx, a) {
      var s = 0,
        n = 0;
      for (var i = 0; i < a.length; i++) {
        var vs = values(ctx, a[i]),
          e = firstErr(vs);
        if (e) return e;
        vs.forEach(function (v) {
          if (typeof v === "number") {
            s += v;
            n++;
          }
        });
      }
      return n ? s / n : new XErr("#DIV/0!");
    },
    MIN: function (ctx, a) {
      var xs = [];
      a.forEach(function (x) {
        values(ctx, x).forEach(function (v) {
          if (typeof v === "number") xs.push(v);
        });
      });
      return xs.length ? Math.min.apply(null, xs) : 0;
    },
    MAX: function (ctx, a) {
      var xs = [];
      a.forEach(function (x) {
        values(ctx, x).forEach(function (v) {
          if (typeof v === "number") xs.push(v);
        });
      });
      return xs.length ? Math.max.apply(null, xs) : 0;
    },
    COUNTIF: function (ctx, a) {
      return ifs(ctx, [a[0], a[1]]).filter(Boolean).length;
    },
    COUNTIFS: function (ctx, a) {
      return ifs(ctx, a).filter(Boolean).length;
    },
    SUMIF: function (ctx, a) {
      var mask = ifs(ctx, [a[0], a[1]]),
        vs = values(ctx, a[2] && a[2].k !== "empty" ? a[2] : a[0]),
        s = 0;
      mask.forEach(function (ok, i) {
        if (ok && typeof vs[i] === "number") s += vs[i];
      });
      return s;
    },
    SUMIFS: function (ctx, a) {
      var vs = values(ctx, a[0]),
        mask = ifs(ctx, a.slice(1)),
        s = 0;
      mask.forEach(function (ok, i) {
        if (ok && typeof vs[i] === "number") s += vs[i];
      });
      return s;
    },
    LARGE: function (ctx, a) {
      var xs = values(ctx, a[0])
          .filter(function (v) {
            return typeof v === "number";
          })
          .sort(function (x, y) {
            return y - x;
          }),
        k = num(scalar(ctx, a[1]));
      return k >= 1 && k <= xs.length ? xs[k - 1] : new XErr("#NUM!");
    },
    SMALL: function (ctx, a) {
      var xs = values(ctx, a[0])
          .filter(function (v) {
            return typeof v === "number";
          })
          .sort(function (x, y) {
            return x - y;
          }),
        k = num(scalar(ctx, a[1]));
      return k >= 1 && k <= xs.length ? xs[k - 1] : new XErr("#NUM!");
    },
    INDEX: function (ctx, a) {
      var g = rangeOf(ctx, a[0]),
        r = num(scalar(ctx, a[1])),
        c = a[2] && a[2].k !== "empty" ? num(scalar(ctx, a[2])) : 1;
      if (isErr(r)) return r;
      if (isErr(c)) return c;
      if (g.r0 === g.r1 && !(a[2] && a[2].k !== "empty")) {
        c = r;
        r = 1;
      }
      if (r < 1 || c < 1 || g.r0 + r - 1 > g.r1 || g.c0 + c - 1 > g.c1) return new XErr("#REF!");
      var v = cellValue(ctx, g.r0 + r - 1, g.c0 + c - 1);
      return v === null ? 0 : v;
    },
    MATCH: function (ctx, a) {
      var want = scalar(ctx, a[0]);
      if (isErr(want)) return want;
      var vs = values(ctx, a[1]);
      for (var i = 0; i < vs.length; i++) if (!isErr(vs[i]) && vs[i] !== null && cmp(vs[i], want) === 0) return i + 1;
      return new XErr("#N/A");
    },
  };
  function callSmm(ctx, name, args) {
    var fn = fns[name];
    if (!fn) return new XErr("#NAME?");
    var xs = [];
    for (var i = 0; i < args.length; i++) {
      if (args[i].k === "empty") {
        xs.push(null);
        continue;
      }
      var v = scalar(ctx, args[i]);
      if (isErr(v)) return v;
      xs.push(v);
    }
    var out;
    try {
      out = fn.apply(null, xs);
    } catch (e) {
      return new XErr(e && e.code ? e.code : "#VALUE!");
    }
    if (out && typeof out.then === "function") {
      var sheet = ctx.sheet;
      out.then(
        function () {
          recalc(sheet);
          redraw();
        },
        function () {
          recalc(sheet);
          redraw();
        },
      );
      return new XErr("#BUSY!");
    }
    // a returned CustomFunctions.Error is the cell's error, as Excel's runtime shows it
    if (out && typeof out === "object" && !Array.isArray(out) && typeof out.code === "string") return new XErr(out.code);
    return out;
  }
  function ev(ctx, n) {
    switch (n.k) {
      case "lit":
        return n.v;
      case "empty":
        return null;
      case "ref": {
        var p = at(ctx, n.a);
        return cellValue(ctx, p.r, p.c);
      }
      case "range": {
        var g = rangeOf(ctx, n);
        return cellValue(ctx, g.r0, g.c0);
      }
      case "neg": {
        var x = num(scalar(ctx, n.a));
        return isErr(x) ? x : -x;
      }
      case "pct": {
        var y = num(scalar(ctx, n.a));
        return isErr(y) ? y : y / 100;
      }
      case "fn": {
        if (n.name.indexOf("SMM.") === 0) return callSmm(ctx, n.name.slice(4), n.args);
        var b = BUILTINS[n.name];
        return b ? b(ctx, n.args) : new XErr("#NAME?");
      }
      case "bin": {
        var a = scalar(ctx, n.a),
          c = scalar(ctx, n.b);
        if (isErr(a)) return a;
        if (isErr(c)) return c;
        if (n.op === "&") return str(a) + str(c);
        if (["=", "<>", "<", ">", "<=", ">="].indexOf(n.op) >= 0) {
          var d = cmp(a, c);
          return n.op === "=" ? d === 0 : n.op === "<>" ? d !== 0 : n.op === "<" ? d < 0 : n.op === ">" ? d > 0 : n.op === "<=" ? d <= 0 : d >= 0;
        }
        var xa = num(a),
          xc = num(c);
        if (isErr(xa)) return xa;
        if (isErr(xc)) return xc;
        if (n.op === "+") return xa + xc;
        if (n.op === "-") return xa - xc;
        if (n.op === "*") return xa * xc;
        if (n.op === "/") return xc === 0 ? new XErr("#DIV/0!") : xa / xc;
        if (n.op === "^") return Math.pow(xa, xc);
        return new XErr("#VALUE!");
      }
    }
    return new XErr("#VALUE!");
  }
  var parsed = {};
  function compile(formula) {
    if (!(formula in parsed)) {
      try {
        parsed[formula] = parseFormula(formula);
      } catch (e) {
        parsed[formula] = null;
      }
    }
    return parsed[formula];
  }
  function evaluate(sheet, r, c) {
    var cell = sheet.cells[key(r, c)];
    if (!cell || !cell.formula) return;
    cell._stamp = stamp;
    clearSpill(sheet, r, c);
    var tree = compile(cell.formula);
    if (!tree) {
      cell.value = "#NAME?";
      return;
    }
    var top = tree.k === "fn" && tree.name.indexOf("SMM.") === 0 && fns[tree.name.slice(4)];
    if (top) {
      // a top-level =SMM.* call: promises (data still loading) and arrays (spills) as Excel shows them
      var xs = [];
      for (var i = 0; i < tree.args.length; i++) {
        var v = tree.args[i].k === "empty" ? null : scalar({ sheet: sheet, row: r, col: c }, tree.args[i]);
        if (isErr(v)) {
          cell.value = v.code;
          return;
        }
        xs.push(v);
      }
      var out;
      try {
        out = top.apply(null, xs);
      } catch (e) {
        cell.value = e && e.code ? e.code : "#VALUE!";
        return;
      }
      if (out && typeof out.then === "function") {
        cell.value = "#BUSY!";
        out.then(
          function (v) {
            place(sheet, r, c, v);
            redraw();
          },
          function (e) {
            cell.value = e && e.code ? e.code : "#N/A";
            redraw();
          },
        );
        return;
      }
      place(sheet, r, c, out);
      return;
    }
    var res = scalar({ sheet: sheet, row: r, col: c }, tree);
    cell.value = isErr(res) ? res.code : res === null ? 0 : res;
  }
  function clearSpill(sheet, r, c) {
    Object.keys(sheet.cells).forEach(function (k) {
      var x = sheet.cells[k];
      if (x.spillFrom === key(r, c)) delete sheet.cells[k];
    });
  }
  function place(sheet, r, c, v) {
    var cell = sheet.cells[key(r, c)];
    if (!Array.isArray(v)) {
      cell.value = v;
      return;
    }
    for (var i = 0; i < v.length; i++)
      for (var j = 0; j < v[i].length; j++) {
        if (i === 0 && j === 0) continue;
        var k = key(r + i, c + j),
          x = sheet.cells[k];
        if (x && (x.formula || (x.value !== "" && x.value !== null && x.value !== undefined)) && x.spillFrom !== key(r, c)) {
          clearSpill(sheet, r, c);
          cell.value = "#SPILL!";
          return;
        }
      }
    for (i = 0; i < v.length; i++)
      for (j = 0; j < v[i].length; j++) {
        if (i === 0 && j === 0) {
          cell.value = v[0][0];
          cell.spillRows = v.length;
          cell.spillCols = v[0].length;
          continue;
        }
        // as in Excel, a spilled cell keeps its own number format (else the anchor's)
        var own = sheet.cells[key(r + i, c + j)],
          fmt = own && own.format && own.format !== "General" ? own.format : cell.format;
        sheet.cells[key(r + i, c + j)] = { value: v[i][j], formula: "", format: fmt, spillFrom: key(r, c) };
      }
  }
  function recalc(sheet, area) {
    stamp++;
    Object.keys(sheet.cells).forEach(function (k) {
      var p = k.split(","),
        r = Number(p[0]),
        c = Number(p[1]);
      if (area && (r < area.r0 || r > area.r1 || c < area.c0 || c > area.c1)) return;
      var cell = sheet.cells[k];
      if (cell && cell.formula && cell._stamp !== stamp) evaluate(sheet, r, c);
    });
  }
  /** Conditional formats of a sheet, as styles on its cells (cell.cf), for the harness. */
  function applyConditionalFormats(sheet) {
    if (!sheet || !sheet.cfs) return;
    Object.keys(sheet.cells).forEach(function (k) {
      delete sheet.cells[k].cf;
    });
    sheet.cfs.forEach(function (cf) {
      var tree = cf.custom.rule.formula ? compile(cf.custom.rule.formula) : null;
      if (!tree) return;
      for (var r = cf.a.r0; r <= Math.min(cf.a.r1, cf.a.r0 + 2000); r++)
        for (var c = cf.a.c0; c <= cf.a.c1; c++) {
          var cell = sheet.cells[key(r, c)];
          if (!cell) continue;
          var v = scalar({ sheet: sheet, row: r, col: c, dr: r - cf.a.r0, dc: c - cf.a.c0, noCalc: true }, tree);
          if (isErr(v) || !(v === true || (typeof v === "number" && v !== 0))) continue;
          var st = cell.cf || (cell.cf = {}),
            f = cf.custom.format;
          if (f.fill.color && !st.fill) st.fill = f.fill.color;
          if (f.font.color && !st.color) st.color = f.font.color;
          if (f.font.bold !== undefined && st.bold === undefined) st.bold = f.font.bold;
        }
    });
  }
  function redraw() {
    applyConditionalFormats(wb.sheets[wb.active.sheet]);
    if (typeof host.__renderSheet === "function") host.__renderSheet();
  }

  // ---- proxies --------------------------------------------------------------------------------
  var pendingError = null;
  function Proxy(ctx) {
    this._ctx = ctx;
    this._data = {};
    this._want = [];
  }
  Proxy.prototype.load = function (props) {
    var list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : props ? Object.keys(props) : ["*"];
    for (var i = 0; i < list.length; i++) this._want.push(String(list[i]).trim());
    this._ctx._loaded.push(this);
    return this;
  };
  function prop(cls, name) {
    Object.defineProperty(cls.prototype, name, {
      get: function () {
        if (!(name in this._data))
          throw err(
            "PropertyNotLoaded",
            "The property '" +
              name +
              "' is not available. Before reading the property's value, call the load method on the containing object and call context.sync().",
          );
        return this._data[name];
      },
      set: function (v) {
        this._set(name, v);
      },
      configurable: true,
    });
  }

  /** The per-sheet records the harness draws (merges, widths, conditional formats, charts...). */
  function extras(sheet) {
    if (!sheet.merges) {
      sheet.merges = [];
      sheet.colWidths = {};
      sheet.hiddenCols = {};
      sheet.rowHeights = {};
      sheet.cfs = [];
      sheet.charts = [];
      sheet.freeze = null;
    }
    return sheet;
  }
  function Range(ctx, sheet, a) {
    Proxy.call(this, ctx);
    this._sheet = sheet;
    this._a = a;
    this.isNullObject = false;
    var self = this;
    function style(obj, name, field) {
      Object.defineProperty(obj, name, {
        set: function (v) {
          if (!self._guard()) return;
          self._each(function (cell) {
            cell[field] = v;
          });
        },
        get: function () {
          return undefined;
        },
      });
    }
    var font = {},
      fill = {};
    style(font, "bold", "bold");
    style(font, "italic", "italic");
    style(font, "size", "size");
    style(font, "color", "color");
    style(fill, "color", "fill");
    this.format = {
      font: font,
      fill: fill,
      borders: {
        getItem: function (edge) {
          var b = {};
          Object.defineProperty(b, "style", {
            set: function (v) {
              if (edge === "EdgeBottom" && v !== "None")
                self._each(function (cell) {
                  cell.borderBottom = true;
                });
            },
          });
          b.color = "";
          return b;
        },
      },
      autofitColumns: function () {},
    };
    style(this.format, "horizontalAlignment", "align");
    style(this.format, "wrapText", "wrap");
    Object.defineProperty(this.format, "columnWidth", {
      set: function (w) {
        var s = extras(self._sheet);
        for (var c = self._a.c0; c <= Math.min(self._a.c1, self._a.c0 + 200); c++) s.colWidths[c] = w;
      },
    });
    Object.defineProperty(this.format, "rowHeight", {
      set: function (h) {
        var s = extras(self._sheet);
        for (var r = self._a.r0; r <= Math.min(self._a.r1, self._a.r0 + 2000); r++) s.rowHeights[r] = h;
      },
    });
    this.conditionalFormats = {
      add: function (type) {
        var cf = { type: type, a: self._a, custom: { rule: {}, format: { fill: {}, font: {} } } };
        extras(self._sheet).cfs.push(cf);
        return cf;
      },
    };
  }
  Range.prototype = Object.create(Proxy.prototype);
  Object.defineProperty(Range.prototype, "columnHidden", {
    set: function (v) {
      var s = extras(this._sheet);
      for (var c = this._a.c0; c <= Math.min(this._a.c1, this._a.c0 + 200); c++) s.hiddenCols[c] = !!v;
    },
  });
  Range.prototype.merge = function () {
    if (!this._guard()) return;
    extras(this._sheet).merges.push({ r0: this._a.r0, c0: this._a.c0, r1: this._a.r1, c1: this._a.c1 });
    wb.log.push({ op: "merge", address: addr(this._sheet, this._a) });
  };
  ["address", "values", "formulas", "numberFormat", "rowCount", "columnCount"].forEach(function (n) {
    prop(Range, n);
  });
  Range.prototype._rows = function () {
    return this._a.r1 - this._a.r0 + 1;
  };
  Range.prototype._cols = function () {
    return this._a.c1 - this._a.c0 + 1;
  };
  Range.prototype._each = function (fn) {
    if (this._a.whole) {
      var s = this._sheet,
        a = this._a;
      Object.keys(s.cells).forEach(function (k) {
        var p = k.split(","),
          r = +p[0],
          c = +p[1];
        if (r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1) fn(s.cells[k], r - a.r0, c - a.c0, r, c);
      });
      return;
    }
    for (var r = this._a.r0; r <= this._a.r1; r++)
      for (var c = this._a.c0; c <= this._a.c1; c++) {
        var k = key(r, c);
        var cell = this._sheet.cells[k] || (this._sheet.cells[k] = { value: "", formula: "", format: "General" });
        fn(cell, r - this._a.r0, c - this._a.c0, r, c);
      }
  };
  Range.prototype._guard = function () {
    if (this._sheet.protected) pendingError = pendingError || err("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
    return !this._sheet.protected;
  };
  Range.prototype._set = function (name, v) {
    if (!this._guard()) return;
    var self = this;
    if (name === "formulas" || name === "values") {
      var changed = [];
      // as in Excel: "=..." is a formula, a leading apostrophe keeps the rest as text
      this._each(function (cell, i, j, r, c) {
        var x = v[i][j];
        if (typeof x === "string" && x.charAt(0) === "=" && name === "formulas") {
          cell.formula = x;
          changed.push([r, c]);
        } else {
          cell.formula = "";
          cell.value = typeof x === "string" && x.charAt(0) === "'" ? x.slice(1) : x;
        }
        delete cell.spillFrom;
      });
      stamp++;
      changed.forEach(function (p) {
        var cell = self._sheet.cells[key(p[0], p[1])];
        if (cell && cell._stamp !== stamp) evaluate(self._sheet, p[0], p[1]);
      });
    } else if (name === "numberFormat")
      this._each(function (cell, i, j) {
        cell.format = v[i][j];
      });
    wb.log.push({ op: name, address: addr(this._sheet, this._a), rows: this._rows(), cols: this._cols() });
  };
  Range.prototype._snapshot = function () {
    var self = this,
      vals = [],
      fs = [],
      nf = [];
    for (var r = this._a.r0; r <= this._a.r1; r++) {
      var vr = [],
        fr = [],
        nr = [];
      for (var c = this._a.c0; c <= this._a.c1; c++) {
        var cell = self._sheet.cells[key(r, c)];
        vr.push(cell ? (cell.value === undefined || cell.value === null ? "" : cell.value) : "");
        fr.push(cell ? cell.formula || (cell.value === undefined || cell.value === null ? "" : cell.value) : "");
        nr.push(cell ? cell.format : "General");
      }
      vals.push(vr);
      fs.push(fr);
      nf.push(nr);
    }
    return { address: addr(this._sheet, this._a), values: vals, formulas: fs, numberFormat: nf, rowCount: this._rows(), columnCount: this._cols() };
  };
  Range.prototype.getResizedRange = function (dr, dc) {
    var a = { r0: this._a.r0, c0: this._a.c0, r1: this._a.r1 + dr, c1: this._a.c1 + dc };
    if (a.r1 < a.r0 || a.c1 < a.c0 || a.r1 > 1048575 || a.c1 > 16383)
      pendingError = pendingError || err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    return new Range(this._ctx, this._sheet, a);
  };
  Range.prototype.getCell = function (r, c) {
    var a = { r0: this._a.r0 + r, c0: this._a.c0 + c, r1: this._a.r0 + r, c1: this._a.c0 + c };
    return new Range(this._ctx, this._sheet, a);
  };
  Range.prototype.clear = function () {
    if (!this._guard()) return;
    var s = this._sheet;
    for (var r = this._a.r0; r <= this._a.r1; r++) for (var c = this._a.c0; c <= this._a.c1; c++) delete s.cells[key(r, c)];
    wb.log.push({ op: "clear", address: addr(s, this._a) });
  };
  Range.prototype.calculate = function () {
    wb.calcs.push("range " + addr(this._sheet, this._a));
    recalc(this._sheet, this._a);
  };
  Range.prototype.getSpillParentOrNullObject = function () {
    // ExcelApi 1.12: like office.js, defined on every host, but an older one fails the sync
    if (!apiSupported("1.12")) {
      pendingError = pendingError || err("ApiNotFound", "The API you are trying to use could not be found. It may be available in a newer version of Excel.");
      var x = new Range(this._ctx, this._sheet, this._a);
      x.isNullObject = true;
      return x;
    }
    var cell = this._sheet.cells[key(this._a.r0, this._a.c0)];
    if (cell && cell.spillFrom) {
      var p = cell.spillFrom.split(",");
      return new Range(this._ctx, this._sheet, { r0: +p[0], c0: +p[1], r1: +p[0], c1: +p[1] });
    }
    if (cell && cell.spillRows) return new Range(this._ctx, this._sheet, { r0: this._a.r0, c0: this._a.c0, r1: this._a.r0, c1: this._a.c0 });
    var n = new Range(this._ctx, this._sheet, this._a);
    n.isNullObject = true;
    return n;
  };
  Object.defineProperty(Range.prototype, "worksheet", {
    get: function () {
      return new Worksheet(this._ctx, this._sheet);
    },
  });

  function Worksheet(ctx, sheet) {
    Proxy.call(this, ctx);
    this._sheet = sheet;
    var self = this;
    this.protection = new Proxy(ctx);
    this.protection._fill = function () {
      this._data.protected = !!self._sheet.protected;
    };
    Object.defineProperty(this.protection, "protected", {
      get: function () {
        if (!("protected" in this._data)) throw err("PropertyNotLoaded", "protected not loaded");
        return this._data.protected;
      },
    });
    this.freezePanes = {
      freezeAt: function (range) {
        extras(sheet).freeze = { rows: range._a.r1 + 1, cols: range._a.c1 + 1 };
      },
      freezeRows: function (n) {
        extras(sheet).freeze = { rows: n, cols: 0 };
      },
      freezeColumns: function (n) {
        extras(sheet).freeze = { rows: 0, cols: n };
      },
    };
    this.charts = {
      add: function (type, source, seriesBy) {
        var rec = { type: type, seriesBy: seriesBy, title: "", series: [{ name: "", values: addr(sheet, source._a) }], position: null };
        extras(sheet).charts.push(rec);
        function series(sr) {
          return {
            set name(v) {
              sr.name = v;
            },
            setValues: function (r) {
              sr.values = addr(sheet, r._a);
            },
            setXAxisValues: function (r) {
              sr.categories = addr(sheet, r._a);
            },
          };
        }
        return {
          title: {
            set text(v) {
              rec.title = v;
            },
          },
          legend: {},
          axes: { valueAxis: {} },
          series: {
            getItemAt: function (i) {
              return series(rec.series[i]);
            },
            add: function (name) {
              var sr = { name: name };
              rec.series.push(sr);
              return series(sr);
            },
          },
          setPosition: function (from, to) {
            rec.position = [from, to];
          },
        };
      },
    };
  }
  Worksheet.prototype = Object.create(Proxy.prototype);
  Worksheet.prototype.activate = function () {
    var i = wb.sheets.indexOf(this._sheet);
    if (i >= 0) {
      wb.active = { sheet: i, row: 0, col: 0 };
      wb.selection = null;
    }
  };
  prop(Worksheet, "name");
  Worksheet.prototype._snapshot = function () {
    return { name: this._sheet.name };
  };
  Worksheet.prototype.getRange = function (ref) {
    return new Range(this._ctx, this._sheet, parseRangeRef(ref));
  };
  Worksheet.prototype.getUsedRangeOrNullObject = function () {
    var ks = Object.keys(this._sheet.cells);
    var r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    ks.forEach(function (k) {
      var p = k.split(",");
      r0 = Math.min(r0, +p[0]);
      c0 = Math.min(c0, +p[1]);
      r1 = Math.max(r1, +p[0]);
      c1 = Math.max(c1, +p[1]);
    });
    var rg = new Range(this._ctx, this._sheet, ks.length ? { r0: r0, c0: c0, r1: r1, c1: c1 } : { r0: 0, c0: 0, r1: 0, c1: 0 });
    if (!ks.length) rg.isNullObject = true;
    return rg;
  };
  Worksheet.prototype.calculate = function () {
    wb.calcs.push("sheet " + this._sheet.name);
    recalc(this._sheet);
  };

  function activeSheet() {
    return wb.sheets[wb.active.sheet];
  }
  function Workbook(ctx) {
    var self = this;
    this._ctx = ctx;
    this.worksheets = new Proxy(ctx);
    this.worksheets._snapshot = function () {
      return {
        items: wb.sheets.map(function (s) {
          var w = new Worksheet(ctx, s);
          w._data.name = s.name;
          return w;
        }),
      };
    };
    Object.defineProperty(this.worksheets, "items", {
      get: function () {
        if (!("items" in this._data)) throw err("PropertyNotLoaded", "items not loaded");
        return this._data.items;
      },
    });
    this.worksheets.getActiveWorksheet = function () {
      return new Worksheet(ctx, activeSheet());
    };
    this.worksheets.getItemOrNullObject = function (n) {
      var p = new Worksheet(ctx, sheetByName(n) || { name: n, cells: {} });
      p._snapshot = function () {
        var s = sheetByName(n);
        return { isNullObject: !s, name: s ? s.name : undefined };
      };
      Object.defineProperty(p, "isNullObject", {
        get: function () {
          if (!("isNullObject" in this._data)) throw err("PropertyNotLoaded", "isNullObject not loaded");
          return this._data.isNullObject;
        },
      });
      return p;
    };
    this.worksheets.add = function (name) {
      name = String(name === undefined ? "Sheet" + (wb.sheets.length + 1) : name);
      if (sheetByName(name)) {
        pendingError = pendingError || err("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
        return new Worksheet(ctx, sheetByName(name));
      }
      if (!name.trim() || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
        pendingError = pendingError || err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      }
      var s = extras({ name: name, cells: {}, protected: false });
      wb.sheets.push(s);
      wb.log.push({ op: "addSheet", name: name });
      return new Worksheet(ctx, s);
    };
    this.worksheets.getItem = function (n) {
      var s = sheetByName(n);
      if (!s) {
        pendingError = pendingError || err("ItemNotFound", "The requested resource doesn't exist.");
        s = activeSheet();
      }
      return new Worksheet(ctx, s);
    };
    this.names = {
      add: function (name, range, comment) {
        wb.names[name] = { sheet: range._sheet, a: JSON.parse(JSON.stringify(range._a)), comment: comment };
      },
      getItem: function (name) {
        return {
          getRange: function () {
            var n = wb.names[name];
            if (!n) {
              pendingError = pendingError || err("ItemNotFound", "The requested resource doesn't exist.");
              return new Range(ctx, activeSheet(), { r0: 0, c0: 0, r1: 0, c1: 0 });
            }
            return new Range(ctx, n.sheet, n.a);
          },
          delete: function () {
            delete wb.names[name];
          },
        };
      },
      getItemOrNullObject: function (name) {
        var n = wb.names[name],
          p = new Proxy(ctx);
        p.isNullObject = !n;
        p._snapshot = function () {
          return n ? { formula: "=" + addr(n.sheet, n.a, true) } : {};
        };
        Object.defineProperty(p, "formula", {
          get: function () {
            return this._data.formula;
          },
        });
        p.delete = function () {
          delete wb.names[name];
        };
        return p;
      },
    };
    this.settings = {
      add: function (k, v) {
        wb.settings[k] = v;
      },
      getItemOrNullObject: function (k) {
        var p = new Proxy(ctx);
        p.isNullObject = !(k in wb.settings);
        p._snapshot = function () {
          return { value: wb.settings[k] };
        };
        Object.defineProperty(p, "value", {
          get: function () {
            if (!("value" in this._data)) throw err("PropertyNotLoaded", "value not loaded");
            return this._data.value;
          },
        });
        return p;
      },
    };
    this.customXmlParts = {
      add: function (xml) {
        wb.xmlParts.push({ id: String(wb.xmlParts.length + 1), xml: xml });
      },
      getByNamespace: function (ns) {
        var c = new Proxy(ctx);
        c._snapshot = function () {
          return {
            items: wb.xmlParts
              .filter(function (x) {
                return x.xml.indexOf('xmlns="' + ns + '"') >= 0;
              })
              .map(function (x) {
                return {
                  id: x.id,
                  delete: function () {
                    wb.xmlParts = wb.xmlParts.filter(function (y) {
                      return y !== x;
                    });
                  },
                  getXml: function () {
                    var r = { value: null };
                    ctx._after.push(function () {
                      r.value = x.xml;
                    });
                    return r;
                  },
                };
              }),
          };
        };
        Object.defineProperty(c, "items", {
          get: function () {
            return this._data.items || [];
          },
        });
        return c;
      },
    };
    this.application = {
      calculate: function (t) {
        wb.calcs.push("workbook " + t);
        wb.sheets.forEach(function (s) {
          recalc(s);
        });
      },
    };
    this.onSelectionChanged = {
      add: function (h) {
        wb.handlers.push(h);
        return {
          context: ctx,
          remove: function () {
            wb.handlers = wb.handlers.filter(function (x) {
              return x !== h;
            });
          },
        };
      },
    };
    this.getActiveCell = function () {
      var s = activeSheet();
      return new Range(ctx, s, { r0: wb.active.row, c0: wb.active.col, r1: wb.active.row, c1: wb.active.col });
    };
    this.getSelectedRange = function () {
      var s = activeSheet();
      var a = wb.selection || { r0: wb.active.row, c0: wb.active.col, r1: wb.active.row, c1: wb.active.col };
      return new Range(ctx, s, a);
    };
    void self;
  }

  function Context() {
    this._loaded = [];
    this._after = [];
    this.workbook = new Workbook(this);
  }
  Context.prototype.sync = function () {
    var self = this;
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        wb.syncs++;
        var e = pendingError;
        pendingError = null;
        var loaded = self._loaded;
        self._loaded = [];
        var after = self._after;
        self._after = [];
        redraw();
        if (e) return reject(e);
        loaded.forEach(function (o) {
          if (o._snapshot) {
            var s = o._snapshot();
            for (var k in s) o._data[k] = s[k];
          }
          if (o._fill) o._fill();
          if (o.protection && o.protection._fill) o.protection._fill();
        });
        after.forEach(function (f) {
          f();
        });
        resolve();
      }, 5);
    });
  };

  // ---- globals ----------------------------------------------------------------------------------
  // Like office.js: adopt a CustomFunctionMappings object set before it loaded (register-first.js
  // sets its __delay__ flag; CustomFunctions.associate clears it).
  var mappings = (window.CustomFunctionMappings = window.CustomFunctionMappings || {});
  function FakeCfError(code, message) {
    this.code = code === "invalidValue" ? "#VALUE!" : "#N/A";
    this.message = message;
  }
  window.CustomFunctions = {
    associate: function (id, fn) {
      fns[String(id).toUpperCase()] = fn;
      delete mappings.__delay__;
    },
    Error: FakeCfError,
    ErrorCode: { invalidValue: "invalidValue", notAvailable: "notAvailable" },
  };
  window.Excel = {
    run: function (a, b) {
      var cb = typeof a === "function" ? a : b;
      var ctx = new Context();
      return Promise.resolve().then(function () {
        return cb(ctx);
      });
    },
    CalculationType: { full: "Full", recalculate: "Recalculate" },
  };
  // Start-up, as Excel does it: Office.onReady answers after host.__fakeOnReadyDelay ms (default 0)
  // with host.__fakeOfficeHost ("Excel" by default; null: office.js in a plain browser). Office.context
  // and OfficeRuntime.storage exist only from then on. Once ready in Excel, the custom-functions
  // runtime starts (waiting while __delay__ is set, like Excel's host files) and from that moment
  // Excel may call any function: host.__fakeCfStart records which were registered then.
  var delay = Number(host.__fakeOnReadyDelay || 0);
  var hostName = "__fakeOfficeHost" in host ? host.__fakeOfficeHost : "Excel";
  var info = { host: hostName, platform: hostName ? "OfficeOnline" : null };
  var store = (host.__fakeStorage = host.__fakeStorage || {});
  var ready = new Promise(function (resolve) {
    setTimeout(function () {
      window.Office.context = {
        requirements: {
          isSetSupported: function (set, v) {
            return !!hostName && (set !== "ExcelApi" || apiSupported(v || "1.1"));
          },
        },
        officeTheme: host.__fakeTheme || null,
        document: {},
      };
      window.OfficeRuntime = {
        storage: {
          getItem: function (k) {
            return Promise.resolve(Object.prototype.hasOwnProperty.call(store, k) ? store[k] : null);
          },
          setItem: function (k, v) {
            store[k] = String(v);
            return Promise.resolve();
          },
          removeItem: function (k) {
            delete store[k];
            return Promise.resolve();
          },
        },
      };
      resolve(info);
    }, delay);
  });
  if (!hostName) {
    delete window.Excel;
  }
  host.__fakeCfStart = null;
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function (cb) {
      return ready.then(function (i) {
        if (cb) cb(i);
        return i;
      });
    },
  };
  if (hostName) {
    ready.then(function () {
      (function start() {
        if (mappings.__delay__) {
          setTimeout(start, 50);
          return;
        }
        host.__fakeCfStart = { ids: Object.keys(fns).sort(), at: Date.now() };
      })();
    });
  }
  host.__fakeSelect = function (ref) {
    var a = parseRangeRef(ref);
    wb.active = { sheet: wb.active.sheet, row: a.r0, col: a.c0 };
    wb.selection = a;
    wb.handlers.forEach(function (h) {
      try {
        h({});
      } catch (e) {}
    });
    redraw();
  };
  host.__fakeRecalc = function () {
    wb.sheets.forEach(function (s) {
      recalc(s);
    });
    redraw();
  };
  /** Column letters of a 0-based column (0 -> A, 26 -> AA), for the harness drawing the sheet. */
  host.__fakeColName = colName;
})();
