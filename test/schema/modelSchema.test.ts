import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { EXAMPLES, ROOT } from "../helpers/cli";
import { modelDoc, oneLine } from "../helpers/models";

const schema = JSON.parse(
  readFileSync(path.join(ROOT, "schema", "fordela-model-1.schema.json"), "utf8"),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe("the shipped JSON Schema", () => {
  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith(".json")))("accepts the example %s", (name) => {
    const document: unknown = JSON.parse(readFileSync(path.join(EXAMPLES, name), "utf8"));
    expect(validate(document) ? [] : validate.errors).toEqual([]);
  });

  it.each<[string, unknown]>([
    ["a missing format", { name: "x", parties: [{ id: "a", name: "A" }], lines: {} }],
    [
      "another format",
      modelDoc({ format: "fordela/2", lines: { x: { label: "X", amount: "1", split: { by: "equal" } } } }),
    ],
    ["a bad line id", modelDoc({ lines: { "1x": { label: "X", amount: "1", split: { by: "equal" } } } })],
    ["an unknown rule", oneLine({ by: "magic" })],
    ["a misspelt bound", oneLine({ by: "equal", maxDecrese: { from: "k", percent: "10%" } })],
    [
      "both amount and anchor",
      modelDoc({
        lines: {
          x: {
            label: "X",
            amount: "1",
            anchor: { party: "a", amount: "1" },
            split: { by: "shares", shares: { a: "1" } },
          },
        },
      }),
    ],
    [
      "a key called equal",
      modelDoc({
        keys: { equal: { values: {} } },
        lines: { x: { label: "X", amount: "1", split: { by: "equal" } } },
      }),
    ],
    [
      "a negative key value",
      modelDoc({
        keys: { k: { values: { a: -1 } } },
        lines: { x: { label: "X", amount: "1", split: { by: "equal" } } },
      }),
    ],
    ["bounds on fixed amounts with no rest", oneLine({ by: "fixed", amounts: { a: "100" }, min: "50" })],
  ])("rejects %s", (_, document) => {
    expect(validate(document)).toBe(false);
  });

  it("accepts bounds on a fixed rule with a rest", () => {
    const split = {
      by: "fixed",
      amounts: { a: "40" },
      rest: { by: "equal" },
      min: "10",
      max: { b: "60" },
      maxDecrease: { from: "fjol", percent: "10%" },
    };
    expect(validate(oneLine(split)) ? [] : validate.errors).toEqual([]);
  });
});
