import { readFileSync } from "node:fs";
import path from "node:path";
import { parseJson, stringifyModel } from "../../src/engine";
import { inlineCalculator } from "../../src/taskpane/calculator";
import { updateLine } from "../../src/taskpane/lineEdits";
import { duplicateScenario, scenarioDocument } from "../../src/taskpane/scenarioEdits";

const text = readFileSync(path.join(__dirname, "..", "fixtures", "prototype-ids.json"), "utf8");
type Document = Parameters<typeof updateLine>[0];

describe("the pane with ids such as __proto__, constructor and toString", () => {
  it("calculates the __proto__ line and writes it to the Fördelning sheet", async () => {
    const { document, spec } = await inlineCalculator().calculate(text, "sv");
    const cells = spec.sheets.flatMap((s) => s.cells.map((c) => String(c.value ?? "")));
    expect([document.results[0]?.lines.__proto__?.amount, cells.includes("Proto-raden")]).toEqual([
      "1000",
      true,
    ]);
  });

  it("edits the __proto__ line and keeps it a line", () => {
    const doc = parseJson(text) as Document;
    const edited = updateLine(doc, "__proto__", (line) => ({ ...line, amount: "2000" }));
    expect(stringifyModel(edited)).toContain(
      '"__proto__": {\n      "label": "Proto-raden",\n      "amount": "2000"',
    );
  });

  it("copies the scenario __proto__ with its patch on the key __proto__", () => {
    const doc = parseJson(text) as Document;
    const copied = duplicateScenario(doc, 0, (n) => `Kopia av ${n}`);
    const whole = scenarioDocument(copied, 1) as {
      keys: Record<string, { values: Record<string, unknown> }>;
    };
    expect(String(whole.keys.__proto__?.values.__proto__)).toBe("10");
  });
});
