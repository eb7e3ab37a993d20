import { evaluateModel, parseModel } from "../../../src/engine";
import { lineAmounts, modelDoc, oneLine } from "../../helpers/models";

const samordning = modelDoc({
  parties: [
    { id: "staten", name: "Staten (Försäkringskassan)" },
    { id: "region", name: "Region Jämtland Härjedalen" },
    { id: "2303", name: "Ragunda", code: "2303" },
    { id: "2380", name: "Östersund", code: "2380" },
  ],
  groups: { kommunerna: ["2303", "2380"] },
  keys: { folkmangd: { values: { "2303": 5146, "2380": 64979 } } },
  lines: {
    bidrag: {
      label: "Medel till förbundet",
      amount: "4000000",
      split: {
        by: "shares",
        shares: {
          staten: "1/2",
          region: "1/4",
          kommunerna: { share: "1/4", split: { by: "key", key: "folkmangd" } },
        },
      },
    },
  },
});

describe("shares rule", () => {
  it("splits MODEL.md's example: half, a quarter, and a quarter by population", () => {
    expect(lineAmounts(samordning, "bidrag")).toEqual({
      staten: "2000000",
      region: "1000000",
      "2303": "73383",
      "2380": "926617",
    });
  });

  it("rounds a group as one receiver, then splits its rounded amount among its members", () => {
    const doc = oneLine(
      { by: "shares", shares: { a: "1/3", g: { share: "2/3", split: { by: "equal" } } } },
      { groups: { g: ["b", "c"] } },
      "10",
    );
    // a: 10/3 → 3; g: 20/3 → 7, then 3.5 each → b (earlier) 4, c 3. Flat thirds would give a the extra unit.
    expect(lineAmounts(doc)).toEqual({ a: "3", b: "4", c: "3" });
  });

  it("lets a group take its earliest member's position in a tie", () => {
    const doc = oneLine(
      { by: "shares", shares: { b: "1/2", g: { share: "1/2", split: { by: "equal" } } } },
      { groups: { g: ["a", "c"] } },
      "1",
    );
    expect(lineAmounts(doc)).toEqual({ a: "1", b: "0", c: "0" });
  });

  it("reads fractions, percentages, decimals and { share } objects alike", () => {
    const doc = oneLine({ by: "shares", shares: { a: "1/4", b: "25%", c: { share: 0.5 } } }, {}, "100");
    expect(lineAmounts(doc)).toEqual({ a: "25", b: "25", c: "50" });
  });

  it("gives nothing to a party that is not among the receivers", () => {
    const doc = oneLine({ by: "shares", shares: { a: "1/2", b: "1/2" } }, {}, "10");
    expect(lineAmounts(doc).c).toBe("0");
  });
});

describe("explanations", () => {
  it("keeps each part's steps, group first, when asked to explain", () => {
    const evaluation = evaluateModel(parseModel(samordning), { explain: true });
    const steps = evaluation.lines.get("bidrag")?.allocation.get("2303")?.steps ?? [];
    expect(steps.map((s) => [s.receiver, s.units])).toEqual([
      ["kommunerna", 1000000n],
      ["2303", 73383n],
    ]);
  });

  it("keeps no steps unless asked, to stay fast", () => {
    const evaluation = evaluateModel(parseModel(samordning));
    expect(evaluation.lines.get("bidrag")?.allocation.get("2303")?.steps).toEqual([]);
  });
});
