import { decimalsOf, formatDecimal, formatTrimmed } from "../exact/formatDecimal";
import type { Rational } from "../exact/rational";
import { CAUSES, type Cause, type MergedCause } from "./causeLadder";
import type { CauseAmounts, Comparison, PartyComparison } from "./compareEvaluations";

/** One party's comparison as decimal text. */
export interface PartyComparisonResult {
  readonly id: string;
  readonly name: string;
  readonly a: string;
  readonly b: string;
  readonly difference: string;
  readonly percent: string | null;
  readonly perInhabitant: string | null;
  /** In whole units, adding up exactly to the difference. */
  readonly causes: Record<Cause, string>;
  /** Exact to six decimals. */
  readonly exactCauses: Record<Cause, string>;
}

/** What `fordela compare --json` prints. */
export interface ComparisonDocument {
  readonly format: "fordela-comparison/1";
  readonly model: string;
  readonly currency: string;
  readonly a: string | null;
  readonly b: string | null;
  readonly unit: string;
  readonly total: Omit<PartyComparisonResult, "id" | "name" | "perInhabitant">;
  readonly parties: readonly PartyComparisonResult[];
  readonly merged: readonly MergedCause[];
}

/**
 * A comparison as JSON-ready text: amounts with the unit's decimals, causes
 * in whole units (adding up to the difference) and exactly to six decimals,
 * per cent and per inhabitant to two decimals (null where there is none).
 *
 * @example
 * comparisonDocument(compareScenarios(document, null, "2020"), null, "2020").parties[0]?.causes.keys; // "-812"
 */
export function comparisonDocument(
  comparison: Comparison,
  a: string | null,
  b: string | null,
): ComparisonDocument {
  const decimals = decimalsOf(comparison.unit);
  const text = (party: PartyComparison): PartyComparisonResult => ({
    id: party.id,
    name: party.name,
    a: formatDecimal(party.a, decimals),
    b: formatDecimal(party.b, decimals),
    difference: formatDecimal(party.difference, decimals),
    percent: party.percent === undefined ? null : formatDecimal(party.percent, 2),
    perInhabitant: party.perInhabitant === undefined ? null : formatDecimal(party.perInhabitant, 2),
    causes: causeTexts(party.rounded, (v) => formatDecimal(v, decimals)),
    exactCauses: causeTexts(party.causes, (v) => formatTrimmed(v, 6)),
  });
  const whole = text(comparison.total);
  const total = {
    a: whole.a,
    b: whole.b,
    difference: whole.difference,
    percent: whole.percent,
    causes: whole.causes,
    exactCauses: whole.exactCauses,
  };
  return {
    format: "fordela-comparison/1",
    model: comparison.b.model.name,
    currency: comparison.b.model.currency,
    a,
    b,
    unit: formatTrimmed(comparison.unit, decimals),
    total,
    parties: comparison.parties.map(text),
    merged: comparison.merged,
  };
}

function causeTexts(amounts: CauseAmounts, write: (value: Rational) => string): Record<Cause, string> {
  return Object.fromEntries(CAUSES.map((c) => [c, write(amounts[c])])) as Record<Cause, string>;
}
