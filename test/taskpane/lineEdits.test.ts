import fc from "fast-check";
import { lineAmounts, modelDoc, parties } from "../helpers/models";
import {
  addLine,
  fixedSource,
  lineId,
  newRule,
  removeLine,
  restChoice,
  setField,
  setRest,
  setFixedSource,
  updateLine,
} from "../../src/taskpane/lineEdits";

const doc = {
  format: "fordela/1",
  lines: { bidrag: { label: "Bidrag", amount: "10", split: { by: "equal" } } },
};

describe("line edits: a fixed rule's rest", () => {
  const fixed = { by: "fixed", amounts: "bas" };

  it("names the rest as the editor offers it", () => {
    expect([
      restChoice(fixed),
      restChoice({ ...fixed, rest: { by: "equal" } }),
      restChoice({ ...fixed, rest: { by: "key", key: "k" } }),
      restChoice({ ...fixed, rest: { by: "weights", weights: {} } }),
    ]).toEqual(["", "equal", "key:k", "weights"]);
  });

  it("keeps a mixed key's weights when it is chosen again, and starts one from the first key", () => {
    const weights = { by: "weights", weights: { k: "1" } };
    expect(setRest({ ...fixed, rest: weights }, "weights", ["x"]).rest).toBe(weights);
    expect(setRest(fixed, "weights", ["x"]).rest).toEqual({
      by: "weights",
      weights: { equal: "30%", x: "70%" },
    });
  });

  it("keeps the bounds on whole amounts when the rest changes, and drops them with it", () => {
    const bounded = {
      ...fixed,
      rest: { by: "equal" },
      min: "1",
      max: "9",
      maxDecrease: { from: "f", percent: "5%" },
    };
    expect(setRest(bounded, "key:k", [])).toEqual({ ...bounded, rest: { by: "key", key: "k" } });
    expect(setRest(bounded, "", [])).toEqual(fixed);
  });
});

describe("line edits", () => {
  it("makes a valid, unique line id of a label", () => {
    expect([lineId("Nämndens administration", []), lineId("Bidrag", ["bidrag"]), lineId("2024", [])]).toEqual(
      ["namndens_administration", "bidrag_2", "rad_2024"],
    );
  });

  it("adds a line last, split in equal parts", () => {
    expect(Object.entries(addLine(doc, "IT-drift").lines ?? {}).at(-1)).toEqual([
      "it_drift",
      { label: "IT-drift", amount: "0", split: { by: "equal" } },
    ]);
  });

  it("changes a line in its place", () => {
    const two = addLine(doc, "B");
    expect(Object.keys(updateLine(two, "bidrag", (l) => ({ ...l, amount: "20" })).lines ?? {})).toEqual([
      "bidrag",
      "b",
    ]);
  });

  it("removes a line", () => {
    expect(removeLine(doc, "bidrag").lines).toEqual({});
  });

  it.each([
    ["key", { by: "key", key: "folkmangd" }],
    ["weights", { by: "weights", weights: { equal: "30%", folkmangd: "70%" } }],
    ["fixed", { by: "fixed", amounts: "folkmangd" }],
    ["shares", { by: "shares", shares: {} }],
  ] as const)("starts a %s rule from the model's first key", (kind, rule) => {
    expect(newRule(kind, ["folkmangd"])).toEqual(rule);
  });

  it("sets and removes a rule's field", () => {
    expect(setField(setField({ by: "equal" }, "min", "5"), "min", "")).toEqual({ by: "equal" });
  });
});

describe("a fixed rule's amounts", () => {
  const rule = { by: "fixed", amounts: "fjol" };

  it("are a key's amounts as they are when no factor is given (same as last year)", () => {
    expect(setFixedSource(rule, "fjol", "").amounts).toBe("fjol");
  });

  it("store a factor typed with a decimal comma as the model format writes it", () => {
    expect(setFixedSource(rule, "fjol", "1,032").amounts).toEqual({ from: "fjol", factor: "1.032" });
  });

  it("store a percentage typed with a space before the sign", () => {
    expect(setFixedSource(rule, "fjol", "103,2 %").amounts).toEqual({ from: "fjol", factor: "103.2%" });
  });

  it("show a stored factor with a decimal comma", () => {
    expect(fixedSource({ by: "fixed", amounts: { from: "fjol", factor: "1.032" } })).toEqual({
      key: "fjol",
      factor: "1,032",
    });
  });

  it("become per-party amounts, empty at first, when no key is chosen", () => {
    expect([setFixedSource(rule, undefined, "").amounts, fixedSource({ by: "fixed", amounts: {} })]).toEqual([
      {},
      { factor: "" },
    ]);
  });

  it("keep per-party amounts when they already are", () => {
    const given = { by: "fixed", amounts: { a: "100" } };
    expect(setFixedSource(given, undefined, "").amounts).toEqual({ a: "100" });
  });

  it("read back the factor as typed, and the engine multiplies by the number typed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 0, max: 3 }), (digits, scale) => {
        const typed = (digits / 10 ** scale).toFixed(scale).replace(".", ",");
        const stored = setFixedSource(rule, "fjol", typed);
        const document = modelDoc({
          parties: parties("a"),
          keys: { fjol: { values: { a: 10 ** scale } } },
          lines: { x: { label: "X", split: stored } },
        });
        expect([fixedSource(stored).factor, lineAmounts(document).a]).toEqual([typed, String(digits)]);
      }),
    );
  });
});
