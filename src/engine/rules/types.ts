import type { Rational } from "../exact/rational";
import type { Model } from "../model/types";
import type { PaymentPlan } from "../schedule/paymentPlan";

/**
 * One level of rounding that a party's amount went through: the rule, the
 * receiver at that level (the party, or its group), the share, the exact
 * amount in units and the whole units it was rounded to. A party inside a
 * group has two steps: the group's, then its own.
 */
export interface Step {
  readonly rule: string;
  readonly receiver: string;
  /** The receiver's share of what this rule splits; none for a fixed amount. */
  readonly share?: Rational;
  readonly exact: Rational;
  readonly units: bigint;
  /** Largest remainder: place in the queue for leftover units, and how many there were. */
  readonly rank?: number;
  readonly leftover?: bigint;
}

/**
 * A party held at one of its bounds: which side, the bound that held it
 * (`maxDecrease` when last year's floor is above its own `min`), the bound
 * and what the rule would have given it without bounds, both exact and in
 * rounding units of the bounded rule's whole amount (for a fixed rule with a
 * rest: the fixed amount plus the part of the rest).
 */
export interface Held {
  readonly rule: string;
  readonly side: "min" | "max";
  readonly source: "min" | "max" | "maxDecrease";
  /** The floor's key and percentage, when `source` is `maxDecrease`. */
  readonly decrease?: { readonly from: string; readonly percent: Rational };
  readonly bound: bigint;
  readonly free: Rational;
}

/** What one party gets from one line, in rounding units. */
export interface PartyLine {
  readonly units: bigint;
  /** The amount with no rounding at any level: the line total times the party's overall share. */
  readonly ideal: Rational;
  /** How the amount came about, level by level; empty unless the evaluation was asked to explain. */
  readonly steps: readonly Step[];
  /** Set when a bound held the party's amount away from what its rule alone would give. */
  readonly held?: Held;
}

/** Party id → what it gets from one line. */
export type Allocation = Map<string, PartyLine>;

/** The parties a rule splits among when it names none: a group's members, or undefined at the top of a line. */
export type Scope = readonly string[] | undefined;

/** The evaluated model: each line's total in units and each party's part of it. */
export interface Evaluation {
  readonly model: Model;
  readonly lines: ReadonlyMap<string, { readonly units: bigint; readonly allocation: Allocation }>;
  /** The payment plan, when the model has a schedule. */
  readonly plan?: PaymentPlan;
}
