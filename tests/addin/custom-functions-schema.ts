/**
 * A JSON schema of functions.json, written from Microsoft's custom functions metadata reference
 * ("Manually create JSON metadata for custom functions", learn.microsoft.com/office/dev/add-ins/
 * excel/custom-functions-json: the functions / enums / options / parameters / result tables), and
 * the naming rules of "Custom functions naming guidelines" (custom-functions-naming) that a
 * schema cannot say (uniqueness, cell-reference look-alikes).
 *
 * Unknown properties are errors (additionalProperties: false), so a misspelt option is caught.
 */
export const DIMENSIONALITY = { enum: ["scalar", "matrix"] } as const;
export const DATA_TYPE = { enum: ["boolean", "number", "string", "any"] } as const;
const CELL_VALUE_TYPES = [
  "cellvalue",
  "booleancellvalue",
  "doublecellvalue",
  "entitycellvalue",
  "errorcellvalue",
  "linkedentitycellvalue",
  "localimagecellvalue",
  "stringcellvalue",
  "webimagecellvalue",
];

/** id: starts with a letter, at least 3 characters, only A-Z, 0-9, underscore and period. */
export const ID_PATTERN = "^[A-Za-z][A-Za-z0-9_.]{2,}$";
/** name: starts with a letter, at least 3 characters, Unicode letters (and digits), underscore, period. */
export const NAME_PATTERN = "^\\p{L}[\\p{L}\\p{N}_.]{2,}$";

export const customFunctionsSchema = {
  $id: "smm:custom-functions-metadata",
  type: "object",
  additionalProperties: false,
  required: ["functions"],
  properties: {
    $schema: { type: "string" },
    allowCustomDataForDataTypeAny: { type: "boolean" },
    allowErrorForDataTypeAny: { type: "boolean" },
    functions: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "name", "parameters", "result"],
        properties: {
          id: { type: "string", pattern: ID_PATTERN, maxLength: 128 },
          name: { type: "string", pattern: NAME_PATTERN, maxLength: 128 },
          description: { type: "string" },
          helpUrl: { type: "string", format: "uri-ish" },
          parameters: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name"],
              properties: {
                name: { type: "string", minLength: 1 },
                description: { type: "string" },
                type: DATA_TYPE,
                cellValueType: { type: "string", enum: CELL_VALUE_TYPES },
                customEnumId: { type: "string" },
                dimensionality: DIMENSIONALITY,
                optional: { type: ["boolean", "null"] },
                repeating: { type: "boolean" },
              },
              // cellValueType is a subfield of type "any"
              if: { required: ["cellValueType"] },
              then: { properties: { type: { const: "any" } }, required: ["type"] },
            },
          },
          result: {
            type: "object",
            additionalProperties: false,
            properties: { type: DATA_TYPE, dimensionality: DIMENSIONALITY },
          },
          options: {
            type: "object",
            additionalProperties: false,
            properties: {
              cancelable: { type: "boolean" },
              capturesCallingObject: { type: "boolean" },
              excludeFromAutoComplete: { type: "boolean" },
              linkedEntityLoadService: { type: "boolean" },
              requiresAddress: { type: "boolean" },
              requiresParameterAddresses: { type: "boolean" },
              requiresStreamAddress: { type: "boolean" },
              requiresStreamParameterAddresses: { type: "boolean" },
              stream: { type: "boolean" },
              volatile: { type: "boolean" },
            },
            allOf: [
              // "A function can't use both the stream and cancelable properties", nor stream and requiresAddress
              { not: { required: ["stream", "cancelable"], properties: { stream: { const: true }, cancelable: { const: true } } } },
              { not: { required: ["stream", "requiresAddress"], properties: { stream: { const: true }, requiresAddress: { const: true } } } },
              // "can't have both excludeFromAutoComplete and linkedEntityLoadService set to true"
              {
                not: {
                  required: ["excludeFromAutoComplete", "linkedEntityLoadService"],
                  properties: { excludeFromAutoComplete: { const: true }, linkedEntityLoadService: { const: true } },
                },
              },
              // the stream address options need stream
              {
                if: {
                  anyOf: [
                    { required: ["requiresStreamAddress"], properties: { requiresStreamAddress: { const: true } } },
                    { required: ["requiresStreamParameterAddresses"], properties: { requiresStreamParameterAddresses: { const: true } } },
                  ],
                },
                then: { required: ["stream"], properties: { stream: { const: true } } },
              },
            ],
          },
        },
        // requiresParameterAddresses needs a matrix result
        if: {
          required: ["options"],
          properties: { options: { required: ["requiresParameterAddresses"], properties: { requiresParameterAddresses: { const: true } } } },
        },
        then: { properties: { result: { required: ["dimensionality"], properties: { dimensionality: { const: "matrix" } } } } },
      },
    },
    enums: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "type", "values"],
        properties: {
          id: { type: "string", minLength: 1 },
          type: { enum: ["string", "number"] },
          values: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name"],
              properties: { name: { type: "string" }, tooltip: { type: "string" }, numberValue: { type: "number" }, stringValue: { type: "string" } },
            },
          },
        },
      },
    },
  },
} as const;

/** A1 (A1 to XFD1048576) or R1C1 (R1C1 to R1048576C16384) cell references, which a name must not look like. */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Z]{1,3})(\d+)$/i.exec(name);
  if (a1) {
    const col = [...(a1[1] as string).toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(a1[2]);
    if (col <= 16384 && row >= 1 && row <= 1048576) return true;
  }
  const rc = /^R(\d+)C(\d+)$/i.exec(name);
  return !!rc && Number(rc[1]) >= 1 && Number(rc[1]) <= 1048576 && Number(rc[2]) >= 1 && Number(rc[2]) <= 16384;
}

interface Meta {
  functions: { id: string; name: string; parameters: { name: string }[]; options?: Record<string, unknown> }[];
  enums?: { id: string }[];
}

/** The naming rules a schema cannot say: unique ids and names (case-insensitive), no cell-reference look-alikes, unique parameter names, known enum ids. */
export function namingProblems(meta: Meta): string[] {
  const out: string[] = [];
  const seen = (key: (f: Meta["functions"][number]) => string, what: string): void => {
    const s = new Set<string>();
    for (const f of meta.functions) {
      const k = key(f).toUpperCase();
      if (s.has(k)) out.push(`duplicate ${what}: ${key(f)}`);
      s.add(k);
    }
  };
  seen((f) => f.id, "id");
  seen((f) => f.name, "name");
  const enums = new Set((meta.enums ?? []).map((e) => e.id));
  for (const f of meta.functions) {
    for (const n of [f.id, f.name]) if (looksLikeCellReference(n)) out.push(`${n} looks like a cell reference`);
    const params = new Set<string>();
    for (const p of f.parameters) {
      if (params.has(p.name.toLowerCase())) out.push(`${f.id}: duplicate parameter ${p.name}`);
      params.add(p.name.toLowerCase());
      const en = (p as { customEnumId?: string }).customEnumId;
      if (en && !enums.has(en)) out.push(`${f.id}: parameter ${p.name} names an unknown enum ${en}`);
    }
  }
  return out;
}
