import { commonForm, type CommonForm } from "../exact/commonForm";
import { Rational } from "../exact/rational";
import { at, ModelError } from "../model/ModelError";
import type { FixedRule, Model, ProportionalRule, Rule, SharesRule } from "../model/types";
import { roundParts } from "../rounding/roundParts";
import { addPart } from "./addPart";
import { money } from "./boundLimits";
import { checkFeasible } from "./checkFeasible";
import { heldAtBound } from "./heldAtBound";
import { memoPair, type PairCache } from "./memoPair";
import { levelBounds, type BoundingParent } from "./levelBounds";
import { receiversOf } from "./receiversOf";
import { sharesOf } from "./sharesOf";
import { solveBounds, type Limits } from "./solveBounds";
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

/** One level rounded: whole units per receiver, with the exact amounts and shares they came from. */
interface Level {
  readonly rule: Rule;
  readonly receivers: readonly string[];
  readonly exact: CommonForm;
  readonly shares: CommonForm;
  readonly parts: readonly bigint[];
  readonly rank?: readonly number[];
  readonly leftover?: bigint;
}

/**
 * Rounds one level: receiver i's exact amount is exact.numerators[i] /
 * exact.denominator units, its share shares.numerators[i] / shares.denominator.
 * Places in the queue for leftover units are `ranked` only for explanations.
 */
function roundLevel(
  model: Model,
  rule: Rule,
  units: bigint,
  exact: CommonForm,
  shares: CommonForm,
  receivers: readonly string[],
  ranked: boolean,
  bounds?: Limits,
): Level {
  const positions = placesOf(model, receivers);
  const input = {
    units,
    numerators: exact.numerators,
    denominator: exact.denominator,
    shares: shares.numerators,
    positions,
  };
  const rounded = roundParts(model.method, input, ranked, bounds);
  return { rule, receivers, exact, shares, ...rounded };
}

/**
 * Each receiver's place in the party order, worked out once per party order
 * and receivers array: the arrays are held by many lines and scenarios (a
 * group's members, every party with a value in a key, a shares rule's
 * entries), so a level finds its places again instead of a look-up per receiver.
 */
function placesOf(model: Model, receivers: readonly string[]): readonly number[] {
  return memoPair(POSITIONS, model.positions, receivers, () =>
    receivers.map((r) => model.positions.get(r) ?? 0),
  );
}

const POSITIONS: PairCache<ReadonlyMap<string, number>, readonly string[], readonly number[]> = new WeakMap();

/** Receiver i's step at a level, made only when explanations are kept (the objects cost time on large models). */
function stepAt(level: Level, i: number): Step {
  return {
    rule: level.rule.path,
    receiver: level.receivers[i] ?? "",
    share: Rational.unreduced(level.shares.numerators[i] ?? 0n, level.shares.denominator),
    exact: Rational.unreduced(level.exact.numerators[i] ?? 0n, level.exact.denominator),
    units: level.parts[i] ?? 0n,
    rank: level.rank?.[i],
    leftover: level.leftover,
  };
}

/**
 * The unrounded amount of receiver i's part: its share of the unrounded
 * whole that was split here. Where no bound held the level (`free`), that is
 * the whole times the share, over the share's denominator, the same for
 * every line split by the same key among the same receivers: sums over many
 * lines (a party's total, a comparison's causes) then meet few denominators.
 */
function idealOf(amount: Amount, level: Level, i: number, free: boolean): Rational {
  const n = level.exact.numerators[i] ?? 0n;
  const d = level.exact.denominator;
  if (amount.units === 0n) return shareOfIdeal(amount, level, i);
  // Split whole, the exact amount in units is the ideal one (free: n = units · share numerator, made already).
  if (amount.ideal.den === 1n && amount.ideal.num === amount.units) return Rational.unreduced(n, d);
  if (free) return shareOfIdeal(amount, level, i);
  const sign = amount.units < 0n ? -1n : 1n;
  return Rational.unreduced(amount.ideal.num * n * sign, amount.ideal.den * d * amount.units * sign);
}

/** The unrounded whole times receiver i's share, over the share's denominator. */
function shareOfIdeal(amount: Amount, level: Level, i: number): Rational {
  return Rational.unreduced(
    amount.ideal.num * (level.shares.numerators[i] ?? 0n),
    amount.ideal.den * level.shares.denominator,
  );
}

function follow(trail: readonly Step[] | undefined, level: Level, i: number): readonly Step[] | undefined {
  return trail === undefined ? undefined : [...trail, stepAt(level, i)];
}

