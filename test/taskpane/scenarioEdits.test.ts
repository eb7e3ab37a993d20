import {
  addScenario,
  duplicateScenario,
  removeScenario,
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
