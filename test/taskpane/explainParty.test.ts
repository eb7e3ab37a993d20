import path from "node:path";
import { evaluateModel, parseModel } from "../../src/engine";
import { readModelFile } from "../../src/cli/readModelFile";
import { explainParty } from "../../src/taskpane/explainParty";
import { loadStrings, strings } from "../../src/taskpane/strings";
import { EXAMPLES } from "../helpers/cli";

const evaluation = evaluateModel(parseModel(readModelFile(path.join(EXAMPLES, "finsam-staten.json"))), {
  explain: true,
});
const parts = [...(evaluation.lines.get("finsam")?.allocation ?? new Map())];
const heldId = parts.find(([, part]) => part.held !== undefined)?.[0] ?? "";
const freeId = parts.find(([, part]) => part.held === undefined)?.[0] ?? "";

describe("Varför? for a party held at a bound", () => {
  it("says it was held at the floor, and by how much, in Swedish", () => {
    const [line] = explainParty(evaluation, heldId, "sv", strings("sv"));
    expect(line?.held).toMatch(
      /^Hölls vid golvet 90 % av fjolårets belopp: .* kr i stället för .* kr \(\+.* kr\)\.$/,
    );
  });

  it("says it in English on request", async () => {
    await loadStrings("en");
    const [line] = explainParty(evaluation, heldId, "en", strings("en"));
    expect(line?.held).toMatch(/^Held at the floor of 90 % of fjolårets belopp: /);
  });

  it("says nothing of a bound for a party that was not held", () => {
    expect(explainParty(evaluation, freeId, "sv", strings("sv"))[0]?.held).toBeUndefined();
  });
});
