/*
 * A fake Office/Excel host for the browser tests: served in place of office.js, it gives the task
 * pane an in-memory workbook with the parts of the Excel JavaScript API the add-in uses. Like
 * Office.js, loaded properties can be read only after context.sync() (reading earlier throws
 * PropertyNotLoaded). =SMM.* formulas are evaluated with the functions the page registers through
 * CustomFunctions.associate, so the fake sheet shows real results (spills included).
 * The workbook lives on the parent window when the pane runs in the harness's iframe, and the
 * harness draws it after every sync (window.parent.__renderSheet).
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

  function colName(c) { var s = ""; c = c + 1; while (c > 0) { var r = (c - 1) % 26; s = String.fromCharCode(65 + r) + s; c = Math.floor((c - 1) / 26); } return s; }
  function colIndex(s) { var n = 0; s = s.toUpperCase(); for (var i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) - 64); return n - 1; }
  function parseCellRef(ref) { var m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim()); if (!m) throw err("InvalidArgument", "bad reference " + ref); return { row: Number(m[2]) - 1, col: colIndex(m[1]) }; }
  function parseRangeRef(ref) { var p = ref.split(":"); var a = parseCellRef(p[0]); var b = p[1] ? parseCellRef(p[1]) : a; return { r0: Math.min(a.row, b.row), c0: Math.min(a.col, b.col), r1: Math.max(a.row, b.row), c1: Math.max(a.col, b.col) }; }
  function quoteSheet(n) { return /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) ? n : "'" + n.replace(/'/g, "''") + "'"; }
  function addr(sheet, a, abs) { var d = abs ? "$" : ""; var tl = d + colName(a.c0) + d + (a.r0 + 1); var br = d + colName(a.c1) + d + (a.r1 + 1); return quoteSheet(sheet.name) + "!" + (tl === br ? tl : tl + ":" + br); }
  function err(code, message) { var e = new Error(message); e.code = code; e.name = "RichApi.Error"; return e; }
  function key(r, c) { return r + "," + c; }
  function sheetByName(n) { for (var i = 0; i < wb.sheets.length; i++) if (wb.sheets[i].name.toLowerCase() === String(n).toLowerCase()) return wb.sheets[i]; return null; }

  // ---- formulas -------------------------------------------------------------------------------
  function parseArgs(body, sheet) {
    var args = [], cur = "", inStr = false, depth = 0;
    for (var i = 0; i < body.length; i++) {
      var c = body[i];
      if (inStr) { if (c === '"' && body[i + 1] === '"') { cur += '""'; i++; } else if (c === '"') { inStr = false; cur += c; } else cur += c; continue; }
      if (c === '"') { inStr = true; cur += c; } else if (c === "(") { depth++; cur += c; } else if (c === ")") { depth--; cur += c; } else if (c === "," && depth === 0) { args.push(cur); cur = ""; } else cur += c;
    }
    if (args.length || cur.trim()) args.push(cur);
    return args.map(function (a) {
      var t = a.trim();
      if (t === "") return null;
      if (/^".*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
      if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
      if (/^\$?[A-Za-z]{1,3}\$?\d+$/.test(t)) { var p = parseCellRef(t); var cell = sheet.cells[key(p.row, p.col)]; return cell ? cell.value : null; }
      return t;
    });
  }
  function evaluate(sheet, r, c) {
    var cell = sheet.cells[key(r, c)];
    if (!cell || !cell.formula) return;
    clearSpill(sheet, r, c);
    var m = /^=\s*SMM\.([A-Z]+)\((.*)\)\s*$/i.exec(cell.formula);
    if (!m) { cell.value = cell.formula; return; }
    var fn = fns[m[1].toUpperCase()];
    if (!fn) { cell.value = "#NAME?"; return; }
    var out;
    try { out = fn.apply(null, parseArgs(m[2], sheet)); } catch (e) { cell.value = e && e.code ? e.code : "#VALUE!"; return; }
    if (out && typeof out.then === "function") {
      cell.value = "#BUSY!";
      out.then(function (v) { place(sheet, r, c, v); redraw(); }, function (e) { cell.value = e && e.code ? e.code : "#N/A"; redraw(); });
      return;
    }
    place(sheet, r, c, out);
  }
  function clearSpill(sheet, r, c) {
    Object.keys(sheet.cells).forEach(function (k) { var x = sheet.cells[k]; if (x.spillFrom === key(r, c)) delete sheet.cells[k]; });
  }
  function place(sheet, r, c, v) {
    var cell = sheet.cells[key(r, c)];
    if (!Array.isArray(v)) { cell.value = v; return; }
    for (var i = 0; i < v.length; i++) for (var j = 0; j < v[i].length; j++) {
      if (i === 0 && j === 0) continue;
      var k = key(r + i, c + j), x = sheet.cells[k];
      if (x && (x.formula || (x.value !== "" && x.value !== null && x.value !== undefined)) && x.spillFrom !== key(r, c)) { clearSpill(sheet, r, c); cell.value = "#SPILL!"; return; }
    }
    for (i = 0; i < v.length; i++) for (j = 0; j < v[i].length; j++) {
      if (i === 0 && j === 0) { cell.value = v[0][0]; cell.spillRows = v.length; cell.spillCols = v[0].length; continue; }
      sheet.cells[key(r + i, c + j)] = { value: v[i][j], formula: "", format: cell.format, spillFrom: key(r, c) };
    }
  }
  function recalc(sheet, area) {
    Object.keys(sheet.cells).forEach(function (k) {
      var p = k.split(","), r = Number(p[0]), c = Number(p[1]);
      if (area && (r < area.r0 || r > area.r1 || c < area.c0 || c > area.c1)) return;
      if (sheet.cells[k] && sheet.cells[k].formula) evaluate(sheet, r, c);
    });
  }
  function redraw() { if (typeof host.__renderSheet === "function") host.__renderSheet(); }

  // ---- proxies --------------------------------------------------------------------------------
  var pendingError = null;
  function Proxy(ctx) { this._ctx = ctx; this._data = {}; this._want = []; }
  Proxy.prototype.load = function (props) {
    var list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : props ? Object.keys(props) : ["*"];
    for (var i = 0; i < list.length; i++) this._want.push(String(list[i]).trim());
    this._ctx._loaded.push(this);
    return this;
  };
  function prop(cls, name) {
    Object.defineProperty(cls.prototype, name, {
      get: function () { if (!(name in this._data)) throw err("PropertyNotLoaded", "The property '" + name + "' is not available. Before reading the property's value, call the load method on the containing object and call context.sync()."); return this._data[name]; },
      set: function (v) { this._set(name, v); },
      configurable: true,
    });
  }

  function Range(ctx, sheet, a) { Proxy.call(this, ctx); this._sheet = sheet; this._a = a; this.isNullObject = false; var self = this; this.format = { font: {}, autofitColumns: function () {} }; Object.defineProperty(this.format.font, "bold", { set: function (b) { self._each(function (cell) { cell.bold = !!b; }); } }); }
  Range.prototype = Object.create(Proxy.prototype);
  ["address", "values", "formulas", "numberFormat", "rowCount", "columnCount"].forEach(function (n) { prop(Range, n); });
  Range.prototype._rows = function () { return this._a.r1 - this._a.r0 + 1; };
  Range.prototype._cols = function () { return this._a.c1 - this._a.c0 + 1; };
  Range.prototype._each = function (fn) { for (var r = this._a.r0; r <= this._a.r1; r++) for (var c = this._a.c0; c <= this._a.c1; c++) { var k = key(r, c); var cell = this._sheet.cells[k] || (this._sheet.cells[k] = { value: "", formula: "", format: "General" }); fn(cell, r - this._a.r0, c - this._a.c0, r, c); } };
  Range.prototype._guard = function () { if (this._sheet.protected) pendingError = pendingError || err("AccessDenied", "The cell or chart you're trying to change is on a protected sheet."); return !this._sheet.protected; };
  Range.prototype._set = function (name, v) {
    if (!this._guard()) return;
    var self = this;
    if (name === "formulas" || name === "values") {
      var changed = [];
      this._each(function (cell, i, j, r, c) { var x = v[i][j]; if (typeof x === "string" && x.charAt(0) === "=" && name === "formulas") { cell.formula = x; changed.push([r, c]); } else { cell.formula = ""; cell.value = x; } delete cell.spillFrom; });
      changed.forEach(function (p) { evaluate(self._sheet, p[0], p[1]); });
    } else if (name === "numberFormat") this._each(function (cell, i, j) { cell.format = v[i][j]; });
    wb.log.push({ op: name, address: addr(this._sheet, this._a), rows: this._rows(), cols: this._cols() });
  };
  Range.prototype._snapshot = function () {
    var self = this, vals = [], fs = [], nf = [];
    for (var r = this._a.r0; r <= this._a.r1; r++) { var vr = [], fr = [], nr = []; for (var c = this._a.c0; c <= this._a.c1; c++) { var cell = self._sheet.cells[key(r, c)]; vr.push(cell ? (cell.value === undefined || cell.value === null ? "" : cell.value) : ""); fr.push(cell ? (cell.formula || (cell.value === undefined || cell.value === null ? "" : cell.value)) : ""); nr.push(cell ? cell.format : "General"); } vals.push(vr); fs.push(fr); nf.push(nr); }
    return { address: addr(this._sheet, this._a), values: vals, formulas: fs, numberFormat: nf, rowCount: this._rows(), columnCount: this._cols() };
  };
  Range.prototype.getResizedRange = function (dr, dc) { var a = { r0: this._a.r0, c0: this._a.c0, r1: this._a.r1 + dr, c1: this._a.c1 + dc }; if (a.r1 < a.r0 || a.c1 < a.c0 || a.r1 > 1048575 || a.c1 > 16383) pendingError = pendingError || err("InvalidArgument", "The argument is invalid or missing or has an incorrect format."); return new Range(this._ctx, this._sheet, a); };
  Range.prototype.getCell = function (r, c) { var a = { r0: this._a.r0 + r, c0: this._a.c0 + c, r1: this._a.r0 + r, c1: this._a.c0 + c }; return new Range(this._ctx, this._sheet, a); };
  Range.prototype.clear = function () { if (!this._guard()) return; var s = this._sheet; for (var r = this._a.r0; r <= this._a.r1; r++) for (var c = this._a.c0; c <= this._a.c1; c++) delete s.cells[key(r, c)]; wb.log.push({ op: "clear", address: addr(s, this._a) }); };
  Range.prototype.calculate = function () { wb.calcs.push("range " + addr(this._sheet, this._a)); recalc(this._sheet, this._a); };
  Range.prototype.getSpillParentOrNullObject = function () {
    var cell = this._sheet.cells[key(this._a.r0, this._a.c0)];
    if (cell && cell.spillFrom) { var p = cell.spillFrom.split(","); return new Range(this._ctx, this._sheet, { r0: +p[0], c0: +p[1], r1: +p[0], c1: +p[1] }); }
    if (cell && cell.spillRows) return new Range(this._ctx, this._sheet, { r0: this._a.r0, c0: this._a.c0, r1: this._a.r0, c1: this._a.c0 });
    var n = new Range(this._ctx, this._sheet, this._a); n.isNullObject = true; return n;
  };
  Object.defineProperty(Range.prototype, "worksheet", { get: function () { return new Worksheet(this._ctx, this._sheet); } });

  function Worksheet(ctx, sheet) { Proxy.call(this, ctx); this._sheet = sheet; var self = this; this.protection = new Proxy(ctx); this.protection._fill = function () { this._data.protected = !!self._sheet.protected; }; Object.defineProperty(this.protection, "protected", { get: function () { if (!("protected" in this._data)) throw err("PropertyNotLoaded", "protected not loaded"); return this._data.protected; } }); }
  Worksheet.prototype = Object.create(Proxy.prototype);
  prop(Worksheet, "name");
  Worksheet.prototype._snapshot = function () { return { name: this._sheet.name }; };
  Worksheet.prototype.getRange = function (ref) { return new Range(this._ctx, this._sheet, parseRangeRef(ref)); };
  Worksheet.prototype.getUsedRangeOrNullObject = function () {
    var ks = Object.keys(this._sheet.cells); var r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    ks.forEach(function (k) { var p = k.split(","); r0 = Math.min(r0, +p[0]); c0 = Math.min(c0, +p[1]); r1 = Math.max(r1, +p[0]); c1 = Math.max(c1, +p[1]); });
    var rg = new Range(this._ctx, this._sheet, ks.length ? { r0: r0, c0: c0, r1: r1, c1: c1 } : { r0: 0, c0: 0, r1: 0, c1: 0 });
    if (!ks.length) rg.isNullObject = true;
    return rg;
  };
  Worksheet.prototype.calculate = function () { wb.calcs.push("sheet " + this._sheet.name); recalc(this._sheet); };

  function activeSheet() { return wb.sheets[wb.active.sheet]; }
  function Workbook(ctx) {
    var self = this;
    this._ctx = ctx;
    this.worksheets = new Proxy(ctx);
    this.worksheets._snapshot = function () { return { items: wb.sheets.map(function (s) { var w = new Worksheet(ctx, s); w._data.name = s.name; return w; }) }; };
    Object.defineProperty(this.worksheets, "items", { get: function () { if (!("items" in this._data)) throw err("PropertyNotLoaded", "items not loaded"); return this._data.items; } });
    this.worksheets.getActiveWorksheet = function () { return new Worksheet(ctx, activeSheet()); };
    this.worksheets.getItem = function (n) { var s = sheetByName(n); if (!s) { pendingError = pendingError || err("ItemNotFound", "The requested resource doesn't exist."); s = activeSheet(); } return new Worksheet(ctx, s); };
    this.names = {
      add: function (name, range, comment) { wb.names[name] = { sheet: range._sheet, a: JSON.parse(JSON.stringify(range._a)), comment: comment }; },
      getItem: function (name) {
        return {
          getRange: function () { var n = wb.names[name]; if (!n) { pendingError = pendingError || err("ItemNotFound", "The requested resource doesn't exist."); return new Range(ctx, activeSheet(), { r0: 0, c0: 0, r1: 0, c1: 0 }); } return new Range(ctx, n.sheet, n.a); },
          delete: function () { delete wb.names[name]; },
        };
      },
      getItemOrNullObject: function (name) {
        var n = wb.names[name], p = new Proxy(ctx);
        p.isNullObject = !n;
        p._snapshot = function () { return n ? { formula: "=" + addr(n.sheet, n.a, true) } : {}; };
        Object.defineProperty(p, "formula", { get: function () { return this._data.formula; } });
        p.delete = function () { delete wb.names[name]; };
        return p;
      },
    };
    this.settings = {
      add: function (k, v) { wb.settings[k] = v; },
      getItemOrNullObject: function (k) { var p = new Proxy(ctx); p.isNullObject = !(k in wb.settings); p._snapshot = function () { return { value: wb.settings[k] }; }; Object.defineProperty(p, "value", { get: function () { if (!("value" in this._data)) throw err("PropertyNotLoaded", "value not loaded"); return this._data.value; } }); return p; },
    };
    this.customXmlParts = {
      add: function (xml) { wb.xmlParts.push({ id: String(wb.xmlParts.length + 1), xml: xml }); },
      getByNamespace: function (ns) {
        var c = new Proxy(ctx);
        c._snapshot = function () { return { items: wb.xmlParts.filter(function (x) { return x.xml.indexOf('xmlns="' + ns + '"') >= 0; }).map(function (x) { return { id: x.id, delete: function () { wb.xmlParts = wb.xmlParts.filter(function (y) { return y !== x; }); }, getXml: function () { var r = { value: null }; ctx._after.push(function () { r.value = x.xml; }); return r; } }; }) }; };
        Object.defineProperty(c, "items", { get: function () { return this._data.items || []; } });
        return c;
      },
    };
    this.application = { calculate: function (t) { wb.calcs.push("workbook " + t); wb.sheets.forEach(function (s) { recalc(s); }); } };
    this.onSelectionChanged = { add: function (h) { wb.handlers.push(h); return { context: ctx, remove: function () { wb.handlers = wb.handlers.filter(function (x) { return x !== h; }); } }; } };
    this.getActiveCell = function () { var s = activeSheet(); return new Range(ctx, s, { r0: wb.active.row, c0: wb.active.col, r1: wb.active.row, c1: wb.active.col }); };
    this.getSelectedRange = function () { var s = activeSheet(); var a = wb.selection || { r0: wb.active.row, c0: wb.active.col, r1: wb.active.row, c1: wb.active.col }; return new Range(ctx, s, a); };
    void self;
  }

  function Context() { this._loaded = []; this._after = []; this.workbook = new Workbook(this); }
  Context.prototype.sync = function () {
    var self = this;
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        wb.syncs++;
        var e = pendingError; pendingError = null;
        var loaded = self._loaded; self._loaded = [];
        var after = self._after; self._after = [];
        redraw();
        if (e) return reject(e);
        loaded.forEach(function (o) { if (o._snapshot) { var s = o._snapshot(); for (var k in s) o._data[k] = s[k]; } if (o._fill) o._fill(); if (o.protection && o.protection._fill) o.protection._fill(); });
        after.forEach(function (f) { f(); });
        resolve();
      }, 5);
    });
  };

  // ---- globals ----------------------------------------------------------------------------------
  function FakeCfError(code, message) { this.code = code === "invalidValue" ? "#VALUE!" : "#N/A"; this.message = message; }
  window.CustomFunctions = { associate: function (id, fn) { fns[String(id).toUpperCase()] = fn; }, Error: FakeCfError, ErrorCode: { invalidValue: "invalidValue", notAvailable: "notAvailable" } };
  window.Excel = {
    run: function (a, b) { var cb = typeof a === "function" ? a : b; var ctx = new Context(); return Promise.resolve().then(function () { return cb(ctx); }); },
    CalculationType: { full: "Full", recalculate: "Recalculate" },
  };
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; if (cb) setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); },
    context: { requirements: { isSetSupported: function () { return true; } }, officeTheme: host.__fakeTheme || null, document: {} },
  };
  host.__fakeSelect = function (ref) { var a = parseRangeRef(ref); wb.active = { sheet: wb.active.sheet, row: a.r0, col: a.c0 }; wb.selection = a; wb.handlers.forEach(function (h) { try { h({}); } catch (e) {} }); redraw(); };
  host.__fakeRecalc = function () { wb.sheets.forEach(function (s) { recalc(s); }); redraw(); };
})();
