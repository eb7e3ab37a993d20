import { evaluateModel, parseModel } from "../../../src/engine";
import { modelDoc } from "../../helpers/models";

// evaluateModel's `alike`: lines written alike in another evaluation (of a
// model read from another document) are taken from it; the others are split.

const keys = (a: number) => ({ k: { values: { a, b: 2, c: 3 } } });
const lines = (amount: string) => ({
  x: { label: "X", amount: "100", split: { by: "equal" } },
  y: { label: "Y", amount, split: { by: "key", key: "k" } },
});

describe("evaluateModel with alike", () => {
  const other = evaluateModel(parseModel(modelDoc({ keys: keys(1), lines: lines("100") })));

  it("takes over a line written alike, with the values it reads alike, as the same object", () => {
    const evaluation = evaluateModel(parseModel(modelDoc({ keys: keys(1), lines: lines("300") })), {
      alike: other,
    });
    expect(evaluation.lines.get("x")).toBe(other.lines.get("x"));
    expect(evaluation.lines.get("y")).not.toBe(other.lines.get("y"));
  });

  it("splits anew a line whose key values differ, as a fresh evaluation does", () => {
    const document = modelDoc({ keys: keys(5), lines: lines("100") });
    const evaluation = evaluateModel(parseModel(document), { alike: other });
    const fresh = evaluateModel(parseModel(document));
    expect(evaluation.lines.get("x")).toBe(other.lines.get("x"));
    expect(evaluation.lines.get("y")).not.toBe(other.lines.get("y"));
    expect([...(evaluation.lines.get("y")?.allocation ?? [])].map(([p, part]) => [p, part.units])).toEqual(
      [...(fresh.lines.get("y")?.allocation ?? [])].map(([p, part]) => [p, part.units]),
    );
  });

  it("takes nothing over when explanations are asked for", () => {
    const document = modelDoc({ keys: keys(1), lines: lines("100") });
    const evaluation = evaluateModel(parseModel(document), { alike: other, explain: true });
    expect(evaluation.lines.get("x")).not.toBe(other.lines.get("x"));
  });
});
