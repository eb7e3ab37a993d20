import { Rational, sum } from "../exact/rational";
import { at, ModelError } from "../model/ModelError";
import type { ProportionalRule } from "../model/types";
import type { Model } from "../model/types";
import { money } from "./boundLimits";
import type { Limits } from "./solveBounds";

/**
 * Refuses bounds that cannot all hold: minimums that add up to more than the
 * amount, or maximums (where every receiver has one) to less.
 *
 * @example
 * checkFeasible(model, rule, Rational.of(100n), shares, { min: [Rational.of(60n), Rational.of(60n)], max: [undefined, undefined] });
 * // throws: lines.x.split.min: the minimums add up to 120, more than the 100 there is to split
 */
export function checkFeasible(
  model: Model,
  rule: ProportionalRule,
  units: Rational,
  shares: readonly Rational[],
  limits: Limits,
): void {
  const zeroShare = shares.map((s) => s.sign() === 0);
  const lowest = limits.min.map(
    (m, i) => m ?? (zeroShare[i] ? Rational.ZERO.min(limits.max[i] ?? Rational.ZERO) : undefined),
  );
  const highest = limits.max.map(
    (m, i) => m ?? (zeroShare[i] ? Rational.ZERO.max(limits.min[i] ?? Rational.ZERO) : undefined),
  );
  if (lowest.every((m) => m !== undefined)) {
    const floor = sum(lowest as Rational[]);
    if (floor.compare(units) > 0) {
      const path = at(rule.path, rule.bounds.min === undefined ? "maxDecrease" : "min");
      throw new ModelError(
        path,
        `the minimums add up to ${money(model, floor)}, more than the ${money(model, units)} there is to split`,
      );
    }
  }
  if (highest.every((m) => m !== undefined)) {
    const ceiling = sum(highest as Rational[]);
    if (ceiling.compare(units) < 0) {
      throw new ModelError(
        at(rule.path, "max"),
        `the maximums add up to ${money(model, ceiling)}, less than the ${money(model, units)} there is to split`,
      );
    }
  }
}
