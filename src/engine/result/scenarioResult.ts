import { decimalsOf, formatDecimal, formatTrimmed } from "../exact/formatDecimal";
import { decimalFromText } from "../exact/parseDecimal";
import { Rational } from "../exact/rational";
import { unitText } from "../model/parseAmount";
import type { Evaluation, PartyLine } from "../rules/types";
import type { PartyLineResult, ScenarioResult } from "./types";

/** Decimals shown for exact amounts and adjustments: at least six. */
const EXACT_DECIMALS = 6;

/**
 * Writes one evaluation as the result document's entry: amounts with exactly
 * the unit's decimals, exact amounts to six decimals (or exactly, where
 * shorter) and adjustments so that exact + adjustment = amount digit for digit.
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
  const parties = model.parties.map((party) => {
    const partyLines: Record<string, PartyLineResult> = {};
    let partyTotal = 0n;
    for (const [id, line] of evaluation.lines) {
      const part = line.allocation.get(party.id) ?? NOTHING;
      partyLines[id] = partyLineResult(part, model.unit, decimals);
      partyTotal += part.units;
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

const NOTHING: PartyLine = { units: 0n, ideal: Rational.ZERO, steps: [] };

function partyLineResult(part: PartyLine, unit: Rational, decimals: number): PartyLineResult {
  const places = Math.max(EXACT_DECIMALS, decimals);
  const amount = Rational.of(part.units).mul(unit);
  const exact = formatTrimmed(part.ideal.mul(unit), places);
  const shown = decimalFromText(exact) ?? Rational.ZERO;
  return {
    amount: formatDecimal(amount, decimals),
    exact,
    adjustment: formatTrimmed(amount.sub(shown), places),
  };
}
