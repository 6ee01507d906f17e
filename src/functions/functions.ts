/**
 * The =SMM.* custom functions: one thin wrapper per contract function (../shared/spec/functions.md).
 *
 * custom-functions-metadata-plugin reads the JSDoc below to generate functions.json (ids, names,
 * parameter names/descriptions/optionality, result dimensionality) and appends the
 * CustomFunctions.associate() calls. Ids and parameter order are FROZEN: they are stored in users'
 * workbooks. tests/addin/metadata.test.ts compares them with the core's FUNCTIONS table.
 *
 * Return types are in JSDoc only (`@returns {any[][]}` is a spilled matrix): a wrapper returns the
 * value synchronously once the data is loaded and a promise before that, which TypeScript would
 * spell as a union the metadata generator cannot map. Parameters typed `unknown` reach us as Excel
 * passes them (numbers for dates, booleans, null for empty...); the core validates them.
 *
 * Help links point at the function reference the build generates (help.html, with the README);
 * `https://localhost:3000` is rewritten by the production build (ADDIN_PUBLIC_URL / SMM_HELP_URL).
 */
import { bootWithOffice } from "../runtime/office";
import { invoke } from "./invoke";

/**
 * Month-on-month % change of a product's output, as a fraction (-5.69% returns -0.0569).
 * @customfunction MOM
 * @helpurl https://localhost:3000/help.html#smmmom
 * @param product Product: catalog id, report heading or alias, e.g. "nickel", "copper-cathode", "stainless-steel:300-series".
 * @param period Month: "2025-02", "Feb 2025", 202502 or a date.
 * @param [basis] "actual" (default) or "forecast" (SMM's expectation for that month).
 * @returns {number} The MoM change as a fraction.
 */
export function MOM(product: string, period: unknown, basis?: string) {
  return invoke("MOM", [product, period, basis]);
}

/**
 * Year-on-year % change of a product's output, as a fraction (11.35% returns 0.1135).
 * @customfunction YOY
 * @helpurl https://localhost:3000/help.html#smmyoy
 * @param product Product: catalog id, report heading or alias, e.g. "nickel", "copper-cathode", "stainless-steel:300-series".
 * @param period Month: "2025-02", "Feb 2025", 202502 or a date.
 * @param [basis] "actual" (default) or "forecast" (SMM's expectation for that month).
 * @returns {number} The YoY change as a fraction.
 */
export function YOY(product: string, period: unknown, basis?: string) {
  return invoke("YOY", [product, period, basis]);
}

/**
 * Any measure of a product for a month: output, mom, yoy, mom_chg, operating_rate, capacity, ytd_output...
 * @customfunction VALUE
 * @helpurl https://localhost:3000/help.html#smmvalue
 * @param product Product: catalog id, report heading or alias, e.g. "nickel", "copper-cathode", "stainless-steel:300-series".
 * @param period Month: "2025-02", "Feb 2025", 202502 or a date.
 * @param measure Measure: "output", "mom", "yoy", "mom_chg", "yoy_chg", "ytd_output", "operating_rate", "capacity", "vs_expected_chg"...
 * @param [basis] "actual" (default) or "forecast" (SMM's expectation for that month).
 * @returns {number} The figure: % as fractions, tonnes as numbers.
 */
export function VALUE(product: string, period: unknown, measure: string, basis?: string) {
  return invoke("VALUE", [product, period, measure, basis]);
}

/**
 * The actual figure reported for a month (default measure: mom).
 * @customfunction ACTUAL
 * @helpurl https://localhost:3000/help.html#smmactual
 * @param product Product: catalog id, report heading or alias, e.g. "nickel", "copper-cathode", "stainless-steel:300-series".
 * @param period Month: "2025-02", "Feb 2025", 202502 or a date.
 * @param [measure] Measure (default "mom"): "output", "yoy", "mom_chg", "operating_rate", "capacity"...
 * @returns {number} The actual figure.
 */
export function ACTUAL(product: string, period: unknown, measure?: string) {
  return invoke("ACTUAL", [product, period, measure]);
}

/**
 * SMM's forecast for a month, published in the previous month's report (default measure: mom).
 * @customfunction FORECAST
 * @helpurl https://localhost:3000/help.html#smmforecast
 * @param product Product: catalog id, report heading or alias, e.g. "nickel", "copper-cathode", "stainless-steel:300-series".
 * @param period Month the forecast is for: "2025-03", "Mar 2025", 202503 or a date.
 * @param [measure] Measure (default "mom"): "output", "yoy", "mom_chg", "operating_rate"...
 * @returns {number} The forecast figure.
 */
export function FORECAST(product: string, period: unknown, measure?: string) {
  return invoke("FORECAST", [product, period, measure]);
}

