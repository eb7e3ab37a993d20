import { modelDoc, oneLine, parties, refusal } from "../../helpers/models";

const scheduled = (schedule: unknown) =>
  modelDoc({ lines: { x: { label: "X", amount: "100", split: { by: "equal" } } }, schedule });

const line = (fields: Record<string, unknown>) =>
  modelDoc({ lines: { x: { label: "X", amount: "100", split: { by: "equal" }, ...fields } } });

describe("refused models name the field and say what is wrong", () => {
  it.each<[string, unknown, string, string | RegExp]>([
    ["a document that is not an object", [], "", /expected an object/],
    ["a missing format", { name: "x" }, "format", "this field is required"],
    [
      "another format",
      modelDoc({ format: "fordela/2" }),
      "format",
      /"fordela\/2" is not a format this version reads/,
    ],
    ["an unknown top-level field", modelDoc({ lines: {}, extra: 1 }), "extra", /unknown field/],
    ["an empty name", modelDoc({ name: " " }), "name", "must not be empty"],
    ["a currency that is not ISO 4217", modelDoc({ currency: "kronor" }), "currency", /not an ISO 4217 code/],
    ["a zero rounding unit", modelDoc({ rounding: { unit: "0" } }), "rounding.unit", /more than zero/],
    [
      "an unknown rounding method",
      modelDoc({ rounding: { method: "bankers" } }),
      "rounding.method",
      /"bankers" is not a rounding method/,
    ],
    ["no parties", modelDoc({ parties: [] }), "parties", /at least one party/],
    [
      "a party without an id",
      modelDoc({ parties: [{ name: "A" }] }),
      "parties[0].id",
      "this field is required",
    ],
    [
      "a numeric party id",
      modelDoc({ parties: [{ id: 2303, name: "Ragunda" }] }),
      "parties[0].id",
      /expected text, found 2303/,
    ],
    [
      "a duplicate party id",
      modelDoc({ parties: parties("a", "a") }),
      "parties[1].id",
      /used by an earlier party/,
    ],
    ["a group named like a party", modelDoc({ groups: { a: ["b"] } }), "groups.a", /same id as a party/],
    [
      "a group with an unknown party",
      modelDoc({ groups: { g: ["a", "zz"] } }),
      "groups.g[1]",
      /"zz" is not one of the model's parties/,
    ],
    ["a group listing a party twice", modelDoc({ groups: { g: ["a", "a"] } }), "groups.g[1]", /listed twice/],
    ["an empty group", modelDoc({ groups: { g: [] } }), "groups.g", /names no party/],
    [
      "a key value that is not a number",
      modelDoc({ keys: { folkmangd: { values: { a: "sju tusen" } } } }),
      "keys.folkmangd.values.a",
      '"sju tusen" is not a number',
    ],
    ["a negative key value", modelDoc({ keys: { k: { values: { a: -5 } } } }), "keys.k.values.a", /negative/],
    [
      "a key value for an unknown party",
      modelDoc({ keys: { k: { values: { zz: 5 } } } }),
      "keys.k.values.zz",
      /not one of the model's parties/,
    ],
    ["a key called equal", modelDoc({ keys: { equal: { values: {} } } }), "keys.equal", /reserved/],
    [
      "a key without values",
      modelDoc({ keys: { k: { label: "K" } } }),
      "keys.k.values",
      "this field is required",
    ],
    ["no lines", modelDoc({ lines: {} }), "lines", /at least one line/],
    [
      "a bad line id",
      modelDoc({ lines: { "1x": { label: "X", amount: "1", split: { by: "equal" } } } }),
      "lines.1x",
      /starts with a letter/,
    ],
    [
      "a line without a label",
      modelDoc({ lines: { x: { amount: "1", split: { by: "equal" } } } }),
      "lines.x.label",
      "this field is required",
    ],
    [
      "a line without amount or anchor",
      modelDoc({ lines: { x: { label: "X", split: { by: "equal" } } } }),
      "lines.x",
      /needs "amount"/,
    ],
    [
      "an amount that is not whole units",
      line({ amount: "1250.50" }),
      "lines.x.amount",
      '"1250.50" is not a whole multiple of the rounding unit 1',
    ],
    [
      "an amount that is not a whole hundred",
      line({ amount: "1250" }),
      "lines.x.amount",
      /whole multiple of the rounding unit 100/,
    ],
    ["an unknown rule", oneLine({ by: "magic" }), "lines.x.split.by", /"magic" is not a rule/],
    [
      "a field the rule does not have",
      oneLine({ by: "equal", key: "k" }),
      "lines.x.split.key",
      /unknown field/,
    ],
    [
      "shares that do not add up to 1",
      oneLine({ by: "shares", shares: { a: "1/2", b: "2/5" } }),
      "lines.x.split.shares",
      "the shares add up to 9/10, not 1",
    ],
    [
      "a share for an unknown receiver",
      oneLine({ by: "shares", shares: { a: "1/2", zz: "1/2" } }),
      "lines.x.split.shares.zz",
      /neither a party nor a group/,
    ],
    [
      "a group share without a split",
      oneLine({ by: "shares", shares: { a: "1/2", g: "1/2" } }, { groups: { g: ["b", "c"] } }),
      "lines.x.split.shares.g",
      /needs \{ "share", "split" \}/,
    ],
    [
      "a party share with a split",
      oneLine({ by: "shares", shares: { a: { share: "1", split: { by: "equal" } } } }),
      "lines.x.split.shares.a.split",
      /cannot be split further/,
    ],
    [
      "a key rule naming no key",
      oneLine({ by: "key", key: "nope" }),
      "lines.x.split.key",
      /there is no key "nope"/,
    ],
    [
      "among an unknown group",
      oneLine({ by: "equal", among: "nope" }),
      "lines.x.split.among",
      /there is no group "nope"/,
    ],
    [
      "among an unknown party",
      oneLine({ by: "equal", among: ["a", "zz"] }),
      "lines.x.split.among[1]",
      /not one of the model's parties/,
    ],
    [
      "weights that do not add up to 1",
      oneLine(
        { by: "weights", weights: { equal: "30%", k: "60%" } },
        { keys: { k: { values: { a: 1, b: 1, c: 1 } } } },
      ),
      "lines.x.split.weights",
      "the weights add up to 9/10, not 1",
    ],
    [
      "a weight on an unknown key",
      oneLine({ by: "weights", weights: { equal: "1/2", k: "1/2" } }),
      "lines.x.split.weights.k",
      /there is no key "k"/,
    ],
    [
      "a missing key value for a receiver",
      oneLine({ by: "key", key: "k", among: ["a", "b"] }, { keys: { k: { values: { a: 1 } } } }),
      "keys.k.values.b",
      "Part b has no value in this key, and a missing value is never read as zero",
    ],
    [
      "a key that adds up to zero",
      oneLine({ by: "key", key: "k" }, { keys: { k: { values: { a: 0, b: 0 } } } }),
      "lines.x.split.key",
      /add up to 0 among the receivers/,
    ],
    [
      "a maxDecrease from an unknown key",
      oneLine({ by: "equal", maxDecrease: { from: "nope", percent: "10%" } }),
      "lines.x.split.maxDecrease.from",
      /there is no key/,
    ],
    [
      "a fixed rule with an unknown party",
      oneLine({ by: "fixed", amounts: { zz: "1" } }),
      "lines.x.split.amounts.zz",
      /not one of the model's parties/,
    ],
    [
      "a scenario without a name",
      modelDoc({
        lines: { x: { label: "X", amount: "1", split: { by: "equal" } } },
        scenarios: [{ patch: {} }],
      }),
      "scenarios[0].name",
      "this field is required",
    ],
    [
      "a scenario patch that is not an object",
      modelDoc({
        lines: { x: { label: "X", amount: "1", split: { by: "equal" } } },
        scenarios: [{ name: "s", patch: [] }],
      }),
      "scenarios[0].patch",
      /expected an object/,
    ],
    ["a schedule without periods", scheduled({ periods: [] }), "schedule.periods", /at least one period/],
    [
      "a period without a due date",
      scheduled({ periods: [{ label: "Q1" }] }),
      "schedule.periods[0].due",
      "this field is required",
    ],
    [
      "a due date that is not a date",
      scheduled({ periods: [{ label: "Q1", due: "2025-02-30" }] }),
      "schedule.periods[0].due",
      /"2025-02-30" is not a date written as YYYY-MM-DD/,
    ],
    [
      "due dates that go backwards",
      scheduled({
        periods: [
          { label: "Q1", due: "2025-04-30" },
          { label: "Q2", due: "2025-01-31" },
        ],
      }),
      "schedule.periods[1].due",
      /comes before the previous period's due date 2025-04-30/,
    ],
    [
      "schedule weights that do not add up to 1",
      scheduled({
        periods: [
          { label: "Q1", due: "2025-01-31" },
          { label: "Q2", due: "2025-04-30" },
        ],
        weights: ["1/2", "1/3"],
      }),
      "schedule.weights",
      "the weights add up to 5/6, not 1",
    ],
    [
      "one schedule weight too few",
      scheduled({
        periods: [
          { label: "Q1", due: "2025-01-31" },
          { label: "Q2", due: "2025-04-30" },
        ],
        weights: ["1"],
      }),
      "schedule.weights",
      /1 weights for 2 periods/,
    ],
    [
      "a schedule weight that is not a share",
      scheduled({ periods: [{ label: "Q1", due: "2025-01-31" }], weights: ["hälften"] }),
      "schedule.weights[0]",
      /not a share/,
    ],
    [
      "an unknown field in a period",
      scheduled({ periods: [{ label: "Q1", due: "2025-01-31", amount: 5 }] }),
      "schedule.periods[0].amount",
      /unknown field/,
    ],
  ])("refuses %s", (_, document, path, reason) => {
    const doc =
      path === "lines.x.amount" && String(reason).includes("100")
        ? { ...(document as object), rounding: { unit: "100" } }
        : document;
    const error = refusal(doc);
    expect(error.path).toBe(path);
    if (typeof reason === "string") expect(error.reason).toBe(reason);
    else expect(error.reason).toMatch(reason);
  });
});
