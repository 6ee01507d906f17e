/**
 * The templates' look (number formats, colours, the header style) on the one grid model
 * (core/grid.ts), which this module re-exports for the template builders.
 */
import { NUMBER_FORMATS } from "../measures";
import type { CellStyle } from "../grid";

export * from "../grid";
// --------------------------------------------------------------------------------- shared look

/** The number formats (the measures' formats come from ../measures.ts). */
export const FMT = NUMBER_FORMATS;

export const COLORS = {
  titleFill: "#1F3864",
  titleFont: "#FFFFFF",
  headerFill: "#D9E1F2",
  groupFill: "#EDEDED",
  subtle: "#7F7F7F",
  missFill: "#FCE4E4",
  missFont: "#9C0006",
  hitFont: "#006100",
  upFont: "#006100",
  downFont: "#9C0006",
} as const;

export const HEADER_STYLE: CellStyle = { bold: true, fill: COLORS.headerFill, borderBottom: true, wrap: true, align: "center" };