/**
 * Actual minus forecast for a month, in the measure's units (default measure: mom).
 * @customfunction SURPRISE
 * @helpurl https://localhost:3000/help.html#smmsurprise
 * @param product Product: catalog id, report heading or alias, e.g. "nickel", "copper-cathode", "stainless-steel:300-series".
 * @param period Month: "2025-02", "Feb 2025", 202502 or a date.
 * @param [measure] Measure (default "mom"): "output", "yoy", "mom_chg", "operating_rate"...
 * @returns {number} Actual minus forecast.
 */
export function SURPRISE(product: string, period: unknown, measure?: string) {
  return invoke("SURPRISE", [product, period, measure]);
}

/**
 * Direction of output vs the previous month as text: up, down or flat, maybe followed by "slightly" or "significantly".
 * @customfunction TREND
 * @helpurl https://localhost:3000/help.html#smmtrend
 * @param product Product: catalog id, report heading or alias, e.g. "nickel", "copper-cathode", "stainless-steel:300-series".
 * @param period Month: "2025-02", "Feb 2025", 202502 or a date.
 * @param [basis] "actual" (default) or "forecast" (the direction SMM expects for that month).
 * @returns {string} "up", "down" or "flat", e.g. "down slightly".
 */
export function TREND(product: string, period: unknown, basis?: string) {
  return invoke("TREND", [product, period, basis]);
}

/**
 * A measure of a product month by month; spills rows [period, value], oldest first.
 * @customfunction SERIES
 * @helpurl https://localhost:3000/help.html#smmseries
 * @param product Product: catalog id, report heading or alias, e.g. "nickel", "copper-cathode", "stainless-steel:300-series".
 * @param measure Measure: "output", "mom", "yoy", "mom_chg", "operating_rate", "capacity"...
 * @param [from] First month (default: the earliest loaded), e.g. "2024-01".
 * @param [to] Last month (default: the latest loaded), e.g. "2025-02".
 * @param [basis] "actual" (default) or "forecast".
 * @returns {any[][]} Rows [period as YYYY-MM text, value].
 */
export function SERIES(product: string, measure: string, from?: unknown, to?: unknown, basis?: string) {
  return invoke("SERIES", [product, measure, from, to, basis]);
}

/**
 * One measure for every product in a month; spills rows [product id, product name, value].
 * @customfunction TABLE
 * @helpurl https://localhost:3000/help.html#smmtable
 * @param period Month: "2025-02", "Feb 2025", 202502 or a date.
 * @param [measure] Measure (default "mom"): "output", "yoy", "mom_chg", "operating_rate", "capacity"...
 * @param [basis] "actual" (default) or "forecast".
 * @returns {any[][]} Rows [product id, product name, value].
 */
export function TABLE(period: unknown, measure?: string, basis?: string) {
  return invoke("TABLE", [period, measure, basis]);
}

/**
 * The products you can ask about; spills rows [product id, product name, group].
 * @customfunction PRODUCTS
 * @helpurl https://localhost:3000/help.html#smmproducts
 * @returns {any[][]} Rows [product id, product name, group].
 */
export function PRODUCTS() {
  return invoke("PRODUCTS", []);
}

/**
 * Where a figure comes from (report edition, section, sentence) and whether it was reported, approximate or implied.
 * @customfunction INFO
 * @helpurl https://localhost:3000/help.html#smminfo
 * @param product Product: catalog id, report heading or alias, e.g. "nickel", "copper-cathode", "stainless-steel:300-series".
 * @param period Month: "2025-02", "Feb 2025", 202502 or a date.
 * @param [measure] Measure (default "mom"): "output", "yoy", "mom_chg", "operating_rate"...
 * @param [basis] "actual" (default) or "forecast".
 * @returns {string} The figure's source and how it was stated.
 */
export function INFO(product: string, period: unknown, measure?: string, basis?: string) {
  return invoke("INFO", [product, period, measure, basis]);
}

/**
 * What the metadata plugin's generated `CustomFunctions.associate("MOM", MOM);` lines (appended to
 * this module by its webpack loader) call: this module-scoped binding shadows the global, so they
 * reach Excel's CustomFunctions when office.js provides it, and do nothing when the page is opened
 * without office.js (a plain browser), instead of throwing "CustomFunctions is not defined".
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const CustomFunctions = {
  associate(id: string, fn: (...args: never[]) => unknown): void {
    const cf = (globalThis as { CustomFunctions?: { associate?: (id: string, fn: unknown) => void } }).CustomFunctions;
    if (cf && typeof cf.associate === "function") cf.associate(id, fn);
  },
};

// Start loading the dataset once Office has answered (no-op under jest).
bootWithOffice();
