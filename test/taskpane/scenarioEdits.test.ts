import {
  addScenario,
  duplicateScenario,
  editScenario,
  removeScenario,
  scenarioDocument,
  renameScenario,
  setPatch,
} from "../../src/taskpane/scenarioEdits";

const doc = {
  format: "fordela/1",
  scenarios: [{ name: "2020", patch: { keys: { k: { values: { a: 1 } } } } }],
};
const copyName = (name: string) => `Kopia av ${name}`;

describe("scenario edits", () => {
  it("adds an empty scenario with a free name", () => {
    expect(addScenario(addScenario(doc, "Scenario"), "Scenario").scenarios?.map((s) => s.name)).toEqual([
      "2020",
      "Scenario",
      "Scenario (2)",
    ]);
  });

  it("duplicates a scenario right after it, patch and all, without sharing it", () => {
    const copied = duplicateScenario(doc, 0, copyName);
    expect(copied.scenarios?.[1]).toEqual({ name: "Kopia av 2020", patch: doc.scenarios[0]?.patch });
    expect(copied.scenarios?.[1]?.patch).not.toBe(doc.scenarios[0]?.patch);
  });

  it("renames, keeping names unique", () => {
    const two = addScenario(doc, "B");
    expect(renameScenario(two, 1, "2020").scenarios?.map((s) => s.name)).toEqual(["2020", "2020 (2)"]);
  });

  it("ignores an empty name", () => {
    expect(renameScenario(doc, 0, "  ")).toBe(doc);
  });

  it("removes a scenario", () => {
    expect(removeScenario(doc, 0).scenarios).toEqual([]);
  });

  it("sets what a scenario changes", () => {
    expect(setPatch(doc, 0, { lines: { x: { amount: "200" } } }).scenarios?.[0]?.patch).toEqual({
      lines: { x: { amount: "200" } },
    });
  });

  it("leaves the document it was given alone", () => {
    const before = JSON.stringify(doc);
    addScenario(doc, "X");
    removeScenario(doc, 0);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe("editing a scenario as a whole model", () => {
  const model = {
    format: "fordela/1",
    keys: { k: { values: { a: 1, b: 2 } } },
    lines: { x: { amount: "100" } },
    scenarios: [{ name: "2020", patch: { keys: { k: { values: { a: 5 } } } } }],
  };

  it("shows the base with the scenario's changes, without the scenarios", () => {
    expect(scenarioDocument(model, 0)).toEqual({
      format: "fordela/1",
      keys: { k: { values: { a: 5, b: 2 } } },
      lines: { x: { amount: "100" } },
    });
  });

  it("stores only what differs from the base as the scenario's patch", () => {
    const edited = scenarioDocument(model, 0);
    (edited.lines as { x: { amount: string } }).x.amount = "200";
    expect(editScenario(model, 0, edited).scenarios?.[0]?.patch).toEqual({
      keys: { k: { values: { a: 5 } } },
      lines: { x: { amount: "200" } },
    });
  });

  it("leaves an empty patch when the scenario is edited back to the base", () => {
    const edited = scenarioDocument(model, 0);
    (edited.keys as { k: { values: Record<string, number> } }).k.values.a = 1;
    expect(editScenario(model, 0, edited).scenarios?.[0]?.patch).toEqual({});
  });

  it("removes a field the edited scenario lacks with null", () => {
    const edited = scenarioDocument(model, 0);
    delete (edited.lines as { x: Record<string, unknown> }).x.amount;
    expect(editScenario(model, 0, edited).scenarios?.[0]?.patch).toEqual({
      keys: { k: { values: { a: 5 } } },
      lines: { x: { amount: null } },
    });
  });
});
