/**
 * Requirement sets. The manifest requires ExcelApi EXCEL_API_MIN (manifest.xml, <Set
 * Name="ExcelApi">): every Excel API member src/ uses above it is called only behind
 * `supportsExcelApi(version)` (Office.context.requirements.isSetSupported), because office.js
 * defines every member on every host and an older host fails the sync with ApiNotFound: a
 * `typeof` test is always true. tests/addin/requirement-sets.test.ts checks both against the
 * `[Api set: ExcelApi x.y]` tags of @types/office-js.
 */

/** What the add-in needs without checks: 1.7 (Workbook.getActiveCell, NamedItem.formula). */
export const EXCEL_API_MIN = "1.7";

/** Whether this Excel supports ExcelApi `version` (false outside Office). */
export function supportsExcelApi(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}
