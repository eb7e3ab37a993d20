import type { CommonForm } from "../exact/commonForm";
import { Rational } from "../exact/rational";
import type { Bounds } from "../model/types";
import type { Bounded, Limits } from "./solveBounds";
import type { Held } from "./types";

/** What a bounded level knows about receiver i, to tell whether a bound held it. */
export interface BoundedPart {
  readonly rule: string;
  readonly limits: Limits;
  /** The exact amounts within the bounds, in units, and μ. */
  readonly exact: Bounded;
  /** Each receiver's share numerator S_i: at the rate the others got, it would get μ · S_i. */
  readonly shares: readonly bigint[];
  /** The exact amounts the rule would give with no bounds at all, in units. */
  readonly free: CommonForm;
  /** Added to the amounts before they are reported: each receiver's fixed amount under a fixed rule's bounds. */
  readonly offsets?: readonly bigint[];
  /** Where each receiver's minimum comes from. */
  readonly minSource: readonly ("min" | "maxDecrease")[];
  readonly bounds: Bounds;
}

/**
 * Whether receiver i was held at a bound: μ · S_i, what its share gives at
 * the rate the others were paid, lies beyond the bound, so that it got the
 * bound instead (MODEL.md: clamp(λ · s_i, min_i, max_i)). Undefined when it
 * was not held. `free` is what the rule would have given it with no bounds
 * at all, so that `bound − free` says how much the bounds moved it.
 *
 * @example
 * heldAtBound({ rule: "lines.x.split", limits: { min: [60n, undefined], max: [undefined, undefined] },
 *   exact: { numerators: [60n, 40n], denominator: 1n, mu: { p: 40n, q: 1n } }, shares: [1n, 1n],
 *   free: { numerators: [50n, 50n], denominator: 1n }, minSource: ["min", "min"], bounds: {} }, 0);
 * // { side: "min", bound: 60n, free: 50, … }
 */
export function heldAtBound(part: BoundedPart, i: number): Held | undefined {
  const { p, q } = part.exact.mu;
  const share = part.shares[i] ?? 0n;
  const wanted = p * share; // μ · S_i, over q
  const low = part.limits.min[i];
  const high = part.limits.max[i];
  const offset = part.offsets?.[i] ?? 0n;
  // A receiver with no share has μ · S_i = 0 whatever μ is: a bound above 0 holds it too.
  const free = Rational.unreduced(
    (part.free.numerators[i] ?? 0n) + offset * part.free.denominator,
    part.free.denominator,
  );
  if (low !== undefined && wanted < low * q) {
    const source = part.minSource[i] ?? "min";
    const floor = part.bounds.maxDecrease;
    const decrease =
      source === "maxDecrease" && floor !== undefined
        ? { from: floor.from, percent: floor.percent }
        : undefined;
    return {
      rule: part.rule,
      side: "min",
      source,
      ...(decrease === undefined ? {} : { decrease }),
      bound: low + offset,
      free,
    };
  }
  if (high !== undefined && wanted > high * q)
    return { rule: part.rule, side: "max", source: "max", bound: high + offset, free };
  return undefined;
}
