import { readFileSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ROOT } from "../../helpers/cli";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: unknown;
  options?: unknown;
}
interface Metadata {
  functions: FunctionMetadata[];
}

const SOURCE = path.join(ROOT, "src", "functions", "excel", "functions.ts");
const swedish = JSON.parse(
  readFileSync(path.join(ROOT, "src", "functions", "excel", "functions.sv.json"), "utf8"),
) as Metadata;
let english: Metadata;
let errors: string[];

beforeAll(async () => {
  // What custom-functions-metadata-plugin generates in the webpack build, from the same JSDoc.
  const generated = await generateCustomFunctionsMetadata([SOURCE], false);
  errors = generated.errors;
  english = JSON.parse(generated.metadataJson) as Metadata;
});

/** What must agree between the languages: everything but the words. */
const shape = (metadata: Metadata) =>
  metadata.functions.map((f) => ({
    id: f.id,
    result: f.result,
    options: f.options,
    parameters: f.parameters.map(({ type, dimensionality, optional }) => ({
      type,
      dimensionality,
      optional,
    })),
  }));

describe("the worksheet functions' metadata", () => {
  it("is generated from the registration's JSDoc without errors", () => {
    expect(errors).toEqual([]);
  });

  it("names the functions SPLIT, WEIGHTED, SEATS, PLAN and MODEL in English", () => {
    expect(english.functions.map((f) => [f.id, f.name])).toEqual([
      ["SPLIT", "SPLIT"],
      ["WEIGHTED", "WEIGHTED"],
      ["SEATS", "SEATS"],
      ["PLAN", "PLAN"],
      ["MODEL", "MODEL"],
    ]);
  });

  it("has Swedish metadata with the same ids, parameters, results and options as the generated one", () => {
    expect(shape(swedish)).toEqual(shape(english));
  });

  it("names the functions in Swedish: BELOPP, VIKTAT, PLATSER, PLAN and MODELL", () => {
    expect(swedish.functions.map((f) => f.name)).toEqual(["BELOPP", "VIKTAT", "PLATSER", "PLAN", "MODELL"]);
  });

  it("names every Swedish parameter and describes every function and parameter in Swedish", () => {
    const english = new Set([
      "amount",
      "keys",
      "unit",
      "method",
      "key_range",
      "weights",
      "seats",
      "votes",
      "amounts",
      "model",
    ]);
    const words = swedish.functions.flatMap((f) => [
      f.description,
      ...f.parameters.map((p) => p.description),
    ]);
    expect([
      swedish.functions.flatMap((f) => f.parameters.map((p) => p.name)).filter((n) => english.has(n)),
      words.filter((w) => !w || w.length < 10),
    ]).toEqual([[], []]);
  });

  it("keeps ids and names within Excel's rules (ids A–Z, 0–9, _ and .; names letters, _ and .; three characters or more)", () => {
    const all = [...english.functions, ...swedish.functions];
    expect([
      all.filter((f) => !/^[A-Z][A-Z0-9_.]{2,}$/.test(f.id)).map((f) => f.id),
      all.filter((f) => !/^\p{L}[\p{L}_.]{2,}$/u.test(f.name)).map((f) => f.name),
    ]).toEqual([[], []]);
  });

  it("lets MODEL stream, so the cell updates when the stored model changes", () => {
    expect(english.functions.find((f) => f.id === "MODEL")?.options).toEqual({ stream: true });
  });
});
