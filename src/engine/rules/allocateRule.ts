import { Rational } from "../exact/rational";
import { at, ModelError } from "../model/ModelError";
import type { FixedRule, Model, ProportionalRule, Rule, SharesRule } from "../model/types";
import { roundParts } from "../rounding/roundParts";
import { toExactParts } from "../rounding/toExactParts";
import { addPart } from "./addPart";
import { boundLimits, money } from "./boundLimits";
import { checkFeasible } from "./checkFeasible";
import { receiversOf } from "./receiversOf";
import { sharesOf } from "./sharesOf";
import { solveBounds } from "./solveBounds";
import type { Allocation, Scope, Step } from "./types";

/** A whole number of units to split, with the unrounded amount it stands for. */
interface Amount {
  readonly units: bigint;
  readonly ideal: Rational;
}

/**
 * Splits a whole number of units by a rule into `into`, rounding at this
 * level and recursing into groups and rests, each of which keeps its own sum
 * exactly. `trail` holds the steps of the levels above.
 *
 * @example
 * const into: Allocation = new Map();
 * allocateRule(model, line.split, { units: 4000000n, ideal: Rational.of(4000000n) }, undefined, into, []);
 */
export function allocateRule(
  model: Model,
  rule: Rule,
  amount: Amount,
  scope: Scope,
  into: Allocation,
  trail: readonly Step[],
): void {
  if (rule.by === "shares") allocateShares(model, rule, amount, into, trail);
  else if (rule.by === "fixed") allocateFixed(model, rule, amount, scope, into, trail);
  else allocateProportional(model, rule, amount, scope, into, trail);
}

/** The unrounded amount of a part: its exact share of what was split here, of the unrounded whole. */
function idealOf(amount: Amount, exact: Rational, share: Rational): Rational {
  return amount.units === 0n
    ? amount.ideal.mul(share)
    : amount.ideal.mul(exact).div(Rational.of(amount.units));
}

function roundLevel(
  model: Model,
  rule: Rule,
  units: bigint,
  exact: Rational[],
  shares: Rational[],
  receivers: readonly string[],
  positions: number[],
): Step[] {
  const rounded = roundParts(model.method, toExactParts(units, exact, shares, positions));
  return receivers.map((receiver, i) => {
    const step: Step = {
      rule: rule.path,
      receiver,
      share: shares[i] as Rational,
      exact: exact[i] as Rational,
      units: rounded.parts[i] ?? 0n,
    };
    return rounded.rank === undefined
      ? step
      : { ...step, rank: rounded.rank[i] as number, leftover: rounded.leftover ?? 0n };
  });
}

function allocateShares(
  model: Model,
  rule: SharesRule,
  amount: Amount,
  into: Allocation,
  trail: readonly Step[],
): void {
  const shares = rule.entries.map((e) => e.share);
  const exact = shares.map((s) => s.mul(Rational.of(amount.units)));
  const positions = rule.entries.map((e) =>
    Math.min(...(e.group ?? [e.receiver]).map((p) => model.partyById.get(p)?.position ?? 0)),
  );
  const steps = roundLevel(
    model,
    rule,
    amount.units,
    exact,
    shares,
    rule.entries.map((e) => e.receiver),
    positions,
  );
  rule.entries.forEach((entry, i) => {
    const step = steps[i] as Step;
    const part = { units: step.units, ideal: amount.ideal.mul(entry.share) };
    if (entry.split !== undefined && entry.group !== undefined)
      allocateRule(model, entry.split, part, entry.group, into, [...trail, step]);
    else addPart(into, entry.receiver, part.units, part.ideal, [...trail, step]);
  });
}

function allocateProportional(
  model: Model,
  rule: ProportionalRule,
  amount: Amount,
  scope: Scope,
  into: Allocation,
  trail: readonly Step[],
): void {
  const receivers = receiversOf(model, rule, scope);
  const shares = sharesOf(model, rule, receivers);
  const units = Rational.of(amount.units);
  const limits = boundLimits(model, rule, receivers);
  if (limits !== undefined) checkFeasible(model, rule, units, shares, limits);
  const exact = limits === undefined ? shares.map((s) => s.mul(units)) : solveBounds(units, shares, limits);
  const positions = receivers.map((p) => model.partyById.get(p)?.position ?? 0);
  const steps = roundLevel(model, rule, amount.units, exact, shares, receivers, positions);
  receivers.forEach((party, i) => {
    const step = steps[i] as Step;
    addPart(into, party, step.units, idealOf(amount, step.exact, step.share ?? Rational.ZERO), [
      ...trail,
      step,
    ]);
  });
}

function allocateFixed(
  model: Model,
  rule: FixedRule,
  amount: Amount,
  scope: Scope,
  into: Allocation,
  trail: readonly Step[],
): void {
  let fixedUnits = 0n;
  for (const { party, amount: money } of rule.amounts) {
    const units = money.div(model.unit).floor();
    fixedUnits += units;
    addPart(into, party, units, Rational.of(units), [
      ...trail,
      { rule: rule.path, receiver: party, exact: Rational.of(units), units },
    ]);
  }
  const rest = { units: amount.units - fixedUnits, ideal: amount.ideal.sub(Rational.of(fixedUnits)) };
  if (rule.rest === undefined) {
    if (rest.units !== 0n)
      throw new ModelError(
        at(rule.path, "amounts"),
        `the fixed amounts add up to ${money(model, Rational.of(fixedUnits))}, but there is ${money(model, Rational.of(amount.units))} to split; add a "rest" rule for the difference`,
      );
    return;
  }
  if (rest.units < 0n)
    throw new ModelError(
      at(rule.path, "rest"),
      `the fixed amounts add up to ${money(model, Rational.of(fixedUnits))}, more than the ${money(model, Rational.of(amount.units))} there is to split, so the rest would be negative`,
    );
  allocateRule(model, rule.rest, rest, scope, into, trail);
}
