import { evaluateModel, parseModel } from "../../../src/engine";
import { lineAmounts, modelDoc, oneLine, refusal } from "../../helpers/models";

/** 400 each first, the rest 1 : 1 : 4; last year a 1 000, b 700, c 1 500. */
function finsam(bounds: Record<string, unknown>, rest: Record<string, unknown> = {}, amount = "3000") {
  return oneLine(
    {
      by: "fixed",
      amounts: { a: "400", b: "400", c: "400" },
      rest: { by: "key", key: "k", ...rest },
      ...bounds,
    },
    {
      keys: {
        k: { values: { a: 1, b: 1, c: 4 } },
        fjol: { values: { a: 1000, b: 700, c: 1500 } },
      },
    },
    amount,
  );
}

const TEN_PERCENT = { maxDecrease: { from: "fjol", percent: "10%" } };

function heldOf(document: unknown, party: string) {
  return evaluateModel(parseModel(document)).lines.get("x")?.allocation.get(party)?.held;
}

describe("bounds on a fixed rule with a rest: the whole amount", () => {
  it("splits as without bounds when none binds", () => {
    // Without bounds: a 400 + 300, b 400 + 300, c 400 + 1 200.
    expect(lineAmounts(finsam({ min: "600" }))).toEqual({ a: "700", b: "700", c: "1600" });
  });

  it("holds a party at 90 % of last year's whole amount, not of last year's rest", () => {
    // a would get 700, below 900; held there, b and c share the 1 300 left of the rest 1 : 4.
    expect(lineAmounts(finsam(TEN_PERCENT))).toEqual({ a: "900", b: "660", c: "1440" });
  });

  it("says who was held, at which bound, and what the rule would have given it with no bounds", () => {
    const held = heldOf(finsam(TEN_PERCENT), "a");
    expect(held).toMatchObject({ rule: "lines.x.split", side: "min", source: "maxDecrease", bound: 900n });
    // With no bounds: 400 + 1 800 / 6.
    expect(held?.free.toString()).toBe("700");
    expect(heldOf(finsam(TEN_PERCENT), "b")).toBeUndefined();
  });

  it("holds a party at its maximum whole amount", () => {
    // c would get 1 600; held at 1 500, a and b share the 700 left of the rest.
    expect(lineAmounts(finsam({ max: "1500" }))).toEqual({ a: "750", b: "750", c: "1500" });
    expect(heldOf(finsam({ max: "1500" }), "c")).toMatchObject({ side: "max", source: "max", bound: 1500n });
  });

  it("names min as the source when a party's own minimum is above last year's floor", () => {
    expect(heldOf(finsam({ min: { a: "950" }, ...TEN_PERCENT }), "a")).toMatchObject({
      source: "min",
      bound: 950n,
    });
  });

  it("rounds a minimum up and a maximum down to whole units before applying them", () => {
    // min 900.2 → 901: a held at 901; max 1439.9 → 1439 holds c, which would get 1 439.2 after a.
    expect(lineAmounts(finsam({ min: { a: "900.2" }, max: { c: "1439.9" } }))).toEqual({
      a: "901",
      b: "660",
      c: "1439",
    });
  });

  it("lets a party outside the rest meet its bounds with its fixed amount alone", () => {
    const doc = finsam({ min: "400", max: "2000" }, { among: ["a", "b"] });
    expect(lineAmounts(doc)).toEqual({ a: "1300", b: "1300", c: "400" });
  });

  it("counts indexed fixed amounts at their rounded value", () => {
    // 1 × ½ three times is 1.5, rounded to 2 and split 1, 1, 0: c's fixed amount is 0, a's is 1.
    const doc = (bounds: Record<string, unknown>) =>
      oneLine(
        {
          by: "fixed",
          amounts: { from: "fjol", factor: "0.5" },
          rest: { by: "equal", among: ["a", "b"] },
          ...bounds,
        },
        { keys: { fjol: { values: { a: 1, b: 1, c: 1 } } } },
      );
    expect(lineAmounts(doc({ max: { c: "0" } }))).toEqual({ a: "50", b: "50", c: "0" });
    expect(lineAmounts(doc({ min: { a: "50", c: "0" } }))).toEqual({ a: "50", b: "50", c: "0" });
    expect(refusal(doc({ min: { c: "1" } })).path).toBe("lines.x.split.min");
  });
});

