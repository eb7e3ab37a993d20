import path from "node:path";
import { evaluateScenarios, Rational, resultDocument } from "../../src/engine";
import { readModelFile } from "../../src/cli/readModelFile";
import { EXAMPLES } from "../helpers/cli";

const state = evaluateScenarios(readModelFile(path.join(EXAMPLES, "finsam-staten.json")));
const forbund = evaluateScenarios(readModelFile(path.join(EXAMPLES, "samordningsforbund.json")));

function heldAtFloor(scenario: number): string[] {
  const allocation = state[scenario]?.evaluation.lines.get("finsam")?.allocation ?? new Map();
  return [...allocation]
    .filter(([, part]) => part.held?.side === "min" && part.held.source === "maxDecrease")
    .map(([id]) => id);
}

describe("the Finsam chain: the state's model, then the förbund's", () => {
  it("splits about 339 mkr among a realistic number of förbund", () => {
    const model = state[0]?.evaluation.model;
    expect(model?.parties.length).toBeGreaterThanOrEqual(75);
    expect(state[0]?.evaluation.lines.get("finsam")?.units).toBe(339_000_000n);
  });

  it("holds several förbund at 90 % of last year's amount, and more with at most 5 % decrease", () => {
    const base = heldAtFloor(0);
    const fivePercent = state.findIndex((e) => e.scenario?.name === "Högst 5 % minskning");
    expect(base.length).toBeGreaterThanOrEqual(3);
    expect(heldAtFloor(fivePercent).length).toBeGreaterThan(base.length);
  });

  it("gives each förbund held at the floor at least 90 % of last year's amount, and not a krona more than it needs", () => {
    const model = state[0]?.evaluation.model;
    const allocation = state[0]?.evaluation.lines.get("finsam")?.allocation;
    for (const id of heldAtFloor(0)) {
      const last = model?.keys.get("fjol")?.values.get(id) ?? Rational.ZERO;
      const floor = last.mul(Rational.of(9n, 10n)).ceil();
      expect(`${id}: ${allocation?.get(id)?.units}`).toBe(`${id}: ${floor}`);
    }
  });

  it("anchors the förbund's scenario on what the state's model gives the Jämtland förbund", () => {
    const fromState = resultDocument(state).results[0]?.parties.find((p) => p.id === "jamtland")?.total;
    const scenario = resultDocument(forbund).results.find((r) => r.scenario === "Statens modell 2025");
    const staten = scenario?.parties.find((p) => p.id === "staten")?.total;
    expect(staten).toBe(fromState);
    // The state pays half: the region and the kommuner match it together.
    expect(BigInt(scenario?.total ?? "0")).toBe(2n * BigInt(fromState ?? "-1"));
  });
});
