import { decimalsOf, formatDecimal, formatTrimmed, roundHalfUp } from "../exact/formatDecimal";
import { Rational } from "../exact/rational";
import { unitText } from "../model/parseAmount";
import type { Evaluation } from "../rules/types";
import type { PartyLineResult, ScenarioResult } from "./types";

/** Decimals shown for exact amounts and adjustments: at least six. */
const EXACT_DECIMALS = 6;

/**
 * Writes one evaluation as the result document's entry: amounts with exactly
 * the unit's decimals, exact amounts to six decimals (or exactly, where
 * shorter, rounded half away from zero) and adjustments so that exact + adjustment
 * = amount digit for digit.
 *
 * @example
 * scenarioResult(null, evaluateModel(model)).parties[0]?.total; // "2000000"
 */
export function scenarioResult(scenario: string | null, evaluation: Evaluation): ScenarioResult {
  const { model } = evaluation;
  const decimals = decimalsOf(model.unit);
  const money = (units: bigint) => formatDecimal(Rational.of(units).mul(model.unit), decimals);
  const lines: Record<string, { amount: string }> = {};
  let total = 0n;
  for (const [id, line] of evaluation.lines) {
    lines[id] = { amount: money(line.units) };
    total += line.units;
  }
  const places = Math.max(EXACT_DECIMALS, decimals);
  const parties = model.parties.map((party) => {
    const partyLines: Record<string, PartyLineResult> = {};
    let partyTotal = 0n;
    for (const [id, line] of evaluation.lines) {
      const units = line.allocation.get(party.id)?.units ?? 0n;
      const exact = roundHalfUp(
        (line.allocation.get(party.id)?.ideal ?? Rational.ZERO).mul(model.unit),
        places,
      );
      partyLines[id] = partyLineResult(Rational.of(units).mul(model.unit), exact, decimals, places);
      partyTotal += units;
    }
    return { id: party.id, name: party.name, total: money(partyTotal), lines: partyLines };
  });
  return {
    scenario,
    model: model.name,
    currency: model.currency,
    unit: unitText(model.unit),
    total: money(total),
    lines,
    parties,
  };
}

function partyLineResult(
  amount: Rational,
  exact: Rational,
  decimals: number,
  places: number,
): PartyLineResult {
  return {
    amount: formatDecimal(amount, decimals),
    exact: formatTrimmed(exact, places),
    adjustment: formatTrimmed(amount.sub(exact), places),
  };
}
