import { lineAmounts, oneLine, refusal } from "../../helpers/models";

const key = (values: Record<string, unknown>) => ({ keys: { k: { values } } });

describe("key rule", () => {
  it("splits in proportion to the key among the parties that have a value in it", () => {
    expect(lineAmounts(oneLine({ by: "key", key: "k" }, key({ a: 1, b: "3" })))).toEqual({
      a: "25",
      b: "75",
      c: "0",
    });
  });

  it("splits among the parties named in among", () => {
    expect(
      lineAmounts(oneLine({ by: "key", key: "k", among: ["b", "c"] }, key({ a: 1, b: 1, c: 3 }))),
    ).toEqual({ a: "0", b: "25", c: "75" });
  });

  it("splits among a group's members when among names the group", () => {
    const doc = oneLine(
      { by: "key", key: "k", among: "g" },
      { ...key({ a: 5, b: 1, c: 1 }), groups: { g: ["b", "c"] } },
    );
    expect(lineAmounts(doc)).toEqual({ a: "0", b: "50", c: "50" });
  });

  it("keeps exact decimals in key values", () => {
    expect(lineAmounts(oneLine({ by: "key", key: "k" }, key({ a: "0.1", b: "0.2", c: "0.7" })))).toEqual({
      a: "10",
      b: "20",
      c: "70",
    });
  });
});

describe("equal rule", () => {
  it("splits into equal parts among all parties", () => {
    expect(lineAmounts(oneLine({ by: "equal" }))).toEqual({ a: "34", b: "33", c: "33" });
  });

  it("splits into equal parts among the named parties", () => {
    expect(lineAmounts(oneLine({ by: "equal", among: ["a", "c"] }))).toEqual({ a: "50", b: "0", c: "50" });
  });
});

describe("weights rule", () => {
  it("makes a composite key of equal parts and a key", () => {
    const doc = oneLine(
      { by: "weights", among: ["a", "b"], weights: { equal: "30%", k: "70%" } },
      key({ a: 1, b: 3 }),
      "1000",
    );
    // a: 300/2 + 700 × 1/4 = 325; b: 150 + 525 = 675
    expect(lineAmounts(doc)).toEqual({ a: "325", b: "675", c: "0" });
  });

  it("rounds once on the composite share", () => {
    const doc = oneLine(
      { by: "weights", among: ["a", "b"], weights: { equal: "1/2", k: "1/2" } },
      key({ a: 1, b: 2 }),
      "5",
    );
    // a: 5 × (1/4 + 1/6) = 25/12 ≈ 2.08; b: 35/12 ≈ 2.92
    expect(lineAmounts(doc)).toEqual({ a: "2", b: "3", c: "0" });
  });

  it("splits among all parties when among is left out", () => {
    const doc = oneLine(
      { by: "weights", weights: { equal: "1/2", k: "1/2" } },
      key({ a: 0, b: 0, c: 1 }),
      "60",
    );
    expect(lineAmounts(doc)).toEqual({ a: "10", b: "10", c: "40" });
  });

  it("refuses a receiver with no value in a weighted key", () => {
    const error = refusal(
      oneLine({ by: "weights", weights: { equal: "1/2", k: "1/2" } }, key({ a: 1, b: 1 })),
    );
    expect(error.path).toBe("keys.k.values.c");
  });
});
