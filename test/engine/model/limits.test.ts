import { JsonNumber, parseJson } from "../../../src/engine";
import { writtenDigits } from "../../../src/engine/exact/writtenDigits";
import { modelDoc, oneLine, parties, refusal } from "../../helpers/models";

const many = (n: number, prefix = "p") => parties(...Array.from({ length: n }, (_, i) => `${prefix}${i}`));
const equalLines = (n: number) =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`l${i}`, { label: "L", amount: "1", split: { by: "equal" } }]),
  );

describe("writtenDigits counts a number's digits written out without an exponent", () => {
  it.each([
    ["1250.50", 6],
    ["0.5", 1],
    ["1e40", 41],
    ["1e39", 40],
    ["1e-40", 40],
    ["0000012", 2],
    ["1.5e1000000000", 1000000001],
    ["0", 1],
  ])("%s has %p", (text, digits) => {
    expect(writtenDigits(text)).toBe(digits);
  });
});

describe("MODEL.md Limits: refused naming the field", () => {
  it("refuses an amount of 41 digits", () => {
    expect(refusal(oneLine({ by: "equal" }, {}, "1".repeat(41))).path).toBe("lines.x.amount");
  });

  it("accepts an amount of 40 digits", () => {
    expect(() => refusal(oneLine({ by: "equal" }, {}, "3".repeat(40)))).toThrow("accepted");
  });

  it("refuses a JSON number that is 41 digits written out, exponent included", () => {
    const error = refusal(oneLine({ by: "equal" }, {}, new JsonNumber("3e40")));
    expect(error.message).toBe("lines.x.amount: 3e40 har fler än 40 siffror när det skrivs ut");
  });

  it("refuses 1e-41 as a key value", () => {
    const doc = oneLine({ by: "key", key: "k" }, { keys: { k: { values: { a: "1e-41", b: "1", c: "1" } } } });
    expect(refusal(doc).path).toBe("keys.k.values.a");
  });

  it("quotes at most about 80 characters of a 1 MB number, with an ellipsis", () => {
    const error = refusal(oneLine({ by: "equal" }, {}, new JsonNumber("9".repeat(1_000_000))));
    expect([error.path, error.reason.length < 140, error.reason.includes("…")]).toEqual([
      "lines.x.amount",
      true,
      true,
    ]);
  });

  it("refuses a share whose denominator has more than 18 digits in lowest terms", () => {
    const shares = { a: `1/${"1".repeat(19)}`, b: "1/2", c: "1/2" };
    expect(refusal(oneLine({ by: "shares", shares })).reason).toMatch(/fler än 18 siffror i enklaste form/);
  });

  it("accepts a share that has 18 digits once in lowest terms", () => {
    const shares = { a: `10/1${"0".repeat(18)}`, b: "1/2", c: "1/2" };
    expect(refusal(oneLine({ by: "shares", shares })).reason).not.toMatch(/digits/);
  });

  it("refuses a weight of 0.1 written with 19 decimals", () => {
    const doc = oneLine(
      { by: "weights", weights: { equal: "0.1234567890123456789", k: "0.5" } },
      { keys: { k: { values: { a: "1", b: "1", c: "1" } } } },
    );
    expect(refusal(doc).path).toBe("lines.x.split.weights.equal");
  });

  it("refuses 300 shares of 1/<100 digits> at the first share", () => {
    const ids = many(300).map((p) => p.id);
    const shares = Object.fromEntries(ids.map((id, i) => [id, `1/${String(i + 1).padStart(100, "7")}`]));
    const doc = modelDoc({
      parties: many(300),
      lines: { x: { label: "X", amount: "1", split: { by: "shares", shares } } },
    });
    expect(refusal(doc).path).toBe("lines.x.split.shares.p0");
  });

  it("refuses 300 shares of 1/<18 digits> that do not add up to 1, saying about how much they do", () => {
    const ids = many(300).map((p) => p.id);
    const shares = Object.fromEntries(ids.map((id, i) => [id, `1/${100000000000000000 + i * 7919}`]));
    const doc = modelDoc({
      parties: many(300),
      lines: { x: { label: "X", amount: "1", split: { by: "shares", shares } } },
    });
    expect(refusal(doc).message).toBe(
      "lines.x.split.shares: andelarna blir tillsammans mindre än 0,000001, inte 1",
    );
  });

  it("refuses more than 10 000 parties at parties", () => {
    expect(refusal(modelDoc({ parties: many(10_001), lines: equalLines(1) })).message).toBe(
      "parties: här finns fler än 10 000 parter (10 001)",
    );
  });

  it("refuses more than 1 000 lines at lines", () => {
    expect(refusal(modelDoc({ lines: equalLines(1_001) })).path).toBe("lines");
  });

  it("refuses more than 100 scenarios at scenarios", () => {
    const scenarios = Array.from({ length: 101 }, (_, i) => ({ name: `s${i}`, patch: {} }));
    expect(refusal(modelDoc({ lines: equalLines(1), scenarios })).path).toBe("scenarios");
  });

  it("refuses more than 120 periods at schedule.periods", () => {
    const periods = Array.from({ length: 121 }, (_, i) => ({ label: `P${i}`, due: "2025-01-01" }));
    expect(refusal(modelDoc({ lines: equalLines(1), schedule: { periods } })).path).toBe("schedule.periods");
  });

  it("refuses more than 5 000 000 party-lines, counting the scenarios", () => {
    const scenarios = Array.from({ length: 10 }, (_, i) => ({ name: `s${i}`, patch: {} }));
    const error = refusal(modelDoc({ parties: many(1_000), lines: equalLines(500), scenarios }));
    expect(error.message).toMatch(/^lines: 1 000 parter × 500 rader × 11 .* 5 500 000 partrader/);
  });

  it("reads ids that are not plain as JSON strings in brackets in a path", () => {
    const doc = parseJson(
      '{"format": "fordela/1", "name": "T", "parties": [{"id": "2380 Östersund", "name": "Ö"}],' +
        '"keys": {"folkmangd": {"values": {"2380 Östersund": "sju tusen"}}},' +
        '"lines": {"x": {"label": "X", "amount": "1", "split": {"by": "key", "key": "folkmangd"}}}}',
    );
    expect(refusal(doc).path).toBe('keys.folkmangd.values["2380 Östersund"]');
  });
});
