import { formatTrimmed } from "../exact/formatDecimal";
import { Rational } from "../exact/rational";
import { at, ModelError } from "../model/ModelError";
import type { BoundAmounts, Model, ProportionalRule } from "../model/types";
import { keyValues } from "./keyValues";
import type { Limits } from "./solveBounds";

/**
 * Turns a rule's bounds into whole units per receiver: a minimum rounded up, a
 * maximum rounded down; `maxDecrease` adds the minimum (1 − p) × last year's
 * amount. Undefined when the rule has no bounds. Refuses a bound on a party
 * that does not receive from the rule, and a minimum above a maximum.
 *
 * @example
 * boundLimits(model, { by: "equal", bounds: { min: { kind: "all", amount: Rational.of(60n), path } }, ... }, ["a", "b"]);
 * // { min: [60n, 60n], max: [undefined, undefined] }
 */
export function boundLimits(
  model: Model,
  rule: ProportionalRule,
  receivers: readonly string[],
): Limits | undefined {
  const { min, max, maxDecrease } = rule.bounds;
  if (min === undefined && max === undefined && maxDecrease === undefined) return undefined;
  const unit = model.unit;
  const lows = perReceiver(model, min, receivers).map((m) =>
    m === undefined ? undefined : m.div(unit).ceil(),
  );
  if (maxDecrease !== undefined) {
    const keep = Rational.ONE.sub(maxDecrease.percent);
    keyValues(model, maxDecrease.from, receivers).forEach((last, i) => {
      const floor = last.mul(keep).div(unit).ceil();
      const low = lows[i];
      lows[i] = low === undefined || floor > low ? floor : low;
    });
  }
  const highs = perReceiver(model, max, receivers).map((m) =>
    m === undefined ? undefined : m.div(unit).floor(),
  );
  receivers.forEach((party, i) => {
    const low = lows[i];
    const high = highs[i];
    if (low !== undefined && high !== undefined && low > high) {
      const name = model.partyById.get(party)?.name ?? party;
      throw new ModelError(
        at(rule.path, "max"),
        `${name}'s minimum ${money(model, low)} is above its maximum ${money(model, high)}`,
      );
    }
  });
  return { min: lows, max: highs };
}

function perReceiver(
  model: Model,
  bound: BoundAmounts | undefined,
  receivers: readonly string[],
): (Rational | undefined)[] {
  if (bound === undefined) return receivers.map(() => undefined);
  if (bound.kind === "all") return receivers.map(() => bound.amount);
  for (const party of bound.amounts.keys()) {
    if (!receivers.includes(party)) {
      const name = model.partyById.get(party)?.name ?? party;
      throw new ModelError(
        at(bound.path, party),
        `${name} does not receive from this rule, so it cannot have a bound in it`,
      );
    }
  }
  return receivers.map((party) => bound.amounts.get(party));
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
