import { commonForm, type CommonForm } from "../exact/commonForm";
import { Rational } from "../exact/rational";
import { at, ModelError } from "../model/ModelError";
import type { FixedRule, Model, ProportionalRule, Rule, SharesRule } from "../model/types";
import { roundParts } from "../rounding/roundParts";
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
 * exactly. `trail` holds the steps of the levels above, or is undefined when
 * the steps are not wanted (keeping them all costs a third of the time).
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
  trail: readonly Step[] | undefined,
): void {
  if (rule.by === "shares") allocateShares(model, rule, amount, into, trail);
  else if (rule.by === "fixed") allocateFixed(model, rule, amount, scope, into, trail);
  else allocateProportional(model, rule, amount, scope, into, trail);
}

/**
 * Rounds one level: receiver i's exact amount is exact.numerators[i] /
 * exact.denominator units, its share shares.numerators[i] / shares.denominator.
 */
function roundLevel(
  model: Model,
  rule: Rule,
  units: bigint,
  exact: CommonForm,
  shares: CommonForm,
  receivers: readonly string[],
): Step[] {
  const positions = receivers.map((r) => model.positions.get(r) ?? 0);
  const rounded = roundParts(model.method, {
    units,
    numerators: exact.numerators,
    denominator: exact.denominator,
    shares: shares.numerators,
    positions,
  });
  // One object literal per step: spreading a step to add the rank was the slowest line of the engine.
  return receivers.map((receiver, i) => ({
    rule: rule.path,
    receiver,
    share: Rational.unreduced(shares.numerators[i] ?? 0n, shares.denominator),
    exact: Rational.unreduced(exact.numerators[i] ?? 0n, exact.denominator),
    units: rounded.parts[i] ?? 0n,
    rank: rounded.rank?.[i],
    leftover: rounded.leftover,
  }));
}

/** The unrounded amount of a part: its share of the unrounded whole that was split here. */
function idealOf(amount: Amount, step: Step): Rational {
  if (amount.units === 0n) return amount.ideal.mul(step.share ?? Rational.ZERO);
  if (amount.ideal.den === 1n && amount.ideal.num === amount.units) return step.exact;
  const sign = amount.units < 0n ? -1n : 1n;
  return Rational.unreduced(
    amount.ideal.num * step.exact.num * sign,
    amount.ideal.den * step.exact.den * amount.units * sign,
  );
}

function follow(trail: readonly Step[] | undefined, step: Step): readonly Step[] | undefined {
  return trail === undefined ? undefined : [...trail, step];
}

function scaled(units: bigint, shares: CommonForm): CommonForm {
  return { numerators: shares.numerators.map((s) => units * s), denominator: shares.denominator };
}

function allocateShares(
  model: Model,
  rule: SharesRule,
  amount: Amount,
  into: Allocation,
  trail: readonly Step[] | undefined,
): void {
  const shares = commonForm(rule.entries.map((e) => e.share));
  const steps = roundLevel(
    model,
    rule,
    amount.units,
    scaled(amount.units, shares),
    shares,
    rule.entries.map((e) => e.receiver),
  );
  rule.entries.forEach((entry, i) => {
    const step = steps[i] as Step;
    const part = { units: step.units, ideal: amount.ideal.mul(entry.share) };
    if (entry.split !== undefined && entry.group !== undefined)
      allocateRule(model, entry.split, part, entry.group, into, follow(trail, step));
    else addPart(into, entry.receiver, part.units, part.ideal, follow(trail, step));
  });
}

function allocateProportional(
  model: Model,
  rule: ProportionalRule,
  amount: Amount,
  scope: Scope,
  into: Allocation,
  trail: readonly Step[] | undefined,
): void {
  const receivers = receiversOf(model, rule, scope);
  const shares = sharesOf(model, rule, receivers);
  const limits = boundLimits(model, rule, receivers);
  if (limits !== undefined) checkFeasible(model, rule, amount.units, shares.numerators, limits);
  const exact =
    limits === undefined
      ? scaled(amount.units, shares)
      : solveBounds(amount.units, shares.numerators, limits);
  const steps = roundLevel(model, rule, amount.units, exact, shares, receivers);
  receivers.forEach((party, i) => {
    const step = steps[i] as Step;
    addPart(into, party, step.units, idealOf(amount, step), follow(trail, step));
  });
}

function allocateFixed(
  model: Model,
  rule: FixedRule,
  amount: Amount,
  scope: Scope,
  into: Allocation,
  trail: readonly Step[] | undefined,
): void {
  let fixedUnits = 0n;
  for (const fixed of rule.amounts) {
    const units = fixed.amount.div(model.unit).floor();
    fixedUnits += units;
    const step = { rule: rule.path, receiver: fixed.party, exact: Rational.of(units), units };
    addPart(into, fixed.party, units, Rational.of(units), follow(trail, step));
  }
  const rest = { units: amount.units - fixedUnits, ideal: amount.ideal.sub(Rational.of(fixedUnits)) };
  if (rule.rest === undefined) {
    if (rest.units !== 0n) {
      throw new ModelError(
        at(rule.path, "amounts"),
        `the fixed amounts add up to ${money(model, fixedUnits)}, but there is ${money(model, amount.units)} to split; add a "rest" rule for the difference`,
      );
    }
    return;
  }
  if (rest.units < 0n) {
    throw new ModelError(
      at(rule.path, "rest"),
      `the fixed amounts add up to ${money(model, fixedUnits)}, more than the ${money(model, amount.units)} there is to split, so the rest would be negative`,
    );
  }
  allocateRule(model, rule.rest, rest, scope, into, trail);
}
