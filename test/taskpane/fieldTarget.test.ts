import { fieldForPath, JSON_FIELD } from "../../src/taskpane/fields/fieldTarget";
import { refusal } from "../helpers/models";

/** A model with every kind of field the pane edits: shares with a group, a key, a fixed rule with a rest and bounds. */
const doc = {
  format: "fordela/1",
  name: "Förbundet",
  rounding: { unit: "1" },
  parties: [
    { id: "staten", name: "Staten" },
    { id: "2303", name: "Ragunda" },
    { id: "2380 Östersund", name: "Östersund" },
  ],
  groups: { kommunerna: ["2303", "2380 Östersund"] },
  keys: { folkmangd: { label: "Folkmängd", values: { "2303": 5146, "2380 Östersund": 64979 } } },
  lines: {
    bidrag: {
      label: "Medel",
      anchor: { party: "staten", amount: "2000000" },
      split: {
        by: "shares",
        shares: {
          staten: "1/2",
          kommunerna: { share: "1/2", split: { by: "key", key: "folkmangd", min: { "2303": "100" } } },
        },
      },
    },
    bas: {
      label: "Bas",
      amount: "900",
      split: {
        by: "fixed",
        amounts: { "2303": "400", "2380 Östersund": "400" },
        rest: { by: "weights", weights: { equal: "30%", folkmangd: "70%" } },
        min: "100",
        maxDecrease: { from: "folkmangd", percent: "10%" },
      },
    },
    index: {
      label: "Index",
      amount: "900",
      split: { by: "fixed", amounts: { from: "folkmangd", factor: "1.1" } },
    },
  },
  scenarios: [
    { name: "Större", patch: { keys: { folkmangd: { values: { "2303": -5 } } } } },
    { name: "Annan regel", patch: { lines: { bas: { split: { by: "shares", shares: { staten: "1" } } } } } },
  ],
};

const lines = (line: string, field: string) => ({ view: "lines", line, field });

