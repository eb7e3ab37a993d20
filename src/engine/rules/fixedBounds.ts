import { at, ModelError } from "../model/ModelError";
import type { FixedRule, Model } from "../model/types";
import { boundLimits, checkMinBelowMax, money, partyName, type BoundUnits } from "./boundLimits";
import type { Limits } from "./solveBounds";

/** A fixed rule's bounds as its rest rule applies them, receiver by receiver of the rest. */
export interface RestBounds {
  /** max(0, min_i − f_i) and max_i − f_i, in whole units. */
  readonly limits: Limits;
  /** Each rest receiver's fixed amount f_i, in whole units. */
  readonly fixed: readonly bigint[];
  /** Where each rest receiver's minimum comes from: its `min` or `maxDecrease`. */
  readonly minSource: readonly ("min" | "maxDecrease")[];
}

/**
 * Applies a fixed rule's bounds on whole amounts to its rest (MODEL.md,
 * "Split rules"): party i's bounds, in whole units, become max(0, min_i − f_i)
 * and max_i − f_i on its part of the rest. Undefined when the rule has no
 * bounds. The refusals, in this order, at the fixed rule's field:
 *
 * 1. each party of the rule (its fixed parties and the rest's receivers), in
 *    the order of the model's parties: one outside the rest whose fixed
 *    amount breaks a bound, checked `min`, `max`, `maxDecrease` in turn; one
 *    in the rest whose fixed amount is above its maximum (`max`);
 * 2. a party in the rest whose minimum is above its maximum (`max`);
 * 3. then the caller's checkFeasible: minimums or maximums that cannot add up.
 *
 * @example
 * restBounds(model, rule, new Map([["a", 400n]]), ["a"])?.limits.min; // [50n] for a min of 450
 */
export function restBounds(
  model: Model,
  rule: FixedRule,
  fixed: ReadonlyMap<string, bigint>,
  receivers: readonly string[],
): RestBounds | undefined {
  const inRest = new Set(receivers);
  const parties = model.parties.map((p) => p.id).filter((id) => fixed.has(id) || inRest.has(id));
  const whole = boundLimits(model, rule.bounds, parties);
  if (whole === undefined) return undefined;
  parties.forEach((party, i) =>
    checkParty(model, rule.path, party, fixed.get(party) ?? 0n, inRest.has(party), whole, i),
  );
  const index = new Map(parties.map((party, i) => [party, i]));
  const pick = <T>(list: readonly T[]) => receivers.map((party) => list[index.get(party) ?? 0] as T);
  const lows = pick(whole.min);
  const highs = pick(whole.max);
  // In the order of the model's parties, as the checks above.
  const ordered = parties.filter((party) => inRest.has(party));
  const at = (list: readonly (bigint | undefined)[]) => ordered.map((party) => list[index.get(party) ?? 0]);
  checkMinBelowMax(model, rule.path, ordered, { min: at(whole.min), max: at(whole.max) });
  const offsets = receivers.map((party) => fixed.get(party) ?? 0n);
  const sources = pick(whole.fromMin).map((own, i) =>
    own !== undefined && own === lows[i] ? "min" : "maxDecrease",
  );
  return {
    limits: {
      min: lows.map((low, i) => (low === undefined ? undefined : positive(low - (offsets[i] ?? 0n)))),
      max: highs.map((high, i) => (high === undefined ? undefined : high - (offsets[i] ?? 0n))),
    },
    fixed: offsets,
    minSource: sources,
  };
}

function positive(units: bigint): bigint {
  return units > 0n ? units : 0n;
}

/** A party's fixed amount against its own bounds: all of them outside the rest, its maximum inside it. */
function checkParty(
  model: Model,
  path: string,
  party: string,
  fixed: bigint,
  inRest: boolean,
  whole: BoundUnits,
  i: number,
): void {
  const name = partyName(model, party);
  const own = whole.fromMin[i];
  const high = whole.max[i];
  const floor = whole.fromDecrease[i];
  const amount = money(model, fixed);
  if (!inRest && own !== undefined && fixed < own)
    throw new ModelError(at(path, "min"), "fixedBelowMin", { party: name, amount, min: money(model, own) });
  if (high !== undefined && fixed > high)
    throw new ModelError(at(path, "max"), "fixedAboveMax", { party: name, amount, max: money(model, high) });
  if (!inRest && floor !== undefined && fixed < floor)
    throw new ModelError(at(path, "maxDecrease"), "fixedBelowFloor", {
      party: name,
      amount,
      floor: money(model, floor),
    });
}
