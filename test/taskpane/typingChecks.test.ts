import fc from "fast-check";
import { swedishAmount } from "../../src/format/swedishAmount";
import { paneProblems, sentence } from "../../src/taskpane/fields/paneProblems";
import { modelChecks } from "../../src/taskpane/fields/typingChecks";
import { modelDecimal } from "../../src/taskpane/modelDecimal";
import { loadStrings } from "../../src/taskpane/strings";
import { stringifyModel } from "../../src/engine";

const model = (fields: Record<string, unknown>) => ({
  format: "fordela/1",
  name: "Test",
  parties: [
    { id: "a", name: "Ragunda" },
    { id: "b", name: "Östersund" },
  ],
  keys: { k: { label: "Folkmängd", values: { a: "5146", b: "64979" } } },
  lines: { x: { label: "Medel", amount: "1000", split: { by: "key", key: "k" } } },
  ...fields,
});

/** The Swedish messages the pane shows for a model, by field. */
const shown = (document: unknown, language: "sv" | "en" = "sv") =>
  Object.fromEntries(
    paneProblems(stringifyModel(document), undefined, language).map((p) => [p.target.field, p.message]),
  );

describe("the checks while typing", () => {
  it("finds nothing in a model that is right", () => {
    expect(modelChecks(model({}))).toEqual([]);
  });

  it("says a negative key value is negative, on its field", () => {
    expect(shown(model({ keys: { k: { values: { a: "-5", b: "1" } } } }))).toEqual({
      "keys.k.values.a": "-5 är negativt, och ett nyckelvärde kan inte vara mindre än noll.",
    });
  });

  it("says a key value that is not a number is not one, quoting it as typed", () => {
    expect(shown(model({ keys: { k: { values: { a: "sju tusen", b: "1" } } } }))).toEqual({
      "keys.k.values.a": "”sju tusen” är inte ett tal. Skriv bara siffror, till exempel 5 146.",
    });
  });

  it("says an amount with öre is not whole kronor, the Swedish way", () => {
    const line = { label: "Medel", amount: "2450000.50", split: { by: "equal" } };
    expect(shown(model({ lines: { x: line } }))).toEqual({
      "lines.x.amount": "2\u00a0450\u00a0000,50 är inte ett helt antal kronor, som modellen räknar i.",
    });
  });

  it("checks amounts against the model's rounding unit", () => {
    const line = { label: "Medel", amount: "2450500", split: { by: "equal" } };
    expect(shown(model({ rounding: { unit: "1000" }, lines: { x: line } }))["lines.x.amount"]).toBe(
      "2\u00a0450\u00a0500 är inte ett helt antal tusental kronor, som modellen räknar i.",
    );
    expect(shown(model({ rounding: { unit: "0.01" }, lines: { x: line } }))).toEqual({});
  });

  it("says an amount typed with its currency is not an amount, and guesses nothing", () => {
    const line = { label: "Medel", anchor: { party: "a", amount: "2 450 000 kr" }, split: { by: "equal" } };
    expect(shown(model({ lines: { x: line } }))).toEqual({
      "lines.x.anchor.amount":
        "”2 450 000 kr” är inte ett belopp. Skriv bara siffror, till exempel 2 450 000.",
    });
  });

  it("checks fixed amounts per party as whole units, and bounds as numbers", () => {
    const split = { by: "fixed", amounts: { a: "10.5", b: "1" }, rest: { by: "equal" }, min: { a: "tio" } };
    expect(Object.keys(shown(model({ lines: { x: { label: "X", amount: "100", split } } })))).toEqual([
      "lines.x.split.amounts.a",
      "lines.x.split.min.a",
    ]);
  });

  it("says what shares add up to when it is not 1, on the last share", () => {
    const split = { by: "shares", shares: { a: "60%", b: "45%" } };
    expect(shown(model({ lines: { x: { label: "X", amount: "100", split } } }))).toEqual({
      "lines.x.split.shares.b": "Andelarna blir tillsammans 21/20, inte 1.",
    });
  });

  it("says it in English on request", async () => {
    await loadStrings("en"); // as the pane does before it shows in English
    const split = { by: "weights", weights: { equal: "1/2", k: "0.4" } };
    expect(shown(model({ lines: { x: { label: "X", amount: "100", split } } }), "en")).toEqual({
      "lines.x.split.weights.k": "The weights add up to 9/10, not 1.",
    });
  });

  it("checks a group's own rule under its share, and a share that is not one", () => {
    const split = {
      by: "shares",
      shares: { g: { share: "1/2", split: { by: "shares", shares: { a: "x", b: "1" } } }, c: "1/2" },
    };
    const document = model({
      parties: [...model({}).parties, { id: "c", name: "Staten" }],
      groups: { g: ["a", "b"] },
      lines: { x: { label: "X", amount: "100", split } },
    });
    expect(shown(document)).toEqual({
      "lines.x.split.shares.g.split.shares.a": "”x” är ingen andel. Skriv till exempel 1/4, 25 % eller 0,25.",
    });
  });

  it("checks a scenario's values where its patch wrote them, on the scenario's field", () => {
    const scenarios = [{ name: "S", patch: { keys: { k: { values: { b: "-1" } } } } }];
    expect(shown(model({ scenarios }))).toEqual({
      "scenarios[0].patch.keys.k.values.b":
        "-1 är negativt, och ett nyckelvärde kan inte vara mindre än noll.",
    });
  });

  it("checks a scenario's line where its patch changed it, against the scenario's rounding unit", () => {
    const scenarios = [{ name: "S", patch: { rounding: { unit: "100" }, lines: { x: { amount: "1050" } } } }];
    expect(Object.keys(shown(model({ scenarios })))).toEqual(["scenarios[0].patch.lines.x.amount"]);
  });

  it("puts the engine's refusal first, as a sentence, on its field", () => {
    const text = stringifyModel(model({}));
    const [first] = paneProblems(
      text,
      { path: "keys.k.values.a", code: "notANumber", params: { found: '"x"' } },
      "sv",
    );
    expect(first).toEqual({
      target: { view: "parties", key: "k", field: "keys.k.values.a" },
      message: '"x" är inte ett tal.',
      place: "Parter, Folkmängd, Ragunda",
      refusal: true,
    });
  });

  it("makes a reason a sentence", () => {
    expect(sentence("andelarna blir tillsammans 9/10, inte 1")).toBe(
      "Andelarna blir tillsammans 9/10, inte 1.",
    );
    expect(sentence("Uppdatera Excel.")).toBe("Uppdatera Excel.");
  });
});

describe("amounts the Swedish way", () => {
  const decimal = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.option(fc.stringMatching(/^\d{1,6}$/)))
    .map(
      ([negative, whole, fraction]) =>
        `${negative ? "-" : ""}${whole}${fraction === null ? "" : `.${fraction}`}`,
    );

  it("reads back exactly what it shows", () => {
    fc.assert(fc.property(decimal, (value) => modelDecimal(swedishAmount(value)) === value));
  });

  it("reads spaced and unspaced digits, with any space between thousands, as the same value", () => {
    const spaces = fc.constantFrom(" ", "\u00a0", "\u202f", "\u2009");
    fc.assert(
      fc.property(decimal, spaces, (value, space) => {
        const typed = swedishAmount(value).replace(/\u00a0/g, space);
        return modelDecimal(typed) === value && modelDecimal(value.replace(".", ",")) === value;
      }),
    );
  });

  it("shows 2450000 as 2 450 000 and keeps 2 450 000 kr as typed, for the check to refuse", () => {
    expect(swedishAmount("2450000")).toBe("2\u00a0450\u00a0000");
    expect(modelDecimal("2 450 000")).toBe("2450000");
    expect(modelDecimal("2 450 000 kr")).toBe("2 450 000 kr");
  });
});