function scaled(units: bigint, shares: CommonForm): CommonForm {
  return { numerators: shares.numerators.map((s) => units * s), denominator: shares.denominator };
}

/**
 * A shares rule's receivers and their shares over one denominator, worked
 * out once per rule (a least common multiple per entry): a rule is never
 * changed, and a line a scenario leaves alone keeps its rule object, so
 * every scenario that splits it again finds them.
 */
function sharesLevel(rule: SharesRule): { shares: CommonForm; receivers: readonly string[] } {
  let known = SHARES_LEVEL.get(rule);
  if (known === undefined) {
    known = {
      shares: commonForm(rule.entries.map((e) => e.share)),
      receivers: rule.entries.map((e) => e.receiver),
    };
    SHARES_LEVEL.set(rule, known);
  }
  return known;
}

const SHARES_LEVEL = new WeakMap<SharesRule, { shares: CommonForm; receivers: readonly string[] }>();

function allocateShares(
  model: Model,
  rule: SharesRule,
  amount: Amount,
  into: Allocation,
  trail: readonly Step[] | undefined,
): void {
  const { shares, receivers } = sharesLevel(rule);
  const level = roundLevel(
    model,
    rule,
    amount.units,
    scaled(amount.units, shares),
    shares,
    receivers,
    trail !== undefined,
  );
  rule.entries.forEach((entry, i) => {
    const part = { units: level.parts[i] ?? 0n, ideal: amount.ideal.mul(entry.share) };
    if (entry.split !== undefined && entry.group !== undefined)
      allocateRule(model, entry.split, part, entry.group, into, follow(trail, level, i));
    else addPart(into, entry.receiver, part.units, part.ideal, follow(trail, level, i));
  });
}

function allocateProportional(
  model: Model,
  rule: ProportionalRule,
  amount: Amount,
  scope: Scope,
  into: Allocation,
  trail: readonly Step[] | undefined,
  parent?: BoundingParent,
): void {
  const receivers = receiversOf(model, rule, scope);
  const shares = sharesOf(model, rule, receivers);
  const bounds = levelBounds(model, rule, receivers, parent);
  if (bounds !== undefined)
    checkFeasible(
      model,
      bounds.bounds,
      bounds.path,
      amount.units,
      receivers,
      shares.numerators,
      bounds.limits,
    );
  const solved =
    bounds === undefined ? undefined : solveBounds(amount.units, shares.numerators, bounds.limits);
  const free = scaled(amount.units, shares);
  const exact = solved ?? free;
  const level = roundLevel(
    model,
    rule,
    amount.units,
    exact,
    shares,
    receivers,
    trail !== undefined,
    bounds?.limits,
  );
  // One description of the bounded level for all its receivers, not a copy per receiver.
  const part =
    bounds === undefined || solved === undefined
      ? undefined
      : { ...bounds, rule: bounds.path, exact: solved, shares: shares.numerators, free };
  receivers.forEach((party, i) => {
    const held = part === undefined ? undefined : heldAtBound(part, i);
    const ideal = idealOf(amount, level, i, solved === undefined);
    addPart(into, party, level.parts[i] ?? 0n, ideal, follow(trail, level, i), held);
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
  const fixedOf = new Map<string, bigint>();
  for (const fixed of rule.amounts) {
    const units = fixed.amount.div(model.unit).floor();
    fixedUnits += units;
    fixedOf.set(fixed.party, units);
    const steps =
      trail === undefined
        ? undefined
        : [...trail, { rule: rule.path, receiver: fixed.party, exact: Rational.of(units), units }];
    addPart(into, fixed.party, units, Rational.of(units), steps);
  }
  const rest = { units: amount.units - fixedUnits, ideal: amount.ideal.sub(Rational.of(fixedUnits)) };
  if (rule.rest === undefined) {
    if (rest.units !== 0n) {
      throw new ModelError(at(rule.path, "amounts"), "fixedNeedRest", {
        fixed: money(model, fixedUnits),
        amount: money(model, amount.units),
      });
    }
    return;
  }
  if (rest.units < 0n) {
    throw new ModelError(at(rule.path, "rest"), "restNegative", {
      fixed: money(model, fixedUnits),
      amount: money(model, amount.units),
    });
  }
  // Bounds on whole amounts are only accepted over a key, equal or weights rest (checkBoundedRest).
  if (rule.rest.by === "key" || rule.rest.by === "equal" || rule.rest.by === "weights")
    allocateProportional(model, rule.rest, rest, scope, into, trail, { rule, fixed: fixedOf });
  else allocateRule(model, rule.rest, rest, scope, into, trail);
}
