import { lineAmounts, modelDoc, oneLine, refusal } from "../../helpers/models";

describe("fixed rule", () => {
  it("pays the fixed amounts first and splits the rest by its rule", () => {
    const doc = oneLine({ by: "fixed", amounts: { a: "40" }, rest: { by: "equal", among: ["b", "c"] } });
    expect(lineAmounts(doc)).toEqual({ a: "40", b: "30", c: "30" });
  });

  it("adds a party's fixed amount and its share of the rest", () => {
    const doc = oneLine(
      { by: "fixed", amounts: { a: "10", b: "10", c: "10" }, rest: { by: "equal" } },
      {},
      "130",
    );
    expect(lineAmounts(doc)).toEqual({ a: "44", b: "43", c: "43" });
  });

  it("takes the line amount as the sum of the fixed amounts when there is no rest and no amount", () => {
    const doc = modelDoc({
      lines: { x: { label: "X", split: { by: "fixed", amounts: { a: "5", b: "7" } } } },
    });
    expect(lineAmounts(doc)).toEqual({ a: "5", b: "7", c: "0" });
  });

  it("reads the fixed amounts from a key (same as last year)", () => {
    const doc = modelDoc({
      keys: { fjol: { values: { a: 100, b: 200, c: 300 } } },
      lines: { x: { label: "X", split: { by: "fixed", amounts: "fjol" } } },
    });
    expect(lineAmounts(doc)).toEqual({ a: "100", b: "200", c: "300" });
  });

  it("refuses a rest that would be negative", () => {
    const error = refusal(oneLine({ by: "fixed", amounts: { a: "150" }, rest: { by: "equal" } }));
    expect(error.message).toBe(
      "lines.x.split.rest: de fasta beloppen blir tillsammans 150, mer än de 100 som finns att fördela, så resten skulle bli negativ",
    );
  });

  it("refuses a line amount that differs from the fixed amounts when there is no rest", () => {
    const error = refusal(oneLine({ by: "fixed", amounts: { a: "40" } }));
    expect(error.path).toBe("lines.x.split.amounts");
  });

  it("refuses a fixed amount that is not a whole multiple of the unit", () => {
    const error = refusal(oneLine({ by: "fixed", amounts: { a: "40.5" }, rest: { by: "equal" } }));
    expect(error.message).toBe(
      'lines.x.split.amounts.a: "40.5" är inte en hel multipel av avrundningsenheten 1',
    );
  });

  it("refuses a fixed amount from a key that is not a whole multiple of the unit", () => {
    const doc = modelDoc({
      rounding: { unit: "100" },
      keys: { fjol: { values: { a: 150 } } },
      lines: { x: { label: "X", split: { by: "fixed", amounts: "fjol" } } },
    });
    expect(refusal(doc).path).toBe("keys.fjol.values.a");
  });
});
