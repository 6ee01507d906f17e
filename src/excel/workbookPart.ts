/**
 * The workbook's own copy of the editions imported into it: one custom XML part in the add-in's
 * namespace (ExcelApi 1.5). Office.js calls only; the format (src/runtime/persist.ts) and the
 * decisions (src/runtime/state.ts) are elsewhere.
 */

/** Reads and replaces one custom XML part (the shape of the runtime's `WorkbookStore`). */
export interface XmlPartStore {
  /** The XML of the part, or null when the workbook has none. */
  read(): Promise<string | null>;
  /** Replaces the part (null deletes it). */
  write(xml: string | null): Promise<void>;
}

const hasExcelApi = (version: string): boolean => {
  try {
    return typeof Excel !== "undefined" && typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
};

/**
 * The part in `namespace`, or null when the host has no custom XML parts (ExcelApi 1.5).
 *
 * - read: the last part in the namespace (a write adds the new part before deleting the old
 *   ones, so after an interrupted write the newest is last).
 * - write: adds the new part, syncs, then deletes the earlier ones: a failed add leaves the old
 *   part in place, never no part at all.
 */
export function workbookPartStore(namespace: string): XmlPartStore | null {
  if (!hasExcelApi("1.5")) return null;
  return {
    read: () =>
      Excel.run(async (ctx) => {
        const parts = ctx.workbook.customXmlParts.getByNamespace(namespace);
        parts.load("items/id");
        await ctx.sync();
        const last = parts.items[parts.items.length - 1];
        if (!last) return null;
        const xml = last.getXml();
        await ctx.sync();
        return xml.value;
      }),
    write: (xml) =>
      Excel.run(async (ctx) => {
        const parts = ctx.workbook.customXmlParts.getByNamespace(namespace);
        parts.load("items/id");
        await ctx.sync();
        const old = [...parts.items];
        if (xml !== null) {
          ctx.workbook.customXmlParts.add(xml);
          await ctx.sync();
        }
        for (const p of old) p.delete();
        if (old.length) await ctx.sync();
      }),
  };
}
