import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  evaluateScenarios,
  resultDocument,
  scenarioTotals,
  type ScenarioEvaluation,
} from "../../../src/engine";
import { readModelFile } from "../../../src/cli/readModelFile";
import { nationalModel } from "../../../bench/nationalModel";
import { EXAMPLES } from "../../helpers/cli";
import { modelDoc, oneLine } from "../../helpers/models";

/** What a result says of its totals, read from the full result document. */
function totalsOfResults(evaluations: readonly ScenarioEvaluation[]) {
  return resultDocument(evaluations).results.map((r) => ({
    scenario: r.scenario,
    model: r.model,
    currency: r.currency,
    unit: r.unit,
    total: r.total,
    parties: r.parties.map((p) => ({ id: p.id, name: p.name, total: p.total })),
  }));
}

function totalsOf(evaluations: readonly ScenarioEvaluation[]) {
  return evaluations.map((e) => scenarioTotals(e.scenario?.name ?? null, e.evaluation));
}

/** Each scenario's totals from the base's: only its changed lines added up anew. */
function totalsFromBase(evaluations: readonly ScenarioEvaluation[]) {
  const base = evaluations[0]?.evaluation;
  return evaluations.map((e) => scenarioTotals(e.scenario?.name ?? null, e.evaluation, base));
}

/** Two lines, and scenarios that change one, drop one, add one, add a party and change the rounding unit. */
const patched = modelDoc({
  lines: {
    x: { label: "X", amount: "1000", split: { by: "equal" } },
    y: { label: "Y", amount: "701", split: { by: "equal", among: ["a", "b"] } },
  },
  scenarios: [
    { name: "Ny summa", patch: { lines: { y: { amount: "999" } } } },
    { name: "Utan Y", patch: { lines: { y: null } } },
    { name: "Med Z", patch: { lines: { z: { label: "Z", amount: "50", split: { by: "equal" } } } } },
    {
      name: "Med D",
      patch: { parties: [...["a", "b", "c", "d"].map((id) => ({ id, name: id.toUpperCase() }))] },
    },
    { name: "Ören", patch: { rounding: { unit: "0.01" } } },
  ],
});

describe("scenarioTotals", () => {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json"));

  it.each(examples)("writes the same totals as the result document of %s", (name) => {
    const evaluations = evaluateScenarios(readModelFile(path.join(EXAMPLES, name)));
    expect(totalsOf(evaluations)).toEqual(totalsOfResults(evaluations));
  });

  it("writes the same totals as the result document of the national model", () => {
    const evaluations = evaluateScenarios(nationalModel());
    expect(totalsOf(evaluations)).toEqual(totalsOfResults(evaluations));
  });

  it("writes the same totals in any unit, for any amount (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -1_000_000_000_000n, max: 1_000_000_000_000n }),
        fc.constantFrom("1", "0.01", "100", "0.5"),
        (amount, unit) => {
          const units = unit === "100" ? amount * 100n : amount;
          const document = oneLine({ by: "equal", among: ["a", "b"] }, { rounding: { unit } }, String(units));
          const evaluations = evaluateScenarios(document);
          expect(totalsOf(evaluations)).toEqual(totalsOfResults(evaluations));
        },
      ),
      { numRuns: 50 },
    );
  });

  it.each(examples)("writes the same totals from the base's of %s, adding up only changed lines", (name) => {
    const evaluations = evaluateScenarios(readModelFile(path.join(EXAMPLES, name)));
    expect(totalsFromBase(evaluations)).toEqual(totalsOfResults(evaluations));
  });

  it("writes the same totals from the base's of the national model, adding up only changed lines", () => {
    const evaluations = evaluateScenarios(nationalModel());
    expect(totalsFromBase(evaluations)).toEqual(totalsOfResults(evaluations));
  });

  it("writes the same totals from the base's when a scenario drops or adds a line, adds a party or changes the unit", () => {
    const evaluations = evaluateScenarios(patched);
    expect(evaluations).toHaveLength(6);
    expect(totalsFromBase(evaluations)).toEqual(totalsOfResults(evaluations));
  });

  it("writes an evaluation's totals once, and anew under another name", () => {
    const [base] = evaluateScenarios(readModelFile(path.join(EXAMPLES, "turism.json")));
    const first = scenarioTotals(null, base!.evaluation);
    expect(scenarioTotals(null, base!.evaluation)).toBe(first);
    const named = scenarioTotals("Annat namn", base!.evaluation);
    expect([named.scenario, named.parties]).toEqual(["Annat namn", first.parties]);
  });
});
