/**
 * DrawingML for a grid's charts in an .xlsx package (exceljs writes no charts): the chart part,
 * the drawing part that anchors it on the sheet, and the relationship/content-type entries.
 * Pure string building; the caller adds the parts to the zip. Caches hold the grid's expected
 * values so viewers that do not recalculate still draw the chart.
 */
import { a1, colLetter, isErrorValue, parseA1, parseRange, type CellValue, type ChartSpec, type Grid } from "../core/templates/grid";

export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

const PALETTE = ["8EA9DB", "F4B183", "A9D18E", "FFD966", "9DC3E6", "C9C9C9"];

export const xmlEscape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** 'Sheet name'!$B$7:$B$14 */
function absRef(sheet: string, range: string): string {
  const r = parseRange(range);
  return `'${sheet.replace(/'/g, "''")}'!$${colLetter(r.left)}$${r.top}:$${colLetter(r.right)}$${r.bottom}`;
}

/** Expected values of a one-column range, top to bottom. */
function columnValues(grid: Grid, range: string): CellValue[] {
  const r = parseRange(range);
  const out: CellValue[] = [];
  for (let row = r.top; row <= r.bottom; row++) out.push(grid.cells[a1(row, r.left)]?.value ?? null);
  return out;
}

function strCache(values: CellValue[]): string {
  const pts = values.map((v, i) => (v === null || isErrorValue(v) ? "" : `<c:pt idx="${i}"><c:v>${xmlEscape(String(v))}</c:v></c:pt>`)).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: CellValue[]): string {
  const pts = values.map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** The chart part (xl/charts/chartN.xml) for one spec of a grid. */
export function chartXml(grid: Grid, spec: ChartSpec): string {
  const cats = columnValues(grid, spec.categories);
  const series = spec.series
    .map((s, i) => {
      const color = PALETTE[i % PALETTE.length] ?? "8EA9DB";
      const fill =
        spec.kind === "line"
          ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`
          : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
      const cat = `<c:cat><c:strRef><c:f>${xmlEscape(absRef(grid.name, spec.categories))}</c:f>${strCache(cats)}</c:strRef></c:cat>`;
      const val = `<c:val><c:numRef><c:f>${xmlEscape(absRef(grid.name, s.values))}</c:f>${numCache(columnValues(grid, s.values))}</c:numRef></c:val>`;
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>${fill}${cat}${val}${spec.kind === "line" ? '<c:smooth val="0"/>' : ""}</c:ser>`;
    })
    .join("");
  const plot =
    spec.kind === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="5001"/><c:axId val="5002"/></c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>`;
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${xmlEscape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const catAx = `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${xmlEscape(spec.valueFormat ?? "General")}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part anchoring charts rId1..rIdN on the sheet (cells `from`..`to` of each spec). */
export function drawingXml(specs: readonly ChartSpec[]): string {
  const anchors = specs
    .map((s, i) => {
      const f = parseA1(s.from);
      const t = parseA1(s.to);
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${f.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${f.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${t.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${t.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors}</xdr:wsDr>`
  );
}

/** Relationships of a drawing part: rId1..rIdN -> ../charts/chart{first+i}.xml */
export function drawingRelsXml(firstChart: number, count: number): string {
  const rels = Array.from(
    { length: count },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${firstChart + i}.xml"/>`,
  ).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

/** Worksheet elements that must come after <drawing> (CT_Worksheet order). */
export const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

/** Inserts `<drawing r:id="..."/>` into a worksheet part at the place the schema wants it. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  let at = -1;
  for (const tag of AFTER_DRAWING) {
    const i = sheetXml.indexOf(tag);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) throw new Error("not a worksheet part");
  return `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
}
