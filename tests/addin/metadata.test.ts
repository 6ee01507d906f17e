/**
 * functions.json generated from src/functions/functions.ts (custom-functions-metadata's generate
 * API, the same generator the webpack plugin runs) must match the frozen contract: ids, parameter
 * names and order, optionality and result dimensionality (manifest.test.ts checks the built copy), and
 * it must be valid by Microsoft's custom functions metadata reference (a JSON schema written from
 * it, ./custom-functions-schema.ts) and naming rules.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import Ajv from "ajv";
import { contractDifferences } from "./contract";
import { customFunctionsSchema, looksLikeCellReference, namingProblems } from "./custom-functions-schema";

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");

let metadataJson = "";

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(r.errors).toEqual([]);
  metadataJson = r.metadataJson;
});

test("generated metadata matches the contract", () => {
  expect(contractDifferences(metadataJson)).toEqual([]);
});

test("the comparison catches a changed id, parameter order or dimensionality", () => {
  const meta = JSON.parse(metadataJson) as { functions: { id: string; parameters: { name: string }[]; result: { dimensionality?: string } }[] };
  const mutate = (fn: (m: typeof meta) => void): string[] => {
    const copy = JSON.parse(metadataJson) as typeof meta;
    fn(copy);
    return contractDifferences(JSON.stringify(copy));
  };
  expect(mutate((m) => void (m.functions[0]!.id = "MOMENTUM"))).not.toEqual([]);
  expect(mutate((m) => void m.functions.find((f) => f.id === "VALUE")!.parameters.reverse())).not.toEqual([]);
  expect(mutate((m) => void delete m.functions.find((f) => f.id === "SERIES")!.result.dimensionality)).not.toEqual([]);
  expect(mutate((m) => void (m.functions.find((f) => f.id === "MOM")!.result.dimensionality = "matrix"))).not.toEqual([]);
  expect(mutate((m) => void m.functions.pop())).not.toEqual([]);
});

test("autocomplete text: one description per function and parameter, no volatile functions", () => {
  const meta = JSON.parse(metadataJson) as { functions: { id: string; description: string; options?: { volatile?: boolean } }[] };
  expect(meta.functions).toHaveLength(11);
  for (const f of meta.functions) {
    expect(f.description.length).toBeLessThanOrEqual(255);
    expect(f.options?.volatile).toBeFalsy();
  }
});

describe("functions.json against Microsoft's metadata reference", () => {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true });
  ajv.addFormat("uri-ish", /^https:\/\/[^\s]+$/);
  const validate = ajv.compile(customFunctionsSchema);
  const errorsOf = (meta: unknown): string[] => (validate(meta) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`));
  const copy = (): { functions: Record<string, unknown>[] } => JSON.parse(metadataJson) as { functions: Record<string, unknown>[] };

  test("is valid by the schema and the naming rules", () => {
    const meta = JSON.parse(metadataJson) as Parameters<typeof namingProblems>[0];
    expect(errorsOf(meta)).toEqual([]);
    expect(namingProblems(meta)).toEqual([]);
  });

  test("the schema and the rules catch what the reference forbids", () => {
    const broken = (fn: (m: { functions: Record<string, unknown>[] }) => void): string[] => {
      const m = copy();
      fn(m);
      return [...errorsOf(m), ...namingProblems(m as unknown as Parameters<typeof namingProblems>[0])];
    };
    const f0 = (m: { functions: Record<string, unknown>[] }): Record<string, unknown> => m.functions[0] as Record<string, unknown>;
    expect(broken((m) => void (f0(m).id = "MO-M"))).not.toEqual([]); // id: A-Z, 0-9, _ and . only
    expect(broken((m) => void (f0(m).id = "1MOM"))).not.toEqual([]); // starts with a letter
    expect(broken((m) => void (f0(m).name = "MO"))).not.toEqual([]); // at least three characters
    expect(broken((m) => void (f0(m).name = "ABC12"))).not.toEqual([]); // a cell reference
    expect(broken((m) => void (f0(m).name = "R1C1"))).not.toEqual([]);
    expect(broken((m) => void (f0(m).id = (m.functions[1] as Record<string, unknown>).id))).not.toEqual([]); // unique ids
    expect(broken((m) => void delete f0(m).result)).not.toEqual([]); // result required
    expect(broken((m) => void (f0(m).result = { dimensionality: "vector" }))).not.toEqual([]);
    expect(broken((m) => void (f0(m).options = { volatil: true }))).not.toEqual([]); // misspelt option
    expect(broken((m) => void (f0(m).options = { stream: true, cancelable: true }))).not.toEqual([]);
    expect(broken((m) => void (f0(m).options = { requiresParameterAddresses: true }))).not.toEqual([]); // needs a matrix result
    expect(broken((m) => void ((f0(m).parameters as Record<string, unknown>[])[0] = { name: "x", type: "date" }))).not.toEqual([]);
    expect(
      broken((m) => void ((f0(m).parameters as Record<string, unknown>[])[0] = { name: "x", type: "string", cellValueType: "doublecellvalue" })),
    ).not.toEqual([]);
    expect(broken((m) => void (f0(m).helpUrl = "javascript:alert(1)"))).not.toEqual([]);
  });

  test("cell-reference look-alikes: A1 to XFD1048576 and R1C1 to R1048576C16384", () => {
    expect(["A1", "XFD1048576", "mom1", "R1C1", "R1048576C16384", "ABC12"].filter((n) => !looksLikeCellReference(n))).toEqual([]);
    expect(["MOM", "XFE1", "A0", "A1048577", "R0C1", "SERIES", "INFO"].filter((n) => looksLikeCellReference(n))).toEqual([]);
  });
});
