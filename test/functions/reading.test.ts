import { SEATS, SPLIT, WEIGHTED } from "../../src/functions";

describe("worksheet functions read Excel's numbers as the user typed them", () => {
  it("reads =0.1+0.2 as 0.3, as Excel shows it", () => {
    expect(SPLIT(0.1 + 0.2, [[1], [2]], 0.1)).toEqual([[0.1], [0.2]]);
  });

  it("reads a key of =0.1+0.2 as 0.3, so it weighs exactly as 3 against 7", () => {
    expect(SPLIT(100, [[0.1 + 0.2], [0.7]])).toEqual([[30], [70]]);
  });

  it("reads the unit 0.01 as exactly one öre", () => {
    expect(SPLIT(1, [[1], [1], [1]], 0.01)).toEqual([[0.34], [0.33], [0.33]]);
  });

  it("reads text fractions, percentages and decimal commas exactly", () => {
    expect(SPLIT("1 250,50", [["1/3"], ["25%"], ["0,25"]], "0,01")).toEqual([[500.2], [375.15], [375.15]]);
  });

  it("reads the typographic minus that Swedish formatting writes", () => {
    expect(SPLIT("\u221210", [[1], [1]])).toEqual([[-5], [-5]]);
  });

  it("takes text weights that add up to exactly 1 where doubles would not", () => {
    expect(
      WEIGHTED(
        300,
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
        [["1/3", "1/3", "1/3"]],
      ),
    ).toEqual([[100], [100], [100]]);
  });

  it("takes an omitted argument as undefined or as Excel's null alike", () => {
    expect([
      SPLIT(100, [[1], [1], [1]], undefined, undefined),
      SPLIT(100, [[1], [1], [1]], null, null),
    ]).toEqual([
      [[34], [33], [33]],
      [[34], [33], [33]],
    ]);
  });

  it("takes a single value and a 1×1 range alike", () => {
    expect(SPLIT([[10]], [[1], [1]])).toEqual(SPLIT(10, [[1], [1]]));
  });

  it("returns numbers whose shortest form is the exact amount", () => {
    const parts = SPLIT(1_000_000_000, [[1], [2], [4]], 0.01).flat();
    expect(parts.map(String)).toEqual(["142857142.86", "285714285.71", "571428571.43"]);
  });

  it("splits amounts past 2^53 öre exactly, where Excel's own formulas lose digits", () => {
    // 10^12 kronor is 10^14 öre; times keys near 10^6 the products pass 2^53
    const keys = [999_983n, 1_000_003n];
    const ore = 10n ** 14n;
    const floors = keys.map((k) => (ore * k) / (keys[0]! + keys[1]!));
    const remainders = keys.map((k, i) => ore * k - floors[i]! * (keys[0]! + keys[1]!));
    const first = remainders[0]! > remainders[1]! ? 0 : 1;
    const expected = floors.map((f, i) => (i === first ? f + 1n : f));
    expect(expected.reduce((s, p) => s + p, 0n)).toBe(ore);
    const parts = SPLIT(1e12, [[999_983], [1_000_003]], 0.01).flat();
    expect(parts.map((p) => BigInt(Math.round(p * 100)))).toEqual(expected);
  });

  it("gives seats in the shape of the votes", () => {
    expect(SEATS(10, [[34_000, 25_000, 16_000]])).toEqual([[5, 3, 2]]);
  });
});
