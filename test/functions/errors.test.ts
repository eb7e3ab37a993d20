import { FunctionError, functionsFor } from "../../src/functions";

const sv = functionsFor("sv");
const en = functionsFor("en");

/** What a call throws: Excel's error value and the text beside it. */
function refusal(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof FunctionError) return { code: error.errorValue, message: error.message };
    throw error;
  }
  throw new Error("the call did not refuse");
}

describe("worksheet functions: each refusal, with Excel's error value and the place in the message", () => {
  it.each([
    [
      "text that is not a number",
      () => sv.SPLIT(10, [[1], ["sju"]]),
      "#VALUE!",
      'nycklar, rad 2: "sju" är inget tal',
    ],
    ["a blank key cell", () => sv.SPLIT(10, [[1, null]]), "#VALUE!", "nycklar, kolumn 2: cellen är tom"],
    ["an empty-text key cell", () => sv.SPLIT(10, [[1], [""]]), "#VALUE!", "nycklar, rad 2: cellen är tom"],
    [
      "a negative key",
      () =>
        sv.SPLIT(10, [
          [1, 2],
          [-3, 4],
        ]),
      "#VALUE!",
      "nycklar, rad 2, kolumn 1: -3 är negativt",
    ],
    ["a truth value as a key", () => sv.SPLIT(10, [[true]]), "#VALUE!", "nycklar: SANT är inget tal"],
    [
      "keys that add up to zero",
      () => sv.SPLIT(10, [[0], [0]]),
      "#DIV/0!",
      "nycklar: nycklarna blir tillsammans 0",
    ],
    ["votes that add up to zero", () => sv.SEATS(3, [[0], [0]]), "#DIV/0!", "röster: "],
    [
      "an amount that is not a whole number of units",
      () => sv.SPLIT(10.5, [[1]]),
      "#VALUE!",
      "belopp: 10,5 är inte ett helt antal av enheten 1",
    ],
    ["a unit of zero", () => sv.SPLIT(10, [[1]], 0), "#VALUE!", "enhet: 0 duger inte som enhet"],
    ["a unit that is no decimal", () => sv.SPLIT(10, [[1]], "1/3"), "#VALUE!", 'enhet: "1/3" duger inte'],
    [
      "an unknown method",
      () => sv.SPLIT(10, [[1]], 1, "lotteri"),
      "#VALUE!",
      'metod: "lotteri" är ingen metod',
    ],
    ["largest remainder for seats", () => sv.SEATS(3, [[1]], "largest-remainder"), "#VALUE!", "metod: "],
    [
      "a fraction of seats",
      () => sv.SEATS(2.5, [[1]]),
      "#VALUE!",
      "platser: 2,5 är inget helt antal platser",
    ],
    [
      "weights that miss 1",
      () => sv.WEIGHTED(100, [[1, 1]], [["1/2", "1/3"]]),
      "#VALUE!",
      "vikter: vikterna blir tillsammans 5/6, inte 1",
    ],
    [
      "a weight above 1",
      () => sv.WEIGHTED(100, [[1, 1]], [[2, -1]]),
      "#VALUE!",
      "vikter, kolumn 1: andelen 2 ligger inte mellan 0 och 1",
    ],
    [
      "one weight too few",
      () => sv.WEIGHTED(100, [[1, 1, 1]], [["1/2", "1/2"]]),
      "#VALUE!",
      "det finns 2 vikter för 3 nyckelkolumner",
    ],
    [
      "weights that are a block",
      () =>
        sv.WEIGHTED(
          100,
          [[1, 1]],
          [
            [0.5, 0.5],
            [0, 0],
          ],
        ),
      "#VALUE!",
      "vikter: ska vara en rad eller en kolumn",
    ],
    [
      "a weighted key that adds up to zero",
      () =>
        sv.WEIGHTED(
          100,
          [
            [1, 0],
            [1, 0],
          ],
          [[0.5, 0.5]],
        ),
      "#DIV/0!",
      "nyckelområde, kolumn 2",
    ],
    ["plan totals in a row", () => sv.PLAN([[1, 2]], [[1]]), "#VALUE!", "belopp: ska vara en kolumn"],
    [
      "a plan total that is not whole units",
      () => sv.PLAN([[1], [2.5]], [[1]]),
      "#VALUE!",
      "belopp, rad 2: 2,5 är inte ett helt antal",
    ],
    ["ragged rows", () => sv.SPLIT(10, [[1, 2], [3]]), "#VALUE!", "nycklar: raderna är olika långa"],
    [
      "an amount given as a range",
      () => sv.SPLIT([[1], [2]], [[1]]),
      "#VALUE!",
      "belopp: ska vara en enda cell",
    ],
    [
      "more than 10 000 keys",
      () =>
        sv.SPLIT(
          10,
          Array.from({ length: 10_001 }, () => [1]),
        ),
      "#NUM!",
      "nycklar: 10001 värden",
    ],
    [
      "a list of more than 10 000 keys",
      () =>
        sv.SPLIT(
          10,
          Array.from({ length: 10_001 }, () => 1),
        ),
      "#NUM!",
      "nycklar: 10001 värden",
    ],
    [
      "more than 120 periods",
      () => sv.PLAN([[1]], [Array.from({ length: 121 }, () => "1/121")]),
      "#NUM!",
      "vikter: 121 värden",
    ],
    [
      "a number of more than 40 digits",
      () => sv.SPLIT(1e300, [[1]]),
      "#NUM!",
      "belopp: 1e+300 har fler än 40 siffror",
    ],
    [
      "a weight of more than 18 digits",
      () => sv.WEIGHTED(1, [[1, 1]], [["1/1000000000000000000000", 1]]),
      "#NUM!",
      'vikter, kolumn 1: "1/1000000000000000000000" har en täljare eller nämnare med fler än 18 siffror',
    ],
    [
      "a part of more than 15 digits",
      () => sv.SPLIT(1e20, [[1], [2]]),
      "#NUM!",
      "nycklar, rad 1: 33333333333333333333 har fler siffror än Excel kan hålla exakt",
    ],
    ["a fraction over zero", () => sv.SPLIT(10, [["1/0"]]), "#VALUE!", 'nycklar: "1/0" är inget tal'],
    [
      "a number with both a comma and a point",
      () => sv.SPLIT(10, [["1.250,50"]]),
      "#VALUE!",
      'nycklar: "1.250,50" är inget tal',
    ],
  ])("refuses %s", (_, call, code, message) => {
    const { code: thrown, message: text } = refusal(call);
    expect([thrown, text]).toEqual([code, expect.stringContaining(message)]);
  });

  it("says in English what it says in Swedish, when asked", () => {
    expect(refusal(() => en.SPLIT(10, [[1], ["seven"]]))).toEqual({
      code: "#VALUE!",
      message: 'keys, row 2: "seven" is not a number',
    });
  });

  it("tells how far weights computed as =1/3 are from 1, and that text fractions are exact", () => {
    const third = 1 / 3;
    expect(refusal(() => en.WEIGHTED(90, [[1, 2, 3]], [[third, third, third]])).message).toBe(
      "weights: the weights add up to 0.999999999999999, not 1 (0.000000000000001 too little). " +
        'Weights computed as =1/3 never add up to exactly 1: type them as text, such as "1/3" or "25%", and they are exact',
    );
  });

  it("throws an Error whose name says what it is", () => {
    expect(() => sv.SPLIT(10, [[0]])).toThrow(
      expect.objectContaining({ name: "FunctionError", errorValue: "#DIV/0!" }),
    );
  });
});
