/**
 * functions.json generated from src/functions/functions.ts (custom-functions-metadata's generate
 * API, the same generator the webpack plugin runs) must match the frozen contract: ids, parameter
 * names and order, optionality and result dimensionality. (manifest.test.ts checks the built copy.)
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { contractDifferences } from "./contract";

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
