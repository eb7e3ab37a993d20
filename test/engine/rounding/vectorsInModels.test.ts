import { lineAmounts, modelDoc, parties } from "../../helpers/models";

/** A model of one line `x` split by key `k` over parties p0, p1, … with the given values. */
function keyModel(amount: string, values: readonly number[]): Record<string, unknown> {
  const ids = values.map((_, i) => `p${i}`);
  return modelDoc({
    parties: parties(...ids),
    keys: { k: { values: Object.fromEntries(ids.map((id, i) => [id, values[i]])) } },
    lines: { x: { label: "X", amount, split: { by: "key", key: "k" } } },
  });
}

const partsOf = (document: unknown) => Object.values(lineAmounts(document));

describe("ROUNDING.md's test vectors through a model: a key rule, read, evaluated and written as results", () => {
  it.each<[string, number[], string[]]>([
    ["10", [1, 1, 1, 3], ["2", "2", "1", "5"]],
    ["-10", [1, 1, 1, 3], ["-2", "-2", "-1", "-5"]],
    ["1003", [49, 51], ["491", "512"]],
    ["100", [1, 1, 1], ["34", "33", "33"]],
    ["7", [1, 1, 1, 1, 1, 1, 1, 1], ["1", "1", "1", "1", "1", "1", "1", "0"]],
    ["10", [0, 1, 2], ["0", "3", "7"]],
    ["10", [6, 6, 2], ["4", "4", "2"]],
    ["11", [6, 6, 2], ["5", "5", "1"]],
  ])("splits %s over the key values %p as %p", (amount, values, parts) => {
    expect(partsOf(keyModel(amount, values))).toEqual(parts);
  });

  it("splits 7 in eight equal parts by an equal rule as 1, 1, 1, 1, 1, 1, 1, 0", () => {
    const ids = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const document = modelDoc({
      parties: parties(...ids),
      lines: { x: { label: "X", amount: "7", split: { by: "equal" } } },
    });
    expect(partsOf(document)).toEqual(["1", "1", "1", "1", "1", "1", "1", "0"]);
  });
});