describe("a refusal's path goes to the field that holds its value", () => {
  it.each([
    // MODEL.md "Errors": the shares' sum, on the last share (the one that makes it)
    ["lines.bidrag.split.shares", lines("bidrag", "lines.bidrag.split.shares.kommunerna")],
    ["lines.bidrag.split.shares.staten", lines("bidrag", "lines.bidrag.split.shares.staten")],
    ["lines.bidrag.split.shares.kommunerna.share", lines("bidrag", "lines.bidrag.split.shares.kommunerna")],
    // a group's own rule, nested under its share
    [
      "lines.bidrag.split.shares.kommunerna.split.key",
      lines("bidrag", "lines.bidrag.split.shares.kommunerna.split.key"),
    ],
    [
      "lines.bidrag.split.shares.kommunerna.split.min.2303",
      lines("bidrag", "lines.bidrag.split.shares.kommunerna.split.min.2303"),
    ],
    [
      "lines.bidrag.split.shares.kommunerna.split",
      lines("bidrag", "lines.bidrag.split.shares.kommunerna.split.by"),
    ],
    // the anchor: its amount, and its party
    ["lines.bidrag.anchor", lines("bidrag", "lines.bidrag.anchor.amount")],
    ["lines.bidrag.anchor.amount", lines("bidrag", "lines.bidrag.anchor.amount")],
    ["lines.bidrag.anchor.party", lines("bidrag", "lines.bidrag.anchor.party")],
    ["lines.bidrag", lines("bidrag", "lines.bidrag.anchor.amount")],
    // the amount, the label, the rule's kind
    ["lines.bas.amount", lines("bas", "lines.bas.amount")],
    ["lines.bas", lines("bas", "lines.bas.amount")],
    ["lines.bas.label", lines("bas", "lines.bas.label")],
    ["lines.bas.split", lines("bas", "lines.bas.split.by")],
    ["lines.bas.split.by", lines("bas", "lines.bas.split.by")],
    // fixed amounts per party (an id written as a JSON string in brackets), the rest, the bounds
    ['lines.bas.split.amounts["2380 Östersund"]', lines("bas", 'lines.bas.split.amounts["2380 Östersund"]')],
    ["lines.bas.split.amounts", lines("bas", 'lines.bas.split.amounts["2380 Östersund"]')],
    ["lines.bas.split.rest", lines("bas", "lines.bas.split.rest")],
    ["lines.bas.split.rest.key", lines("bas", "lines.bas.split.rest")],
    ["lines.bas.split.rest.weights", lines("bas", "lines.bas.split.rest.weights.folkmangd")],
    ["lines.bas.split.rest.weights.equal", lines("bas", "lines.bas.split.rest.weights.equal")],
    ["lines.bas.split.min", lines("bas", "lines.bas.split.min")],
    ["lines.bas.split.max", lines("bas", "lines.bas.split.max")],
    ["lines.bas.split.maxDecrease", lines("bas", "lines.bas.split.maxDecrease")],
    ["lines.bas.split.maxDecrease.from", lines("bas", "lines.bas.split.maxDecrease")],
    ["lines.bas.split.maxDecrease.percent", lines("bas", "lines.bas.split.maxDecrease.percent")],
    // amounts from a key, times a factor
    ["lines.index.split.amounts", lines("index", "lines.index.split.amounts")],
    ["lines.index.split.amounts.from", lines("index", "lines.index.split.amounts")],
    ["lines.index.split.amounts.factor", lines("index", "lines.index.split.amounts.factor")],
    // the rounding
    ["rounding.unit", { view: "lines", field: "rounding.unit" }],
    ["rounding.method", { view: "lines", field: "rounding.method" }],
  ])("%s", (path, field) => {
    expect(fieldForPath(path, doc)).toEqual(field);
  });

  it.each([
    ["keys.folkmangd.values.2303", "keys.folkmangd.values.2303"],
    ['keys.folkmangd.values["2380 Östersund"]', 'keys.folkmangd.values["2380 Östersund"]'],
    ["keys.folkmangd", "keys.folkmangd"],
    ["keys.folkmangd.values", "keys.folkmangd"],
  ])("%s: a key's value in Parter", (path, field) => {
    expect(fieldForPath(path, doc)).toEqual({ view: "parties", key: "folkmangd", field });
  });

  it.each([
    "parties[2].id",
    "parties[2]",
    "parties",
    "groups.kommunerna",
    "groups.kommunerna[1]",
    "format",
    "name",
    "currency",
    "lines",
    "lines.okand.amount",
    "schedule.weights",
    "schedule.periods[1].due",
    "",
  ])("%s: what no field shows goes to the model's JSON", (path) => {
    expect(fieldForPath(path, doc)).toEqual(JSON_FIELD);
  });

  it("goes into a scenario's key values where its patch wrote the value", () => {
    expect(fieldForPath("scenarios[0].patch.keys.folkmangd.values.2303", doc)).toEqual({
      view: "scenarios",
      scenario: 0,
      editor: "keys",
      key: "folkmangd",
      field: "scenarios[0].patch.keys.folkmangd.values.2303",
    });
  });

  it("goes into a scenario's lines and rules, with the rule the scenario has", () => {
    expect(fieldForPath("scenarios[1].patch.lines.bas.split.shares", doc)).toEqual({
      view: "scenarios",
      scenario: 1,
      editor: "lines",
      line: "bas",
      field: "scenarios[1].patch.lines.bas.split.shares.staten",
    });
  });

  it("goes to a scenario's editors for a refusal about its model outside its patch", () => {
    expect(fieldForPath("lines.bidrag.anchor.amount", doc, "Annan regel")).toEqual({
      view: "scenarios",
      scenario: 1,
      editor: "lines",
      line: "bidrag",
      field: "scenarios[1].patch.lines.bidrag.anchor.amount",
    });
  });

  it.each([
    ["scenarios[1].name", { view: "scenarios", scenario: 1, field: "scenarios[1].name" }],
    ["scenarios[1].patch", { view: "scenarios", scenario: 1, editor: "json", field: "scenarios[1].patch" }],
    [
      "scenarios[1].patch.scenarios",
      { view: "scenarios", scenario: 1, editor: "json", field: "scenarios[1].patch" },
    ],
    [
      "scenarios[1].patch.name",
      { view: "scenarios", scenario: 1, editor: "json", field: "scenarios[1].patch" },
    ],
  ])("%s: a scenario's name, or its patch as JSON", (path, field) => {
    expect(fieldForPath(path, doc)).toEqual(field);
  });

  it("goes to the JSON for a scenario the model does not have, and for a text that is not a model", () => {
    expect(fieldForPath("scenarios[7].patch.keys.folkmangd.values.2303", doc)).toEqual(JSON_FIELD);
    expect(fieldForPath("lines.bidrag.amount", undefined)).toEqual(JSON_FIELD);
  });

  it("finds the field of the engine's own refusal of a model: a share sum that is not 1", () => {
    const model: Record<string, unknown> & typeof doc = structuredClone(doc);
    Reflect.deleteProperty(model, "scenarios");
    model.lines.bidrag.split.shares.staten = "11/20";
    const error = refusal(model);
    expect(error.path).toBe("lines.bidrag.split.shares");
    expect(fieldForPath(error.path, model).field).toBe("lines.bidrag.split.shares.kommunerna");
  });
});
