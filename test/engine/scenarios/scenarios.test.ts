import { readFileSync } from "node:fs";
import path from "node:path";
import {
  evaluateModel,
  evaluateScenarios,
  parseJson,
  parseModel,
  resultDocument,
  scenarioModel,
} from "../../../src/engine";
import { scenarioResult } from "../../../src/engine/result/scenarioResult";
import { modelDoc, refusal, results } from "../../helpers/models";
import { nationalModel } from "../../../bench/nationalModel";

const base = modelDoc({
  keys: { k: { values: { a: 1, b: 1, c: 2 } } },
  lines: { x: { label: "X", amount: "100", split: { by: "key", key: "k" } } },
});

const withScenarios = (scenarios: unknown[]) => ({ ...base, scenarios });

describe("scenarios", () => {
  it("gives the base model first, then each scenario in order", () => {
    const all = results(
      withScenarios([
        { name: "S1", patch: {} },
        { name: "S2", patch: {} },
      ]),
    );
    expect(all.map((r) => r.scenario)).toEqual([null, "S1", "S2"]);
  });

  it("applies other key values", () => {
    const all = results(withScenarios([{ name: "lika", patch: { keys: { k: { values: { c: 1 } } } } }]));
    expect(all[1]?.parties.map((p) => p.total)).toEqual(["34", "33", "33"]);
  });

  it("applies another total", () => {
    expect(
      results(withScenarios([{ name: "mer", patch: { lines: { x: { amount: "200" } } } }]))[1]?.total,
    ).toBe("200");
  });

  it("applies another rule", () => {
    const all = results(
      withScenarios([{ name: "lika", patch: { lines: { x: { split: { by: "equal", key: null } } } } }]),
    );
    expect(all[1]?.parties.map((p) => p.total)).toEqual(["34", "33", "33"]);
  });

  it("removes a line with null and adds one, keeping the document order", () => {
    const patch = { lines: { x: null, y: { label: "Y", amount: "3", split: { by: "equal" } } } };
    expect(Object.keys(results(withScenarios([{ name: "byt", patch }]))[1]?.lines ?? {})).toEqual(["y"]);
  });

  it("leaves the base model as it was", () => {
    const all = results(withScenarios([{ name: "mer", patch: { lines: { x: { amount: "200" } } } }]));
    expect(all[0]?.total).toBe("100");
  });

  it("points a refusal to the field inside the patch that caused it", () => {
    const error = refusal(
      withScenarios([
        { name: "ok", patch: {} },
        { name: "fel", patch: { keys: { k: { values: { a: "sju tusen" } } } } },
      ]),
    );
    expect(error.message).toBe('scenarios[1].patch.keys.k.values.a: "sju tusen" är inte ett tal');
  });

  it("names the scenario when the refused field was not written by the patch", () => {
    const error = refusal(
      withScenarios([{ name: "noll", patch: { keys: { k: { values: { a: 0, b: 0, c: 0 } } } } }]),
    );
    expect(error.message).toMatch(/^scenarios\[0\]\.patch\.keys|i scenariot "noll"/);
  });

  it("names the scenario for a refusal in an unpatched field", () => {
    const error = refusal(
      withScenarios([
        { name: "bara a", patch: { lines: { x: { split: { among: ["a", "zz"] } } } } },
        { name: "tom", patch: { keys: { k: null } } },
      ]),
    );
    expect(error.path).toBe("scenarios[0].patch.lines.x.split.among[1]");
  });

  it("says which scenario a refusal came from when the patch removed what a line needs", () => {
    const error = refusal(withScenarios([{ name: "utan nyckel", patch: { keys: { k: null } } }]));
    expect(error.message).toBe('lines.x.split.key: det finns ingen nyckel "k" (i scenariot "utan nyckel")');
  });

  it("refuses two scenarios with the same name", () => {
    expect(
      refusal(
        withScenarios([
          { name: "S", patch: {} },
          { name: "S", patch: {} },
        ]),
      ).path,
    ).toBe("scenarios[1].name");
  });

  it("refuses a patch that changes the scenarios", () => {
    expect(refusal(withScenarios([{ name: "S", patch: { scenarios: [] } }])).path).toBe(
      "scenarios[0].patch.scenarios",
    );
  });
});

describe("scenarios reuse the base model's unchanged lines", () => {
  it.each(["samordningsforbund.json", "gemensam-namnd.json", "turism.json", "regional-samverkan.json"])(
    "and give for %s exactly what evaluating each scenario on its own gives",
    (file) => {
      const document = parseJson(
        readFileSync(path.join(__dirname, "..", "..", "..", "examples", file), "utf8"),
      );
      const reused = resultDocument(evaluateScenarios(document));
      const base = parseModel(document);
      const alone = [
        evaluateModel(base),
        ...base.scenarios.map((s) => evaluateModel(scenarioModel(base, s))),
      ];
      expect(reused.results.map((r) => r.parties)).toEqual(alone.map((e) => scenarioResult(null, e).parties));
    },
  );

  it("give for the national model exactly what evaluating each scenario on its own gives, texts included", () => {
    const document = nationalModel();
    const reused = resultDocument(evaluateScenarios(document));
    const base = parseModel(document);
    const alone = [evaluateModel(base), ...base.scenarios.map((s) => evaluateModel(scenarioModel(base, s)))];
    expect(reused.results.map((r) => r.parties)).toEqual(alone.map((e) => scenarioResult(null, e).parties));
  });

  it("takes over a line whose inputs did not change, and computes one whose key changed", () => {
    const all = evaluateScenarios({
      ...base,
      lines: { ...(base.lines as object), y: { label: "Y", amount: "10", split: { by: "equal" } } },
      scenarios: [{ name: "k", patch: { keys: { k: { values: { c: 1 } } } } }],
    });
    const [first, second] = all.map((r) => r.evaluation.lines);
    expect([second?.get("y") === first?.get("y"), second?.get("x") === first?.get("x")]).toEqual([
      true,
      false,
    ]);
  });
});
