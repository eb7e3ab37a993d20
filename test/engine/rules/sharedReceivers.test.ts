import { evaluateScenarios } from "../../../src/engine";
import { lineAmounts, modelDoc, refusal } from "../../helpers/models";

// Shares and places are worked out once per key values and receivers and
// found again by later lines and scenarios: these check that what is found
// again is what each line would get on its own, and that a refusal is never kept.

const twoLines = (among: unknown, values: Record<string, unknown>) =>
  modelDoc({
    groups: { g: ["b", "c"] },
    keys: { k: { values } },
    lines: {
      x: { label: "X", amount: "100", split: { by: "key", key: "k", among } },
      y: { label: "Y", amount: "10", split: { by: "key", key: "k", among } },
    },
  });

describe("receivers shared by lines", () => {
  it("gives a second line over the same group and key its own split", () => {
    const doc = twoLines("g", { a: 5, b: 1, c: 3 });
    expect(lineAmounts(doc, "x")).toEqual({ a: "0", b: "25", c: "75" });
    // 2.5 and 7.5: the leftover unit goes to the larger share (ROUNDING.md)
    expect(lineAmounts(doc, "y")).toEqual({ a: "0", b: "2", c: "8" });
  });

  it("refuses a key adding up to zero over a group each time it is evaluated", () => {
    const doc = twoLines("g", { a: 5, b: 0, c: 0 });
    expect(refusal(doc).code).toBe("keySumZero");
    expect(refusal(doc).code).toBe("keySumZero");
  });

  it("splits a scenario's changed key values anew, by the new values", () => {
    const doc = {
      ...twoLines(undefined, { a: 1, b: 1, c: 2 }),
      scenarios: [{ name: "S", patch: { keys: { k: { values: { c: 6 } } } } }],
    };
    const [base, scenario] = evaluateScenarios(doc);
    expect(base?.evaluation.lines.get("x")?.allocation.get("c")?.units).toBe(50n);
    expect(scenario?.evaluation.lines.get("x")?.allocation.get("c")?.units).toBe(75n);
  });
});
