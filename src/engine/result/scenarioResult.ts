import { idRecord } from "../json/ownField";
import { decimalsOf, formatScaled, pow10, scaledHalfUp, trimZeros } from "../exact/formatDecimal";
import { Rational } from "../exact/rational";
import { unitText } from "../model/parseAmount";
import type { Model } from "../model/types";
import type { Evaluation } from "../rules/types";
import { moneyText } from "./moneyText";
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
  const places = Math.max(EXACT_DECIMALS, decimalsOf(model.unit));
  const unitInPlaces = (model.unit.num * pow10(places)) / model.unit.den;
  const money = moneyText(model.unit);
  const exactScaled = (units: Rational) =>
    scaledHalfUp(Rational.unreduced(units.num * model.unit.num, units.den * model.unit.den), places);
  const exactText = (units: Rational) => trimZeros(formatScaled(exactScaled(units), places));
  const lines = idRecord<{ amount: string }>();
  let total = 0n;
  const formats = { unit: model.unit, money, exactScaled, unitInPlaces, places };
  const ids: string[] = [];
  const columns: LineColumn[] = [];
  for (const [id, line] of evaluation.lines) {
    lines[id] = { amount: money(line.units) };
    total += line.units;
    ids.push(id);
    columns.push(lineColumn(line, model.parties, formats));
  }
  const parties = model.parties.map((party, p) => {
    const partyLines = idRecord<PartyLineResult>();
    let partyTotal = 0n;
    for (let l = 0; l < ids.length; l++) {
      const column = columns[l] as LineColumn;
      partyLines[ids[l] as string] = column.texts[p] as PartyLineResult;
      partyTotal += column.units[p] as bigint;
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

interface Formats {
  readonly unit: Rational;
  readonly money: (units: bigint) => string;
  readonly exactScaled: (units: Rational) => bigint;
  readonly unitInPlaces: bigint;
  readonly places: number;
}

/** One evaluated line's texts and units for each party of a model, in the order of its parties. */
interface LineColumn {
  readonly parties: Model["parties"];
  readonly unit: Rational;
  readonly texts: readonly PartyLineResult[];
  readonly units: readonly bigint[];
}

/**
 * Each party's texts and units for one evaluated line, by the party's
 * place in the model. Kept per line: a scenario takes over the base model's
 * unchanged lines as the same objects (evaluateModel's reuse), so their
 * texts are written once, not once per scenario. By place, not by id: the
 * result document of the national model reads 300 000 of them. The unit and
 * the parties (the same ids in the same order) are checked, as they decide the texts.
 */
function lineColumn(line: EvaluatedLine, parties: Model["parties"], formats: Formats): LineColumn {
  const known = COLUMNS.get(line);
  if (known !== undefined && known.unit.equals(formats.unit) && sameParties(known.parties, parties))
    return known;
  const texts: PartyLineResult[] = [];
  const units: bigint[] = [];
  for (const party of parties) {
    const part = line.allocation.get(party.id);
    const amount = part?.units ?? 0n;
    const exact = formats.exactScaled(part?.ideal ?? Rational.ZERO);
    units.push(amount);
    texts.push({
      amount: formats.money(amount),
      exact: trimZeros(formatScaled(exact, formats.places)),
      adjustment: trimZeros(formatScaled(amount * formats.unitInPlaces - exact, formats.places)),
    });
  }
  const column = { parties, unit: formats.unit, texts, units };
  COLUMNS.set(line, column);
  return column;
}

function sameParties(a: Model["parties"], b: Model["parties"]): boolean {
  return a === b || (a.length === b.length && a.every((party, i) => party.id === b[i]?.id));
}

type EvaluatedLine = Evaluation["lines"] extends ReadonlyMap<string, infer L> ? L : never;

const COLUMNS = new WeakMap<EvaluatedLine, LineColumn>();
