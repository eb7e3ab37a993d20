import { idRecord } from "../json/ownField";
import { decimalsOf, formatScaled, pow10, scaledHalfUp, trimZeros } from "../exact/formatDecimal";
import { Rational } from "../exact/rational";
import { unitText } from "../model/parseAmount";
import type { Model } from "../model/types";
import type { Evaluation } from "../rules/types";
import type { PartyLineResult, ScenarioResult } from "./types";

/** Decimals shown for exact amounts and adjustments: at least six. */
const EXACT_DECIMALS = 6;

/**
 * Writes one evaluation as the result document's entry: amounts with exactly
 * the unit's decimals, exact amounts to six decimals (or exactly, where
 * shorter, rounded half away from zero) and adjustments so that exact +
 * adjustment = amount digit for digit. Integer arithmetic throughout.
 *
 * @example
 * scenarioResult(null, evaluateModel(model)).parties[0]?.total; // "2000000"
 */
export function scenarioResult(scenario: string | null, evaluation: Evaluation): ScenarioResult {
  const { model } = evaluation;
  const decimals = decimalsOf(model.unit);
  const places = Math.max(EXACT_DECIMALS, decimals);
  const unitInDecimals = (model.unit.num * pow10(decimals)) / model.unit.den;
  const unitInPlaces = (model.unit.num * pow10(places)) / model.unit.den;
  const money = (units: bigint) => formatScaled(units * unitInDecimals, decimals);
  const exactScaled = (units: Rational) =>
    scaledHalfUp(Rational.unreduced(units.num * model.unit.num, units.den * model.unit.den), places);
  const exactText = (units: Rational) => trimZeros(formatScaled(exactScaled(units), places));
  const lines = idRecord<{ amount: string }>();
  let total = 0n;
  const texts = new Map<string, ReadonlyMap<string, PartyLineResult>>();
  for (const [id, line] of evaluation.lines) {
    lines[id] = { amount: money(line.units) };
    total += line.units;
    texts.set(
      id,
      lineTexts(line, model.parties, { unit: model.unit, money, exactScaled, unitInPlaces, places }),
    );
  }
  const parties = model.parties.map((party) => {
    const partyLines = idRecord<PartyLineResult>();
    let partyTotal = 0n;
    for (const [id, line] of evaluation.lines) {
      partyLines[id] = texts.get(id)?.get(party.id) ?? ZERO_TEXTS;
      partyTotal += line.allocation.get(party.id)?.units ?? 0n;
    }
    const periods = evaluation.plan?.parts.get(party.id);
    const result = { id: party.id, name: party.name, total: money(partyTotal), lines: partyLines };
    return periods === undefined ? result : { ...result, periods: periods.map(money) };
  });
  const plan = evaluation.plan;
  const schedule = plan?.periods.map((period, p) => ({
    label: period.label,
    due: period.due,
    amount: money(plan.totals[p] ?? 0n),
    exact: exactText(plan.exactTotals[p] ?? Rational.ZERO),
  }));
  return {
    scenario,
    model: model.name,
    currency: model.currency,
    unit: unitText(model.unit),
    total: money(total),
    lines,
    parties,
    ...(schedule === undefined ? {} : { schedule }),
  };
}

const ZERO_TEXTS: PartyLineResult = { amount: "0", exact: "0", adjustment: "0" };

interface Formats {
  readonly unit: Rational;
  readonly money: (units: bigint) => string;
  readonly exactScaled: (units: Rational) => bigint;
  readonly unitInPlaces: bigint;
  readonly places: number;
}

/**
 * Each party's texts for one evaluated line. Kept per line: a scenario takes
 * over the base model's unchanged lines as the same objects (evaluateModel's
 * reuse), so their texts are written once, not once per scenario. The unit
 * and the parties are checked, as they decide the texts.
 */
function lineTexts(
  line: EvaluatedLine,
  parties: Model["parties"],
  formats: Formats,
): ReadonlyMap<string, PartyLineResult> {
  const known = TEXTS.get(line);
  if (known !== undefined && known.unit.equals(formats.unit) && parties.every((p) => known.texts.has(p.id)))
    return known.texts;
  const texts = new Map<string, PartyLineResult>();
  for (const party of parties) {
    const part = line.allocation.get(party.id);
    const units = part?.units ?? 0n;
    const exact = formats.exactScaled(part?.ideal ?? Rational.ZERO);
    texts.set(party.id, {
      amount: formats.money(units),
      exact: trimZeros(formatScaled(exact, formats.places)),
      adjustment: trimZeros(formatScaled(units * formats.unitInPlaces - exact, formats.places)),
    });
  }
  TEXTS.set(line, { unit: formats.unit, texts });
  return texts;
}

type EvaluatedLine = Evaluation["lines"] extends ReadonlyMap<string, infer L> ? L : never;

const TEXTS = new WeakMap<EvaluatedLine, { unit: Rational; texts: ReadonlyMap<string, PartyLineResult> }>();
