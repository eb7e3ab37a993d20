import { modelDoc, oneLine, parties, refusal } from "../../helpers/models";

const scheduled = (schedule: unknown) =>
  modelDoc({ lines: { x: { label: "X", amount: "100", split: { by: "equal" } } }, schedule });

const line = (fields: Record<string, unknown>) =>
  modelDoc({ lines: { x: { label: "X", amount: "100", split: { by: "equal" }, ...fields } } });

describe("refused models name the field and say what is wrong", () => {
  it.each<[string, unknown, string, string | RegExp]>([
    ["a document that is not an object", [], "", /här ska stå ett objekt/],
    ["a missing format", { name: "x" }, "format", "fältet saknas, men det måste finnas"],
    [
      "another format",
      modelDoc({ format: "fordela/2" }),
      "format",
      /"fordela\/2" är inte ett format som den här versionen läser/,
    ],
    ["an unknown top-level field", modelDoc({ lines: {}, extra: 1 }), "extra", /fältet är okänt/],
    ["an empty name", modelDoc({ name: " " }), "name", "fältet får inte vara tomt"],
    [
      "a currency that is not ISO 4217",
      modelDoc({ currency: "kronor" }),
      "currency",
      /inte en valutakod enligt ISO 4217/,
    ],
    ["a zero rounding unit", modelDoc({ rounding: { unit: "0" } }), "rounding.unit", /större än noll/],
    [
      "an unknown rounding method",
      modelDoc({ rounding: { method: "bankers" } }),
      "rounding.method",
      /"bankers" är ingen avrundningsmetod/,
    ],
    ["no parties", modelDoc({ parties: [] }), "parties", /minst en part/],
    [
      "a party without an id",
      modelDoc({ parties: [{ name: "A" }] }),
      "parties[0].id",
      "fältet saknas, men det måste finnas",
    ],
    [
      "a numeric party id",
      modelDoc({ parties: [{ id: 2303, name: "Ragunda" }] }),
      "parties[0].id",
      /här ska stå text, inte 2303/,
    ],
    [
      "a duplicate party id",
      modelDoc({ parties: parties("a", "a") }),
      "parties[1].id",
      /används redan av en tidigare part/,
    ],
    ["a group named like a party", modelDoc({ groups: { a: ["b"] } }), "groups.a", /samma id som en part/],
    [
      "a group with an unknown party",
      modelDoc({ groups: { g: ["a", "zz"] } }),
      "groups.g[1]",
      /"zz" är inte en av modellens parter/,
    ],
    [
      "a group listing a party twice",
      modelDoc({ groups: { g: ["a", "a"] } }),
      "groups.g[1]",
      /står två gånger i listan/,
    ],
    ["an empty group", modelDoc({ groups: { g: [] } }), "groups.g", /nämner ingen part/],
    [
      "a key value that is not a number",
      modelDoc({ keys: { folkmangd: { values: { a: "sju tusen" } } } }),
      "keys.folkmangd.values.a",
      '"sju tusen" är inte ett tal',
    ],
    [
      "a negative key value",
      modelDoc({ keys: { k: { values: { a: -5 } } } }),
      "keys.k.values.a",
      "-5 är negativt, och ett nyckelvärde kan inte vara negativt",
    ],
    [
      "a key value for an unknown party",
      modelDoc({ keys: { k: { values: { zz: 5 } } } }),
      "keys.k.values.zz",
      /inte en av modellens parter/,
    ],
    ["a key called equal", modelDoc({ keys: { equal: { values: {} } } }), "keys.equal", /reserverat/],
    [
      "a key without values",
      modelDoc({ keys: { k: { label: "K" } } }),
      "keys.k.values",
      "fältet saknas, men det måste finnas",
    ],
    ["no lines", modelDoc({ lines: {} }), "lines", /minst en rad/],
    [
      "a bad line id",
      modelDoc({ lines: { "1x": { label: "X", amount: "1", split: { by: "equal" } } } }),
      "lines.1x",
      /börjar med en bokstav/,
    ],
    [
      "a line without a label",
      modelDoc({ lines: { x: { amount: "1", split: { by: "equal" } } } }),
      "lines.x.label",
      "fältet saknas, men det måste finnas",
    ],
    [
      "a line without amount or anchor",
      modelDoc({ lines: { x: { label: "X", split: { by: "equal" } } } }),
      "lines.x",
      /behöver "amount"/,
    ],
    [
      "an amount that is not whole units",
      line({ amount: "1250.50" }),
      "lines.x.amount",
      '"1250.50" är inte en hel multipel av avrundningsenheten 1',
    ],
    [
      "an amount that is not a whole hundred",
      line({ amount: "1250" }),
      "lines.x.amount",
      /hel multipel av avrundningsenheten 100/,
    ],
    ["an unknown rule", oneLine({ by: "magic" }), "lines.x.split.by", /"magic" är ingen regel/],
    [
      "a field the rule does not have",
      oneLine({ by: "equal", key: "k" }),
      "lines.x.split.key",
      /fältet är okänt/,
    ],
    [
      "shares that do not add up to 1",
      oneLine({ by: "shares", shares: { a: "1/2", b: "2/5" } }),
      "lines.x.split.shares",
      "andelarna blir tillsammans 9/10, inte 1",
    ],
    [
      "a share for an unknown receiver",
      oneLine({ by: "shares", shares: { a: "1/2", zz: "1/2" } }),
      "lines.x.split.shares.zz",
      /varken en part eller en grupp/,
    ],
    [
      "a group share without a split",
      oneLine({ by: "shares", shares: { a: "1/2", g: "1/2" } }, { groups: { g: ["b", "c"] } }),
      "lines.x.split.shares.g",
      /behöver \{ "share", "split" \}/,
    ],
    [
      "a party share with a split",
      oneLine({ by: "shares", shares: { a: { share: "1", split: { by: "equal" } } } }),
      "lines.x.split.shares.a.split",
      /kan inte delas vidare/,
    ],
    [
      "a key rule naming no key",
      oneLine({ by: "key", key: "nope" }),
      "lines.x.split.key",
      /det finns ingen nyckel "nope"/,
    ],
    [
      "among an unknown group",
      oneLine({ by: "equal", among: "nope" }),
      "lines.x.split.among",
      /det finns ingen grupp "nope"/,
    ],
    [
      "among an unknown party",
      oneLine({ by: "equal", among: ["a", "zz"] }),
      "lines.x.split.among[1]",
      /inte en av modellens parter/,
    ],
    [
      "weights that do not add up to 1",
      oneLine(
        { by: "weights", weights: { equal: "30%", k: "60%" } },
        { keys: { k: { values: { a: 1, b: 1, c: 1 } } } },
      ),
      "lines.x.split.weights",
      "vikterna blir tillsammans 9/10, inte 1",
    ],
    [
      "a weight on an unknown key",
      oneLine({ by: "weights", weights: { equal: "1/2", k: "1/2" } }),
      "lines.x.split.weights.k",
      /det finns ingen nyckel "k"/,
    ],
    [
      "a missing key value for a receiver",
      oneLine({ by: "key", key: "k", among: ["a", "b"] }, { keys: { k: { values: { a: 1 } } } }),
      "keys.k.values.b",
      "Part b har inget värde i den här nyckeln, och ett värde som saknas läses aldrig som noll",
    ],
    [
      "a key that adds up to zero",
      oneLine({ by: "key", key: "k" }, { keys: { k: { values: { a: 0, b: 0 } } } }),
      "lines.x.split.key",
      /blir tillsammans 0 hos mottagarna/,
    ],
    [
      "a maxDecrease from an unknown key",
      oneLine({ by: "equal", maxDecrease: { from: "nope", percent: "10%" } }),
      "lines.x.split.maxDecrease.from",
      /det finns ingen nyckel/,
    ],
    [
      "a fixed rule with an unknown party",
      oneLine({ by: "fixed", amounts: { zz: "1" } }),
      "lines.x.split.amounts.zz",
      /inte en av modellens parter/,
    ],
    [
      "a scenario without a name",
      modelDoc({
        lines: { x: { label: "X", amount: "1", split: { by: "equal" } } },
        scenarios: [{ patch: {} }],
      }),
      "scenarios[0].name",
      "fältet saknas, men det måste finnas",
    ],
    [
      "a scenario patch that is not an object",
      modelDoc({
        lines: { x: { label: "X", amount: "1", split: { by: "equal" } } },
        scenarios: [{ name: "s", patch: [] }],
      }),
      "scenarios[0].patch",
      /här ska stå ett objekt/,
    ],
    ["a schedule without periods", scheduled({ periods: [] }), "schedule.periods", /minst en period/],
    [
      "a period without a due date",
      scheduled({ periods: [{ label: "Q1" }] }),
      "schedule.periods[0].due",
      "fältet saknas, men det måste finnas",
    ],
    [
      "a due date that is not a date",
      scheduled({ periods: [{ label: "Q1", due: "2025-02-30" }] }),
      "schedule.periods[0].due",
      /"2025-02-30" är inget datum skrivet som ÅÅÅÅ-MM-DD/,
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
      /kommer före den föregående periodens förfallodag 2025-04-30/,
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
      "vikterna blir tillsammans 5/6, inte 1",
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
      /1 vikt för 2 perioder/,
    ],
    [
      "a schedule weight that is not a share",
      scheduled({ periods: [{ label: "Q1", due: "2025-01-31" }], weights: ["hälften"] }),
      "schedule.weights[0]",
      /är ingen andel/,
    ],
    [
      "an unknown field in a period",
      scheduled({ periods: [{ label: "Q1", due: "2025-01-31", amount: 5 }] }),
      "schedule.periods[0].amount",
      /fältet är okänt/,
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
