import { unitText } from "../model/parseAmount";
import type { Model } from "../model/types";
import type { Evaluation } from "../rules/types";
import { moneyText } from "./moneyText";
import type { ScenarioTotals } from "./types";

/**
 * The base model's or a scenario's totals, written as its result writes
 * them (the same texts as scenarioResult's), without the lines: each
 * party's total and the sum of all lines. For a summary of many scenarios,
 * where writing every party's every line would cost twenty times as much.
 *
 * @example
 * scenarioTotals(null, evaluateModel(model)).parties[0]?.total; // "2000000"
 */
export function scenarioTotals(scenario: string | null, evaluation: Evaluation): ScenarioTotals {
  // Asked for twice on `run --out` (the Scenarier sheet, then the summary): written once.
  const known = TOTALS.get(evaluation);
  if (known !== undefined && known.scenario === scenario) return known;
  const totals = totalsOf(scenario, evaluation);
  TOTALS.set(evaluation, totals);
  return totals;
}

const TOTALS = new WeakMap<Evaluation, ScenarioTotals>();

function totalsOf(scenario: string | null, evaluation: Evaluation): ScenarioTotals {
  const { model } = evaluation;
  const money = moneyText(model.unit);
  const sums = model.parties.map(() => 0n);
  let total = 0n;
  for (const line of evaluation.lines.values()) {
    total += line.units;
    const units = unitsByPlace(line, model.parties);
    for (let p = 0; p < sums.length; p++) sums[p] = (sums[p] as bigint) + (units[p] as bigint);
  }
  return {
    scenario,
    model: model.name,
    currency: model.currency,
    unit: unitText(model.unit),
    total: money(total),
    parties: model.parties.map((p, i) => ({ id: p.id, name: p.name, total: money(sums[i] ?? 0n) })),
  };
}

type EvaluatedLine = Evaluation["lines"] extends ReadonlyMap<string, infer L> ? L : never;

/**
 * Each party's units of a line, by the party's place in the model (zero
 * where it has no part). Kept per line and parties: a scenario takes over
 * the base model's unchanged lines and parties as the same objects, so each
 * is looked up by id once, not once per scenario.
 */
function unitsByPlace(line: EvaluatedLine, parties: Model["parties"]): readonly bigint[] {
  const known = UNITS.get(line);
  if (known !== undefined && known.parties === parties) return known.units;
  const units = parties.map((party) => line.allocation.get(party.id)?.units ?? 0n);
  UNITS.set(line, { parties, units });
  return units;
}

const UNITS = new WeakMap<EvaluatedLine, { parties: Model["parties"]; units: readonly bigint[] }>();
