import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  evaluateScenarios,
  resultDocument,
  scenarioTotals,
  type Evaluation,
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

type EvaluatedLine = Evaluation["lines"] extends ReadonlyMap<string, infer L> ? L : never;

/** Each evaluation with its lines wrapped (one wrapper per line object) so that reading a line's units is counted, by line id. */
function countingReads(evaluations: readonly Evaluation[], reads: Map<string, number>): Evaluation[] {
  const wrappers = new Map<object, EvaluatedLine>();
  const wrapped = (id: string, line: EvaluatedLine): EvaluatedLine => {
    const known = wrappers.get(line);
    if (known !== undefined) return known;
    const wrapper = {
      get units() {
        reads.set(id, (reads.get(id) ?? 0) + 1);
        return line.units;
      },
      allocation: line.allocation,
    };
    wrappers.set(line, wrapper);
    return wrapper;
  };
  return evaluations.map((e) => ({
    ...e,
    lines: new Map([...e.lines].map(([id, l]) => [id, wrapped(id, l)])),
  }));
}

describe("scenarioTotals", () => {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json"));

  describe.each([
    ["each evaluation's lines added up", totalsOf],
    ["from the base's, only the lines a scenario changed added up", totalsFromBase],
  ])("%s", (_, totals) => {
    it.each(examples)("writes the same totals as the result document of %s", (name) => {
      const evaluations = evaluateScenarios(readModelFile(path.join(EXAMPLES, name)));
      expect(totals(evaluations)).toEqual(totalsOfResults(evaluations));
    });

    it("writes the same totals as the result document of the national model", () => {
      const evaluations = evaluateScenarios(nationalModel());
      expect(totals(evaluations)).toEqual(totalsOfResults(evaluations));
    });

    it("writes the same totals when a scenario drops or adds a line, adds a party or changes the unit", () => {
      const evaluations = evaluateScenarios(patched);
      expect(evaluations).toHaveLength(6);
      expect(totals(evaluations)).toEqual(totalsOfResults(evaluations));
    });
  });

  it("reads only the lines a scenario changed, given the evaluation it was made from", () => {
    const evaluations = evaluateScenarios(nationalModel());
    // the national model's second scenario changes line4's weights, and nothing else
    const [base, scenario] = [evaluations[0]!.evaluation, evaluations[2]!.evaluation];
    const reads = new Map<string, number>();
    const [countedBase, counted] = countingReads([base, scenario], reads);
    scenarioTotals(null, countedBase!);
    expect(reads.size).toBe(base.lines.size);
    reads.clear();
    const totals = scenarioTotals("Scenario 2", counted!, countedBase);
    expect([...reads.keys()]).toEqual(["line4"]);
    expect(totals.parties).toEqual(totalsOfResults(evaluations)[2]!.parties);
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

  it("writes an evaluation's totals once, and anew under another name", () => {
    const [base] = evaluateScenarios(readModelFile(path.join(EXAMPLES, "turism.json")));
    const first = scenarioTotals(null, base!.evaluation);
    expect(scenarioTotals(null, base!.evaluation)).toBe(first);
    const named = scenarioTotals("Annat namn", base!.evaluation);
    expect([named.scenario, named.parties]).toEqual(["Annat namn", first.parties]);
  });
});
