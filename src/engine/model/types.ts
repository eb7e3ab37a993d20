import type { Rational } from "../exact/rational";
import type { JsonRecord } from "../json/jsonNumber";
import type { RoundingMethod } from "../rounding/types";

/** A party that pays or receives: a kommun, the region, the state. */
export interface Party {
  readonly id: string;
  readonly name: string;
  readonly code?: string;
  /** Place in the model's `parties` array: display order and last tie-break. */
  readonly position: number;
}

/** A key: one number per party (population, users, last year's amounts). */
export interface Key {
  readonly id: string;
  readonly label?: string;
  readonly unit?: string;
  readonly source?: string;
  readonly date?: string;
  readonly values: ReadonlyMap<string, Rational>;
  /** The same values as integers over one denominator (`values` × `scale`), for fast exact sums. */
  readonly integers: ReadonlyMap<string, bigint>;
  readonly scale: bigint;
  readonly path: string;
}

/** Who a rule splits among: named parties, or the default of where it stands. */
export type Among =
  | { readonly kind: "default" }
  | { readonly kind: "parties"; readonly parties: readonly string[]; readonly path: string };

/** A bound for every receiver, or for some by party id. */
export type BoundAmounts =
  | { readonly kind: "all"; readonly amount: Rational; readonly path: string }
  | { readonly kind: "each"; readonly amounts: ReadonlyMap<string, Rational>; readonly path: string };

export interface Bounds {
  readonly min?: BoundAmounts;
  readonly max?: BoundAmounts;
  readonly maxDecrease?: { readonly from: string; readonly percent: Rational; readonly path: string };
}

export interface ShareEntry {
  readonly receiver: string;
  readonly group?: readonly string[];
  readonly share: Rational;
  readonly split?: Rule;
  readonly path: string;
}

export interface SharesRule {
  readonly by: "shares";
  readonly path: string;
  readonly entries: readonly ShareEntry[];
}

export interface KeyRule {
  readonly by: "key";
  readonly path: string;
  readonly key: string;
  readonly among: Among;
  readonly bounds: Bounds;
}

export interface EqualRule {
  readonly by: "equal";
  readonly path: string;
  readonly among: Among;
  readonly bounds: Bounds;
}

export interface Weight {
  /** A key id, or "equal" for equal parts. */
  readonly source: string;
  readonly weight: Rational;
  readonly path: string;
}

export interface WeightsRule {
  readonly by: "weights";
  readonly path: string;
  readonly among: Among;
  readonly weights: readonly Weight[];
  readonly bounds: Bounds;
}

export interface FixedAmount {
  readonly party: string;
  readonly amount: Rational;
  readonly path: string;
}

export interface FixedRule {
  readonly by: "fixed";
  readonly path: string;
  readonly amounts: readonly FixedAmount[];
  /** The key the amounts were read from ("same as last year"), if they were. */
  readonly fromKey?: string;
  /** The index factor the key's amounts were multiplied by ("last year × PKV"), if any. */
  readonly factor?: Rational;
  readonly rest?: Rule;
  /** Bounds on each party's whole amount from the rule (fixed amount plus its part of the rest); only with a rest. */
  readonly bounds: Bounds;
}

export type ProportionalRule = KeyRule | EqualRule | WeightsRule;
export type Rule = SharesRule | ProportionalRule | FixedRule;

/** How a line's total is known. */
export type LineTotal =
  | { readonly kind: "amount"; readonly amount: Rational; readonly path: string }
  | { readonly kind: "anchor"; readonly party: string; readonly amount: Rational; readonly path: string }
  | { readonly kind: "fixed-sum" };

export interface Line {
  readonly id: string;
  readonly label: string;
  readonly path: string;
  readonly total: LineTotal;
  readonly split: Rule;
}

export interface Scenario {
  readonly name: string;
  readonly description?: string;
  readonly patch: JsonRecord;
  readonly path: string;
}

/** One instalment of a payment plan. */
export interface SchedulePeriod {
  readonly label: string;
  /** The due date, as YYYY-MM-DD. */
  readonly due: string;
  readonly path: string;
}

/** How each party's total is paid: the periods, and each period's share of it. */
export interface Schedule {
  readonly periods: readonly SchedulePeriod[];
  readonly weights: readonly Rational[];
}

/** A model that passed every check of MODEL.md that needs no arithmetic. */
export interface Model {
  readonly name: string;
  readonly currency: string;
  readonly unit: Rational;
  readonly method: RoundingMethod;
  readonly parties: readonly Party[];
  readonly partyById: ReadonlyMap<string, Party>;
  /** Each party's and each group's place for tie-breaks (a group takes its earliest member's). */
  readonly positions: ReadonlyMap<string, number>;
  readonly groups: ReadonlyMap<string, readonly string[]>;
  readonly keys: ReadonlyMap<string, Key>;
  readonly lines: readonly Line[];
  readonly scenarios: readonly Scenario[];
  readonly schedule?: Schedule;
  /** The document the model was read from, for scenarios to patch. */
  readonly document: JsonRecord;
}
