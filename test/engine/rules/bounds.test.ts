import fc from "fast-check";
import { evaluateModel, parseModel, Rational, type Step } from "../../../src/engine";
import { lineAmounts, oneLine, parties, refusal } from "../../helpers/models";

const key = (values: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  keys: { k: { values }, ...more },
});

describe("bounds", () => {
  it("holds receivers at their minimum and shares the rest in proportion", () => {
    const doc = oneLine({ by: "key", key: "k", min: "20" }, key({ a: 1, b: 1, c: 8 }));
    expect(lineAmounts(doc)).toEqual({ a: "20", b: "20", c: "60" });
  });

  it("holds receivers at their maximum and shares the rest in proportion", () => {
    const doc = oneLine({ by: "key", key: "k", max: "50" }, key({ a: 1, b: 1, c: 8 }));
    expect(lineAmounts(doc)).toEqual({ a: "25", b: "25", c: "50" });
  });

  it("bounds named parties only", () => {
    const doc = oneLine({ by: "key", key: "k", min: { a: "30" } }, key({ a: 1, b: 1, c: 2 }));
    // a held at 30; b and c share 70 as 1 : 2
    expect(lineAmounts(doc)).toEqual({ a: "30", b: "23", c: "47" });
  });

  it("limits a decrease against last year's amounts", () => {
    const doc = oneLine(
      { by: "key", key: "k", among: ["a", "b"], maxDecrease: { from: "fjol", percent: "10%" } },
      key({ a: 1, b: 9 }, { fjol: { values: { a: 50, b: 50 } } }),
    );
    expect(lineAmounts(doc)).toEqual({ a: "45", b: "55", c: "0" });
  });

  it("rounds a minimum up and a maximum down to whole units", () => {
    const doc = oneLine({ by: "key", key: "k", min: "20.2", max: "59.9" }, key({ a: 1, b: 1, c: 8 }));
    // min → 21, max → 59: a and b are held at 21 (20.2 would not be whole), so c gets 58, under its 59
    expect(lineAmounts(doc)).toEqual({ a: "21", b: "21", c: "58" });
  });

  it("refuses minimums that add up to more than the amount", () => {
    expect(refusal(oneLine({ by: "equal", min: "40" })).message).toBe(
      "lines.x.split.min: minimibeloppen blir tillsammans 120, mer än de 100 som finns att fördela",
    );
  });

  it("refuses minimums for some receivers that add up to more than the amount, naming whose they are", () => {
    // c has no minimum, so it would have to receive −10 for a and b to keep theirs.
    const error = refusal(
      oneLine({ by: "key", key: "k", min: { a: "60", b: "50" } }, key({ a: 1, b: 1, c: 1 })),
    );
    expect(error.message).toBe(
      "lines.x.split.min: minimibeloppen för Part a, Part b blir tillsammans 110, mer än de 100 som finns att fördela",
    );
    expect(error.messageIn("en")).toBe(
      "lines.x.split.min: the minimums of Part a, Part b add up to 110, more than the 100 there is to split",
    );
  });

  it("names at most five parties whose minimums cannot hold, and counts the others", () => {
    const six = ["a", "b", "c", "d", "e", "f"];
    const doc = oneLine(
      { by: "equal", min: Object.fromEntries(six.map((id) => [id, "20"])) },
      { parties: parties(...six, "g") },
    );
    expect(refusal(doc).messageIn("en")).toBe(
      "lines.x.split.min: the minimums of Part a, Part b, Part c, Part d, Part e and 1 more add up to 120, more than the 100 there is to split",
    );
  });

  it("gives receivers without a minimum what the minimums leave, down to 0", () => {
    const doc = oneLine({ by: "key", key: "k", min: { a: "60", b: "40" } }, key({ a: 1, b: 1, c: 1 }));
    expect(lineAmounts(doc)).toEqual({ a: "60", b: "40", c: "0" });
  });

  it("lets minimums for some receivers of a negative amount hold: the others are not bounded below", () => {
    const doc = oneLine({ by: "equal", min: { a: "-20" } }, {}, "-100");
    expect(lineAmounts(doc)).toEqual({ a: "-20", b: "-40", c: "-40" });
  });

  it("refuses maximums for some receivers of a negative amount that add up to less than it: the others get no more than 0", () => {
    // The mirror of minimums for some receivers of a positive amount: b and c would have to receive +10 each.
    const error = refusal(oneLine({ by: "equal", max: { a: "-120" } }, {}, "-100"));
    expect([error.path, error.messageIn("en")]).toEqual([
      "lines.x.split.max",
      "lines.x.split.max: the maximums of Part a add up to -120, less than the -100 there is to split",
    ]);
  });

  it("lets maximums for some receivers of a negative amount hold when they can", () => {
    expect(lineAmounts(oneLine({ by: "equal", max: { a: "-20" } }, {}, "-100"))).toEqual({
      a: "-34",
      b: "-33",
      c: "-33",
    });
  });

  it("refuses maximums for every receiver, one by one, that add up to less than the amount", () => {
    const doc = oneLine({ by: "equal", max: { a: "30", b: "30", c: "30" } });
    expect(refusal(doc).message).toBe(
      "lines.x.split.max: maxbeloppen blir tillsammans 90, mindre än de 100 som finns att fördela",
    );
  });

  it("counts a receiver with no share and no maximum at 0 among the maximums", () => {
    const doc = oneLine({ by: "key", key: "k", max: { a: "30", b: "30" } }, key({ a: 1, b: 1, c: 0 }));
    expect(refusal(doc).path).toBe("lines.x.split.max");
  });

  it("does not refuse maximums for only some receivers: the others take the rest", () => {
    const doc = oneLine({ by: "equal", max: { a: "10", b: "10" } });
    expect(lineAmounts(doc)).toEqual({ a: "10", b: "10", c: "80" });
  });

  it("refuses maximums that add up to less than the amount", () => {
    expect(refusal(oneLine({ by: "equal", max: "30" })).message).toBe(
      "lines.x.split.max: maxbeloppen blir tillsammans 90, mindre än de 100 som finns att fördela",
    );
  });

  it("names maxDecrease when its minimums cannot hold", () => {
    const doc = oneLine(
      { by: "equal", maxDecrease: { from: "fjol", percent: "0%" } },
      { keys: { fjol: { values: { a: 50, b: 50, c: 50 } } } },
    );
    expect(refusal(doc).path).toBe("lines.x.split.maxDecrease");
  });

  it("refuses a minimum above a maximum", () => {
    expect(refusal(oneLine({ by: "equal", min: { a: "40" }, max: "30" })).message).toBe(
      "lines.x.split.max: Part a har minimum 40, vilket är mer än maximum 30",
    );
  });

  it("keeps a maximum when D'Hondt rounds the bounded amounts", () => {
    // Exact: a held at 5, b and c 2.5 each. D'Hondt alone would give a its sixth unit (5/6 against 2.5/3, a tie won by the larger share).
    const doc = oneLine(
      { by: "key", key: "k", max: { a: "5" } },
      { ...key({ a: 8, b: 1, c: 1 }), rounding: { unit: "1", method: "dhondt" } },
      "10",
    );
    expect(lineAmounts(doc)).toEqual({ a: "5", b: "3", c: "2" });
  });

  it("keeps a minimum when Sainte-Laguë rounds the bounded amounts", () => {
    // Exact: a held at 60, b 20, c 20. Sainte-Laguë on 60, 20, 20 with 100 units gives exactly those.
    const doc = oneLine(
      { by: "key", key: "k", min: { a: "60" } },
      { ...key({ a: 1, b: 1, c: 1 }), rounding: { unit: "1", method: "sainte-lague" } },
    );
    expect(lineAmounts(doc)).toEqual({ a: "60", b: "20", c: "20" });
  });

  it("refuses a bound on a party that does not receive from the rule", () => {
    expect(refusal(oneLine({ by: "equal", among: ["a", "b"], min: { c: "1" } })).path).toBe(
      "lines.x.split.min.c",
    );
  });
});

