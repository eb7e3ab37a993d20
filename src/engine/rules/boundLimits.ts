import { formatTrimmed } from "../exact/formatDecimal";
import { Rational } from "../exact/rational";
import { at, ModelError } from "../model/ModelError";
import type { BoundAmounts, Bounds, Model } from "../model/types";
import { keyValues } from "./keyValues";
import type { Limits } from "./solveBounds";

/** Whole-unit bounds per receiver, with where each minimum comes from. */
export interface BoundUnits extends Limits {
  /** The receiver's own `min`, rounded up; undefined where it has none. */
  readonly fromMin: readonly (bigint | undefined)[];
  /** (1 − p) × its value in the `maxDecrease` key, rounded up; undefined without `maxDecrease`. */
  readonly fromDecrease: readonly (bigint | undefined)[];
}

/**
 * Turns bounds into whole units per receiver: a minimum rounded up, a
 * maximum rounded down; `maxDecrease` adds the minimum (1 − p) × last year's
 * amount, and a receiver's minimum is the larger of the two. Undefined when
 * there are no bounds. Refuses a bound on a party that is not a receiver.
 *
 * @example
 * boundLimits(model, { min: { kind: "all", amount: Rational.of(60n), path } }, ["a", "b"])?.min;
 * // [60n, 60n]
 */
export function boundLimits(
  model: Model,
  bounds: Bounds,
  receivers: readonly string[],
): BoundUnits | undefined {
  const { min, max, maxDecrease } = bounds;
  if (min === undefined && max === undefined && maxDecrease === undefined) return undefined;
  const unit = model.unit;
  const fromMin = inUnits(perReceiver(model, min, receivers), unit, (m) => m.ceil());
  let fromDecrease: (bigint | undefined)[] = receivers.map(() => undefined);
  if (maxDecrease !== undefined) {
    const keep = Rational.ONE.sub(maxDecrease.percent);
    // last × keep / unit, not brought to lowest terms: only its ceiling is wanted
    fromDecrease = keyValues(model, maxDecrease.from, receivers).map((last) =>
      Rational.unreduced(last.num * keep.num * unit.den, last.den * keep.den * unit.num).ceil(),
    );
  }
  const highs = inUnits(perReceiver(model, max, receivers), unit, (m) => m.floor());
  const lows = fromMin.map((low, i) => larger(low, fromDecrease[i]));
  return { min: lows, max: highs, fromMin, fromDecrease };
}

/** Each amount in whole units, rounded by `round`; a bound shared by every receiver is worked out once. */
function inUnits(
  amounts: readonly (Rational | undefined)[],
  unit: Rational,
  round: (units: Rational) => bigint,
): (bigint | undefined)[] {
  const done = new Map<Rational, bigint>();
  return amounts.map((amount) => {
    if (amount === undefined) return undefined;
    const known = done.get(amount);
    if (known !== undefined) return known;
    const units = round(amount.div(unit));
    done.set(amount, units);
    return units;
  });
}

function larger(a: bigint | undefined, b: bigint | undefined): bigint | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/**
 * Refuses a receiver whose minimum is above its maximum, at the rule's `max`.
 *
 * @example
 * checkMinBelowMax(model, "lines.x.split", ["a"], { min: [40n], max: [30n] });
 * // throws: lines.x.split.max: Part a's minimum 40 is above its maximum 30
 */
export function checkMinBelowMax(
  model: Model,
  path: string,
  receivers: readonly string[],
  limits: Limits,
): void {
  receivers.forEach((party, i) => {
    const low = limits.min[i];
    const high = limits.max[i];
    if (low !== undefined && high !== undefined && low > high) {
      throw new ModelError(at(path, "max"), "minAboveMax", {
        party: partyName(model, party),
        min: money(model, low),
        max: money(model, high),
      });
    }
  });
}

function perReceiver(
  model: Model,
  bound: BoundAmounts | undefined,
  receivers: readonly string[],
): (Rational | undefined)[] {
  if (bound === undefined) return receivers.map(() => undefined);
  if (bound.kind === "all") return receivers.map(() => bound.amount);
  const known = new Set(receivers);
  for (const party of bound.amounts.keys()) {
    if (!known.has(party)) {
      throw new ModelError(at(bound.path, party), "boundNotReceiver", { party: partyName(model, party) });
    }
  }
  return receivers.map((party) => bound.amounts.get(party));
}

/**
 * A party's name for messages, or its id.
 *
 * @example
 * partyName(model, "2380"); // "Östersund"
 */
export function partyName(model: Model, party: string): string {
  return model.partyById.get(party)?.name ?? party;
}

/**
 * Whole units as money text for messages.
 *
 * @example
 * money(model, 120n); // "120" with unit 1; "12000" with unit 100
 */
export function money(model: Model, units: bigint): string {
  return formatTrimmed(Rational.of(units).mul(model.unit), 6);
}
