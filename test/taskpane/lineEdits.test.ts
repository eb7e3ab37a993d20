import { addLine, lineId, newRule, removeLine, setField, updateLine } from "../../src/taskpane/lineEdits";

const doc = {
  format: "fordela/1",
  lines: { bidrag: { label: "Bidrag", amount: "10", split: { by: "equal" } } },
};

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