/** The exact amounts of a one-level key rule, before rounding. */
function exactSteps(document: unknown): Map<string, Step> {
  const evaluation = evaluateModel(parseModel(document), { explain: true });
  const allocation = evaluation.lines.get("x")?.allocation ?? new Map();
  return new Map([...allocation].map(([party, part]) => [party, part.steps[0] as Step]));
}

const ids = ["a", "b", "c", "d", "e"];
const scenario = fc.record({
  values: fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: 5, maxLength: 5 })
    .filter((v) => v.some((x) => x > 0)),
  amount: fc.integer({ min: 0, max: 100_000 }),
  mins: fc.array(fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }), {
    minLength: 5,
    maxLength: 5,
  }),
  maxs: fc.array(fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }), {
    minLength: 5,
    maxLength: 5,
  }),
  method: fc.constantFrom("largest-remainder", "dhondt", "sainte-lague"),
});

/** Few units over uneven values, with bounds near the parts: where D'Hondt and Sainte-Laguë stray furthest from the quotas. */
const smallScenario = fc.record({
  values: fc
    .array(fc.integer({ min: 0, max: 20 }), { minLength: 5, maxLength: 5 })
    .filter((v) => v.some((x) => x > 0)),
  amount: fc.integer({ min: 0, max: 40 }),
  mins: fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }), {
    minLength: 5,
    maxLength: 5,
  }),
  maxs: fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), {
    minLength: 5,
    maxLength: 5,
  }),
  method: fc.constantFrom("dhondt", "sainte-lague"),
});

type Drawn = {
  values: number[];
  amount: number;
  mins: (number | undefined)[];
  maxs: (number | undefined)[];
  method?: string;
};

