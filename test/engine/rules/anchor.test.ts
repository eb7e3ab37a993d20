import { lineAmounts, modelDoc, refusal, results } from "../../helpers/models";

const anchored = (anchor: unknown, shares: Record<string, unknown> = { a: "1/2", b: "1/4", c: "1/4" }) =>
  modelDoc({ lines: { x: { label: "X", anchor, split: { by: "shares", shares } } } });

describe("anchor", () => {
  it("solves the total that gives the anchored party exactly its amount", () => {
    const doc = anchored({ party: "a", amount: "2000000" });
    expect(results(doc)[0]?.lines.x?.amount).toBe("4000000");
    expect(lineAmounts(doc)).toEqual({ a: "2000000", b: "1000000", c: "1000000" });
  });

  it("refuses a solved total that is not a whole multiple of the unit", () => {
    const error = refusal(anchored({ party: "a", amount: "100" }, { a: "3/7", b: "4/7" }));
    expect(error.message).toBe(
      "lines.x.anchor: summan som ger Part a exakt 100 skulle bli 233,333333, vilket inte är en hel multipel av avrundningsenheten 1",
    );
  });

  it("refuses an anchor on a party with no share of its own in the line", () => {
    expect(refusal(anchored({ party: "c", amount: "100" }, { a: "1/2", b: "1/2" })).path).toBe(
      "lines.x.anchor.party",
    );
  });

  it("refuses an anchor on a party whose share is 0", () => {
    expect(refusal(anchored({ party: "c", amount: "100" }, { a: "1/2", b: "1/2", c: "0" })).path).toBe(
      "lines.x.anchor.party",
    );
  });

  it("refuses an anchor on a line that is not split by shares", () => {
    const doc = modelDoc({
      lines: { x: { label: "X", anchor: { party: "a", amount: "10" }, split: { by: "equal" } } },
    });
    expect(refusal(doc).path).toBe("lines.x.anchor.party");
  });

  it("refuses a line with both an amount and an anchor", () => {
    const doc = modelDoc({
      lines: {
        x: {
          label: "X",
          amount: "10",
          anchor: { party: "a", amount: "5" },
          split: { by: "shares", shares: { a: "1/2", b: "1/2" } },
        },
      },
    });
    expect(refusal(doc).path).toBe("lines.x");
  });
});
