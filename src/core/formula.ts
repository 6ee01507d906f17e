/**
 * A tiny reader for `=SMM.NAME(arg, ...)` formulas with literal arguments
 * (strings in double quotes with "" escapes, numbers, TRUE/FALSE, empty), as `smm eval` reads them.
 */
import type { Dataset } from "./dataset";
import type { FunctionName } from "./query";
import { callFunction, FUNCTIONS } from "./query";
import type { QueryResult } from "./types";
import { fail } from "./types";

export interface ParsedFormula {
  name: FunctionName;
  args: (string | number | boolean | null)[];
}

export function parseFormula(input: string): { ok: true; value: ParsedFormula } | { ok: false; message: string } {
  const s = input.trim();
  const m = /^=?\s*(?:SMM\s*\.\s*)?([A-Za-z]+)\s*\(([\s\S]*)\)\s*$/i.exec(s);
  if (!m) return { ok: false, message: `not an SMM formula: ${s.slice(0, 80)}` };
  const name = (m[1] ?? "").toUpperCase();
  if (!(name in FUNCTIONS)) return { ok: false, message: `unknown function SMM.${name}; functions: ${Object.keys(FUNCTIONS).join(", ")}` };
  const body = m[2] ?? "";
  const args: (string | number | boolean | null)[] = [];
  let i = 0;
  const n = body.length;
  const skip = (): void => {
    while (i < n && /\s/.test(body[i] as string)) i++;
  };
  if (body.trim() === "") return { ok: true, value: { name: name as FunctionName, args } };
  for (;;) {
    skip();
    if (body[i] === '"') {
      let v = "";
      i++;
      for (;;) {
        if (i >= n) return { ok: false, message: "unterminated string in formula" };
        const c = body[i] as string;
        if (c === '"') {
          if (body[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += c;
        i++;
      }
      args.push(v);
    } else {
      const start = i;
      while (i < n && body[i] !== ",") i++;
      const tok = body.slice(start, i).trim();
      if (tok === "") args.push(null);
      else if (/^(true|false)$/i.test(tok)) args.push(tok.toLowerCase() === "true");
      else if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(tok)) args.push(Number(tok));
      else return { ok: false, message: `argument "${tok}" is not a literal (strings in double quotes, numbers, TRUE/FALSE)` };
    }
    skip();
    if (i >= n) break;
    if (body[i] !== ",") return { ok: false, message: `unexpected "${body[i]}" in formula` };
    i++;
  }
  return { ok: true, value: { name: name as FunctionName, args } };
}

export function evaluateFormula(ds: Dataset, formula: string): QueryResult {
  const p = parseFormula(formula);
  if (!p.ok) return fail("#VALUE!", p.message);
  return callFunction(ds, p.value.name, p.value.args);
}