/** Whether drawn bounds can all hold: no minimum above its maximum, and the amount between what they add up to. */
function canHold(s: Drawn): boolean {
  // A receiver with no share gets clamp(0, min, max) whatever λ is; one with a share and no minimum gets at least 0, and one with no maximum is unbounded above.
  const atZero = (i: number) => Math.min(Math.max(0, s.mins[i] ?? 0), s.maxs[i] ?? Infinity);
  const hasShare = (i: number) => (s.values[i] ?? 0) > 0;
  const ceiling = ids.reduce((t, _, i) => t + (hasShare(i) ? (s.maxs[i] ?? Infinity) : atZero(i)), 0);
  const floor = ids.reduce((t, _, i) => t + (hasShare(i) ? (s.mins[i] ?? 0) : atZero(i)), 0);
  return (
    ids.every(
      (_, i) => s.mins[i] === undefined || s.maxs[i] === undefined || (s.mins[i] ?? 0) <= (s.maxs[i] ?? 0),
    ) &&
    floor <= s.amount &&
    ceiling >= s.amount
  );
}

/** The drawn model: one line split by key `k` within the drawn bounds. */
function drawnDoc(s: Drawn): Record<string, unknown> {
  const pick = (list: (number | undefined)[]) =>
    Object.fromEntries(ids.flatMap((id, i) => (list[i] === undefined ? [] : [[id, String(list[i])]])));
  return {
    format: "fordela/1",
    name: "p",
    parties: ids.map((id) => ({ id, name: id })),
    rounding: { unit: "1", method: s.method ?? "largest-remainder" },
    keys: { k: { values: Object.fromEntries(ids.map((id, i) => [id, s.values[i]])) } },
    lines: {
      x: {
        label: "X",
        amount: String(s.amount),
        split: { by: "key", key: "k", min: pick(s.mins), max: pick(s.maxs) },
      },
    },
  };
}

function boundedDoc(s: Drawn): Record<string, unknown> | undefined {
  return canHold(s) ? drawnDoc(s) : undefined;
}

describe("bounds: properties", () => {
  it("refuses exactly the bounds that cannot all hold, at their field", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const doc = drawnDoc(s);
        if (canHold(s)) return lineAmounts(doc).a !== undefined;
        const error = refusal(doc);
        return ["lines.x.split.min", "lines.x.split.max"].includes(error.path);
      }),
    );
  });

  it("mirrors a negative amount: its bounds mirrored, the parts negated, or refused alike", () => {
    const negate = (list: (number | undefined)[]) => list.map((v) => (v === undefined ? undefined : -v));
    fc.assert(
      fc.property(fc.oneof(scenario, smallScenario), (s) => {
        const mirrored = { ...s, amount: -s.amount, mins: negate(s.maxs), maxs: negate(s.mins) };
        if (!canHold(s)) return refusal(drawnDoc(mirrored)) !== undefined;
        const positive = lineAmounts(drawnDoc(s));
        const negative = lineAmounts(drawnDoc(mirrored));
        return ids.every((id) => Number(negative[id]) === -Number(positive[id]));
      }),
    );
  });

  it.each([
    ["amounts up to 100 000", scenario],
    ["a few units, where a divisor method's units go most unevenly", smallScenario],
  ])("every bound holds after rounding, whatever the rounding method: %s", (_, drawn) => {
    fc.assert(
      fc.property(drawn, (s) => {
        const doc = boundedDoc(s);
        if (doc === undefined) return true;
        const amounts = lineAmounts(doc);
        return ids.every((id, i) => {
          const amount = Number(amounts[id]);
          return (
            (s.mins[i] === undefined || amount >= (s.mins[i] ?? 0)) &&
            (s.maxs[i] === undefined || amount <= (s.maxs[i] ?? 0))
          );
        });
      }),
    );
  });

  it("the exact parts add up to the amount; receivers off their bounds keep their proportions; held ones sit where λ·s crosses the bound", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const doc = boundedDoc(s);
        if (doc === undefined) return true;
        const steps = exactSteps(doc);
        const exactOf = (id: string) => steps.get(id)?.exact ?? Rational.ZERO;
        const shareOf = (id: string) => steps.get(id)?.share ?? Rational.ZERO;
        const atMin = (id: string, i: number) =>
          s.mins[i] !== undefined && exactOf(id).equals(Rational.of(BigInt(s.mins[i] ?? 0)));
        const atMax = (id: string, i: number) =>
          s.maxs[i] !== undefined && exactOf(id).equals(Rational.of(BigInt(s.maxs[i] ?? 0)));
        const free = ids.filter((id, i) => !atMin(id, i) && !atMax(id, i) && shareOf(id).sign() > 0);
        const lambdas = free.map((id) => exactOf(id).div(shareOf(id)));
        const lambda = lambdas[0];
        const total = ids.reduce((t, id) => t.add(exactOf(id)), Rational.ZERO);
        const heldWhereCrossing = ids.every((id, i) => {
          if (lambda === undefined || free.includes(id) || shareOf(id).sign() === 0) return true;
          const wanted = lambda.mul(shareOf(id));
          return (
            (atMin(id, i) && wanted.compare(exactOf(id)) <= 0) ||
            (atMax(id, i) && wanted.compare(exactOf(id)) >= 0)
          );
        });
        expect(total.equals(Rational.of(BigInt(s.amount)))).toBe(true);
        expect(lambdas.every((l) => l.equals(lambda as Rational))).toBe(true);
        expect(heldWhereCrossing).toBe(true);
      }),
    );
  });
});
