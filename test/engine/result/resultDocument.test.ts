import fc from "fast-check";
import { modelDoc, oneLine, results } from "../../helpers/models";

describe("the result document", () => {
  it("writes amounts with exactly the unit's decimals", () => {
    const doc = oneLine({ by: "equal" }, { rounding: { unit: "0.01" } }, "100");
    expect(results(doc)[0]?.parties.map((p) => p.lines.x?.amount)).toEqual(["33.34", "33.33", "33.33"]);
  });

  it("writes the unit and the currency", () => {
    const result = results(
      oneLine({ by: "equal" }, { rounding: { unit: "100" }, currency: "EUR" }, "1000"),
    )[0];
    expect([result?.unit, result?.currency]).toEqual(["100", "EUR"]);
  });

  it("writes exact amounts to six decimals and the adjustment so that they add up to the amount", () => {
    const part = results(oneLine({ by: "equal" }))[0]?.parties[0]?.lines.x;
    expect(part).toEqual({ amount: "34", exact: "33.333333", adjustment: "0.666667" });
  });

  it("writes exact amounts that terminate early without trailing zeros", () => {
    expect(results(oneLine({ by: "equal", among: ["a", "b"] }, {}, "101"))[0]?.parties[0]?.lines.x).toEqual({
      amount: "51",
      exact: "50.5",
      adjustment: "0.5",
    });
  });

  it("gives every party every line, with zero where it receives nothing", () => {
    expect(results(oneLine({ by: "equal", among: ["a"] }))[0]?.parties[2]?.lines.x).toEqual({
      amount: "0",
      exact: "0",
      adjustment: "0",
    });
  });

  it("makes each party's total the sum of its lines, and the result's total the sum of the lines", () => {
    const doc = modelDoc({
      lines: {
        x: { label: "X", amount: "10", split: { by: "equal" } },
        y: { label: "Y", amount: "20", split: { by: "equal" } },
      },
      // x: 4, 3, 3; y: 7, 7, 6
    });
    const result = results(doc)[0];
    expect([result?.total, result?.parties.map((p) => p.total)]).toEqual(["30", ["11", "10", "9"]]);
  });

  it("adds up: every line's parts equal its amount; its adjustments sum to zero but for the display of exact amounts (property)", () => {
    const values = fc
      .array(fc.integer({ min: 0, max: 100_000 }), { minLength: 3, maxLength: 3 })
      .filter((v) => v.some((x) => x > 0));
    fc.assert(
      fc.property(
        values,
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.constantFrom("1", "0.01", "100"),
        (v, amount, unit) => {
          const units = unit === "100" ? amount * 100 : amount;
          const doc = oneLine(
            { by: "key", key: "k" },
            { rounding: { unit }, keys: { k: { values: { a: v[0], b: v[1], c: v[2] } } } },
            String(units),
          );
          const result = results(doc)[0];
          const parts = result?.parties.map((p) => p.lines.x) ?? [];
          const micros = (s: string | undefined) => Math.round(Number(s) * 1_000_000);
          return (
            parts.reduce((s, p) => s + micros(p?.amount), 0) === micros(result?.lines.x?.amount) &&
            Math.abs(parts.reduce((s, p) => s + micros(p?.adjustment), 0)) <= parts.length / 2
          );
        },
      ),
    );
  });
});
