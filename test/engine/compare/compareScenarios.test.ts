import { compareScenarios, comparisonDocument, Rational, UnknownScenarioError } from "../../../src/engine";
import { readFileSync } from "node:fs";
import { modelDoc } from "../../helpers/models";

const withScenario = (patch: Record<string, unknown>, fields: Record<string, unknown> = {}) =>
  modelDoc({
    keys: { folkmangd: { unit: "invånare", values: { a: 100, b: 200, c: 700 } } },
    lines: { x: { label: "X", amount: "1000", split: { by: "key", key: "folkmangd" } } },
    scenarios: [{ name: "B", patch }],
    ...fields,
  });

const party = (document: unknown, id: string) =>
  comparisonDocument(compareScenarios(document, null, "B"), null, "B").parties.find((p) => p.id === id);

describe("comparing a scenario with the base model", () => {
  it("puts a changed line amount under amounts", () => {
    const c = party(withScenario({ lines: { x: { amount: "2000" } } }), "c");
    expect(c?.difference).toBe("700");
    expect(c?.causes).toEqual({ amounts: "700", keys: "0", other: "0", rounding: "0" });
  });

  it("puts changed key values under keys", () => {
    const c = party(withScenario({ keys: { folkmangd: { values: { c: 600, b: 300 } } } }), "c");
    expect(c?.causes).toEqual({ amounts: "0", keys: "-100", other: "0", rounding: "0" });
  });

  it("puts a changed rule under everything else", () => {
    const c = party(withScenario({ lines: { x: { split: { by: "equal", key: null } } } }), "c");
    expect(c?.difference).toBe("-367");
    expect(c?.exactCauses.other).toBe("-366.666667");
    expect(c?.exactCauses.rounding).toBe("-0.333333");
  });

  it("measures the causes in order: amounts first, then keys on the new amounts", () => {
    const c = party(
      withScenario({ lines: { x: { amount: "2000" } }, keys: { folkmangd: { values: { c: 600, b: 300 } } } }),
      "c",
    );
    expect(c?.causes).toEqual({ amounts: "700", keys: "-200", other: "0", rounding: "0" });
  });

  it("gives the difference in per cent and per inhabitant", () => {
    const b = party(withScenario({ lines: { x: { amount: "2000" } } }), "b");
    expect([b?.difference, b?.percent, b?.perInhabitant]).toEqual(["200", "100.00", "1.00"]);
  });

  it("has no per cent for a party that paid nothing before", () => {
    const document = withScenario({ keys: { folkmangd: { values: { a: 0 } } } }, {});
    const reversed = comparisonDocument(compareScenarios(document, "B", null), "B", null);
    expect(reversed.parties.find((p) => p.id === "a")?.percent).toBeNull();
  });

  it("says when a step could not be measured apart, and counts it with everything else", () => {
    // B's key lacks c, which A's rule names: B's key values cannot be put on A's model
    const document = withScenario(
      {
        keys: { folkmangd: { values: { c: null } } },
        lines: { x: { split: { among: ["a", "b"] } } },
      },
      {
        lines: {
          x: { label: "X", amount: "1000", split: { by: "key", key: "folkmangd", among: ["a", "b", "c"] } },
        },
      },
    );
    const result = comparisonDocument(compareScenarios(document, null, "B"), null, "B");
    expect(result.merged).toEqual([
      {
        cause: "keys",
        into: "other",
        refusal: expect.objectContaining({ path: "keys.folkmangd.values.c" }) as unknown,
      },
    ]);
    expect(result.parties.find((p) => p.id === "c")?.causes.other).toBe("-700");
  });

  it("compares any two scenarios, either way round", () => {
    const document = withScenario({ lines: { x: { amount: "2000" } } });
    const there = compareScenarios(document, null, "B").total.difference;
    const back = compareScenarios(document, "B", null).total.difference;
    expect(back.equals(there.neg())).toBe(true);
    expect(there.equals(Rational.of(1000n))).toBe(true);
  });

  it("refuses a scenario name the model does not have, naming those it has", () => {
    expect(() => compareScenarios(withScenario({}), null, "C")).toThrow(UnknownScenarioError);
    expect(() => compareScenarios(withScenario({}), null, "C")).toThrow(/modellen har "B"/);
  });
});

describe("the tourism case: the proposal against 'same as last year'", () => {
  const document = JSON.parse(readFileSync("examples/turism.json", "utf8")) as unknown;
  const result = comparisonDocument(
    compareScenarios(document, "Samma som i fjol", null),
    "Samma som i fjol",
    null,
  );

  it("has every party, with causes that add up to each difference", () => {
    expect(result.parties.map((p) => p.id)).toEqual(
      (document as { parties: { id: string }[] }).parties.map((p) => p.id),
    );
    for (const p of result.parties) {
      const causes = Object.values(p.causes).reduce((s, v) => s + Number(v), 0);
      expect(causes).toBe(Number(p.difference));
    }
  });

  it("says that the changed total could not be put on last year's fixed amounts", () => {
    expect(result.merged.map((m) => m.cause)).toContain("amounts");
  });
});
