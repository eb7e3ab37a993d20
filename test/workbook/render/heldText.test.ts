import path from "node:path";
import { evaluateScenarios, Rational, resultDocument, type Held } from "../../../src/engine";
import { readModelFile } from "../../../src/cli/readModelFile";
import { swedishAmount } from "../../../src/format/swedishAmount";
import { heldChange, heldMark, heldText } from "../../../src/workbook/render/heldText";
import { renderStatement } from "../../../src/workbook/render/statementSheet";
import { EXAMPLES } from "../../helpers/cli";
import { oneLine } from "../../helpers/models";

const evaluations = evaluateScenarios(readModelFile(path.join(EXAMPLES, "finsam-staten.json")));
const evaluation = evaluations[0]?.evaluation;
const allocation = evaluation?.lines.get("finsam")?.allocation ?? new Map();
const [heldId, heldPart] = [...allocation].find(([, part]) => part.held !== undefined) ?? [];
const held = heldPart?.held as Held;
const model = evaluation?.model ?? evaluations[0]?.evaluation.model;

describe("a party held at a bound, in words", () => {
  it("says the floor, the amount it got and what its share alone gave, in Swedish", () => {
    if (model === undefined) throw new Error("no model");
    const bound = swedishAmount(held.bound.toString());
    const change = swedishAmount(heldChange(model, held));
    expect(heldText(model, held, "sv")).toMatch(
      new RegExp(
        `^Hölls vid golvet 90 % av fjolårets belopp: ${bound} kr i stället för [\\d\\u00a0]+ kr \\(\\+${change} kr\\)\\.$`,
      ),
    );
  });

  it("says it in English on request", () => {
    if (model === undefined) throw new Error("no model");
    expect(heldText(model, held, "en")).toMatch(
      /^Held at the floor of 90 % of fjolårets belopp: .* kr instead of .* kr \(\+.* kr\)\.$/,
    );
  });

  it("gives the change as the bound less what the share gave, to the unit", () => {
    if (model === undefined) throw new Error("no model");
    const off = Rational.of(BigInt(heldChange(model, held))).sub(Rational.of(held.bound).sub(held.free));
    const half = Rational.of(1n, 2n);
    expect([off.compare(half) <= 0, off.compare(Rational.ZERO.sub(half)) >= 0]).toEqual([true, true]);
    expect(heldMark(model, held, "sv")).toBe(`golv +${swedishAmount(heldChange(model, held))}`);
  });

  it("names a maximum as a ceiling", () => {
    const doc = oneLine(
      { by: "key", key: "k", max: "50" },
      { keys: { k: { values: { a: 1, b: 1, c: 8 } } } },
    );
    const capped = evaluateScenarios(doc)[0]?.evaluation;
    const c = capped?.lines.get("x")?.allocation.get("c")?.held;
    if (capped === undefined || c === undefined) throw new Error("c was not held");
    expect(heldText(capped.model, c, "sv")).toBe(
      "Hölls vid sitt högsta belopp: 50 kr i stället för 80 kr (−30 kr).",
    );
    expect(heldMark(capped.model, c, "en")).toBe("ceiling −30");
  });
});

describe("the statement of a party held at a bound", () => {
  it("says so beside the rule, and says nothing of the kind for a party that was not", () => {
    if (evaluation === undefined || heldId === undefined) throw new Error("nobody held");
    const result = resultDocument(evaluations).results[0];
    if (result === undefined) throw new Error("no result");
    const ruleCell = (party: string) =>
      renderStatement({ evaluation, result, party, language: "sv", sheetName: "U" }).cells.find(
        (cell) => cell.row === 5 && cell.col === 1,
      )?.value;
    expect(String(ruleCell(heldId))).toContain(heldText(evaluation.model, held, "sv"));
    const free = [...allocation].find(([, part]) => part.held === undefined)?.[0] ?? "";
    expect(String(ruleCell(free))).not.toContain("Hölls");
  });
});
