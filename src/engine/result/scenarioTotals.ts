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
 * Given the evaluation a scenario was evaluated from (`from`, the base),
 * and where the scenario changed fewer than half its lines, only those are
 * added up anew: the base's sums plus each changed line's units less the
 * base's for that line.
 *
 * @example
 * scenarioTotals(null, evaluateModel(model)).parties[0]?.total; // "2000000"
 * scenarioTotals("Folkmängd 2020", scenario.evaluation, base.evaluation);
 */
export function scenarioTotals(
  scenario: string | null,
  evaluation: Evaluation,
  from?: Evaluation,
): ScenarioTotals {
  // Asked for twice on `run --out` (the Scenarier sheet, then the summary): written once.
  const known = TOTALS.get(evaluation);
  if (known !== undefined && known.scenario === scenario) return known;
  const totals = totalsOf(scenario, evaluation, from);
  TOTALS.set(evaluation, totals);
  return totals;
}

const TOTALS = new WeakMap<Evaluation, ScenarioTotals>();

function totalsOf(scenario: string | null, evaluation: Evaluation, from?: Evaluation): ScenarioTotals {
  const { model } = evaluation;
  const money = moneyText(model.unit);
  const { sums, total } = sumsOf(evaluation, from);
  return {
    scenario,
    model: model.name,
    currency: model.currency,
    unit: unitText(model.unit),
    total: money(total),
    parties: model.parties.map((p, i) => ({ id: p.id, name: p.name, total: money(sums[i] ?? 0n) })),
  };
}

/** Each party's units summed over an evaluation's lines (by its place in the model), and all lines' units. */
interface Sums {
  readonly sums: readonly bigint[];
  readonly total: bigint;
}

/**
 * An evaluation's sums, kept for the scenarios evaluated from it: from
 * `from`'s sums where the two share their parties and most of their lines,
 * so that a line the scenario took over unchanged (the same object, whose
 * units are the same in both) is not added again; each other line is added,
 * and `from`'s line of the same id taken away.
 */
function sumsOf(evaluation: Evaluation, from?: Evaluation): Sums {
  const known = SUMS.get(evaluation);
  if (known !== undefined) return known;
  const { parties } = evaluation.model;
  const base =
    from !== undefined && from.model.parties === parties && mostlyShared(evaluation, from) ? from : undefined;
  const start = base === undefined ? undefined : sumsOf(base);
  const into = {
    sums: start === undefined ? parties.map(() => 0n) : [...start.sums],
    total: start?.total ?? 0n,
  };
  for (const [id, line] of evaluation.lines) {
    const before = base?.lines.get(id);
    if (before === line) continue;
    add(into, line, parties, 1n);
    if (before !== undefined) add(into, before, parties, -1n);
  }
  if (base !== undefined)
    for (const [id, line] of base.lines) if (!evaluation.lines.has(id)) add(into, line, parties, -1n);
  SUMS.set(evaluation, into);
  return into;
}

/** Whether most of an evaluation's lines are `from`'s (the same objects): else adding up all is less work than adding and taking away. */
function mostlyShared(evaluation: Evaluation, from: Evaluation): boolean {
  let shared = 0;
  for (const [id, line] of evaluation.lines) if (from.lines.get(id) === line) shared++;
  return 2 * shared > evaluation.lines.size;
}

const SUMS = new WeakMap<Evaluation, Sums>();

/** Adds `sign` times a line's units to each party's sum and to the total. */
function add(
  into: { sums: bigint[]; total: bigint },
  line: EvaluatedLine,
  parties: Model["parties"],
  sign: bigint,
): void {
  const units = unitsByPlace(line, parties);
  const { sums } = into;
  into.total += sign * line.units;
  if (sign > 0n) for (let p = 0; p < sums.length; p++) sums[p] = (sums[p] as bigint) + (units[p] as bigint);
  else for (let p = 0; p < sums.length; p++) sums[p] = (sums[p] as bigint) - (units[p] as bigint);
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
