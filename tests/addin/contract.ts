/**
 * Compares generated functions.json metadata with the contract (the core's FUNCTIONS table, which
 * mirrors ../shared/spec/functions.md). Returns one line per difference; [] when they agree.
 */
import { FUNCTIONS } from "../../src/core/query";

interface MetaParam {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
  repeating?: boolean;
}
interface MetaFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetaParam[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

export function contractDifferences(metadataJson: string): string[] {
  const out: string[] = [];
  let meta: { functions?: MetaFunction[] };
  try {
    meta = JSON.parse(metadataJson) as { functions?: MetaFunction[] };
  } catch (e) {
    return [`functions.json is not JSON: ${String(e)}`];
  }
  const fns = meta.functions ?? [];
  const byId = new Map(fns.map((f) => [f.id, f] as const));
  for (const f of fns) if (!(f.id in FUNCTIONS)) out.push(`functions.json has ${f.id}, which is not in the contract`);
  if (byId.size !== fns.length) out.push("functions.json has duplicate ids");
  for (const spec of Object.values(FUNCTIONS)) {
    const f = byId.get(spec.name);
    if (!f) {
      out.push(`${spec.name}: missing from functions.json`);
      continue;
    }
    if (f.name !== spec.name) out.push(`${spec.name}: display name is ${f.name}`);
    const got = f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`).join(", ");
    const want = spec.params.map((p) => `${p.name}${p.optional ? "?" : ""}`).join(", ");
    if (got !== want) out.push(`${spec.name}: parameters are (${got}), the contract says (${want})`);
    for (const p of f.parameters) {
      if (p.dimensionality === "matrix" || p.repeating) out.push(`${spec.name}: parameter ${p.name} must be a single value`);
      if (!p.description || p.description.length < 10) out.push(`${spec.name}: parameter ${p.name} needs a description`);
    }
    const dim = f.result?.dimensionality ?? "scalar";
    if (dim !== spec.result) out.push(`${spec.name}: result is ${dim}, the contract says ${spec.result}`);
    if (f.options?.volatile) out.push(`${spec.name}: must not be volatile`);
    if (f.options?.stream) out.push(`${spec.name}: must not be streaming`);
    if (!f.description || f.description.length < 15) out.push(`${spec.name}: needs a description for autocomplete`);
    if (!f.helpUrl || !/^https:\/\/[^\s]+#smm[a-z]+$/.test(f.helpUrl))
      out.push(`${spec.name}: helpUrl ${String(f.helpUrl)} should be https://...#smm${spec.name.toLowerCase()}`);
    else if (!f.helpUrl.endsWith(`#smm${spec.name.toLowerCase()}`)) out.push(`${spec.name}: helpUrl anchor should be #smm${spec.name.toLowerCase()}`);
  }
  return out;
}