describe("bounds on a fixed rule with a rest: refusals", () => {
  it("refuses bounds on both the fixed rule and its rest, at the rest's bound", () => {
    expect(refusal(finsam(TEN_PERCENT, { max: "2000" })).path).toBe("lines.x.split.rest.max");
    expect(refusal(finsam({ max: "2000" }, { min: "1" })).path).toBe("lines.x.split.rest.min");
    expect(refusal(finsam({ min: "1" }, TEN_PERCENT)).path).toBe("lines.x.split.rest.maxDecrease");
  });

  it("names the rest's first bound in the order min, max, maxDecrease", () => {
    expect(refusal(finsam({ min: "1" }, { ...TEN_PERCENT, max: "2000", min: "1" })).path).toBe(
      "lines.x.split.rest.min",
    );
  });

  it("refuses a rest of another kind, at the rest", () => {
    const shares = { by: "shares", shares: { a: "1/2", b: "1/2" } };
    const doc = oneLine({ by: "fixed", amounts: { a: "10" }, rest: shares, min: "5" });
    expect(refusal(doc).message).toBe(
      'lines.x.split.rest: med gränser på regeln "fixed" måste resten fördelas efter nyckel, lika delar eller vikter, inte efter "shares"',
    );
    const fixedRest = { by: "fixed", amounts: { b: "10" }, rest: { by: "equal" }, max: "90" };
    expect(refusal(oneLine({ by: "fixed", amounts: { a: "10" }, rest: fixedRest, min: "5" })).path).toBe(
      "lines.x.split.rest",
    );
  });

  it("refuses bounds on a fixed rule without a rest, at the bound", () => {
    const doc = modelDoc({
      lines: { x: { label: "X", split: { by: "fixed", amounts: { a: "5" }, ...TEN_PERCENT } } },
    });
    expect(refusal({ ...doc, keys: { fjol: { values: { a: 1 } } } }).path).toBe("lines.x.split.maxDecrease");
  });

  it("refuses a party outside the rest whose fixed amount is below its minimum, at min", () => {
    expect(refusal(finsam({ min: "500" }, { among: ["a", "b"] })).message).toBe(
      "lines.x.split.min: Part c får inget av resten, och dess fasta belopp 400 är lägre än dess minimum 500",
    );
  });

  it("refuses a party outside the rest whose fixed amount is above its maximum, at max", () => {
    expect(refusal(finsam({ max: { c: "399" } }, { among: ["a", "b"] })).path).toBe("lines.x.split.max");
  });

  it("refuses a party outside the rest whose fixed amount is below last year's floor, at maxDecrease", () => {
    // c's floor is 1 350, and outside the rest it has only its 400.
    expect(refusal(finsam(TEN_PERCENT, { among: ["a", "b"] })).path).toBe("lines.x.split.maxDecrease");
  });

  it("names min before maxDecrease when a party outside the rest breaks both", () => {
    expect(refusal(finsam({ min: { c: "401" }, ...TEN_PERCENT }, { among: ["a", "b"] })).path).toBe(
      "lines.x.split.min",
    );
  });

  it("refuses a party in the rest whose fixed amount is above its maximum, at max", () => {
    expect(refusal(finsam({ max: { b: "399" } })).message).toBe(
      "lines.x.split.max: Part b har det fasta beloppet 400, vilket är mer än dess maximum 399",
    );
  });

  it("checks the parties in the model's order: the first party that breaks a bound is named", () => {
    // a (in the rest) is above its maximum; c (outside it) is below its minimum: a comes first.
    const doc = finsam({ max: { a: "399" }, min: { c: "500" } }, { among: ["a", "b"] });
    expect(refusal(doc).path).toBe("lines.x.split.max");
  });

  it("checks every fixed amount against its bounds before the bounds against each other", () => {
    // a's minimum is above its maximum, but c, outside the rest, is below its minimum: c is named.
    const doc = finsam({ min: { a: "900", c: "500" }, max: { a: "800" } }, { among: ["a", "b"] });
    expect(refusal(doc).path).toBe("lines.x.split.min");
  });

  it("refuses a party in the rest whose minimum is above its maximum, at max", () => {
    expect(refusal(finsam({ min: { a: "900" }, max: { a: "800" } })).message).toBe(
      "lines.x.split.max: Part a har minimum 900, vilket är mer än maximum 800",
    );
  });

  it("names the first party in the model's order whose minimum is above its maximum, whatever the rest's order", () => {
    const doc = finsam(
      { min: { a: "900", b: "900" }, max: { a: "800", b: "800" } },
      { among: ["c", "b", "a"] },
    );
    const error = refusal(doc);
    // The path and the party named, in whichever language the words are.
    expect([error.path, error.message.includes("Part a"), error.message.includes("Part b")]).toEqual([
      "lines.x.split.max",
      true,
      false,
    ]);
  });

  it("refuses minimums that add up to more than there is, at min", () => {
    // Whole minimums 1 100 each: 700 each from the rest of 1 800.
    expect(refusal(finsam({ min: "1100" })).message).toBe(
      "lines.x.split.min: minimibeloppen blir tillsammans 2\u00a0100, mer än de 1\u00a0800 som finns att fördela",
    );
  });

  it("refuses minimums for some parties that add up to more than there is, naming whose they are", () => {
    // From the rest of 1 800: a at least 1 100, b at least 800, and c, with no minimum, at least 0.
    expect(refusal(finsam({ min: { a: "1500", b: "1200" } })).message).toBe(
      "lines.x.split.min: minimibeloppen för Part a, Part b blir tillsammans 1\u00a0900, mer än de 1\u00a0800 som finns att fördela",
    );
  });

  it("refuses last year's floors that add up to more than there is, at maxDecrease", () => {
    expect(refusal(finsam(TEN_PERCENT, {}, "2500")).path).toBe("lines.x.split.maxDecrease");
  });

  it("refuses maximums that add up to less than there is, at max", () => {
    expect(refusal(finsam({ max: "800" })).message).toBe(
      "lines.x.split.max: maxbeloppen blir tillsammans 1\u00a0200, mindre än de 1\u00a0800 som finns att fördela",
    );
  });

  it("refuses a bound on a party that is neither fixed nor in the rest, at its entry", () => {
    const doc = oneLine({
      by: "fixed",
      amounts: { a: "10" },
      rest: { by: "equal", among: ["a", "b"] },
      min: { c: "1" },
    });
    expect(refusal(doc).path).toBe("lines.x.split.min.c");
  });

  it("refuses a party of the rule with no value in the maxDecrease key, at the key's value", () => {
    const doc = finsam(TEN_PERCENT);
    const keys = { k: { values: { a: 1, b: 1, c: 4 } }, fjol: { values: { a: 1000, b: 700 } } };
    expect(refusal({ ...doc, keys }).path).toBe("keys.fjol.values.c");
  });
});
