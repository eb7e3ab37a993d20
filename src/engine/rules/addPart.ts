import { Rational } from "../exact/rational";
import type { Allocation, Held, PartyLine, Step } from "./types";

const NO_STEPS: readonly Step[] = Object.freeze([]);

/**
 * Adds a part to a party's share of a line (a party can receive twice in one
 * line: a fixed amount and a share of the rest). `steps` is undefined when
 * the evaluation keeps no explanations; `held` says a bound held the part.
 *
 * @example
 * addPart(allocation, "2303", 5n, Rational.of(5n), undefined);
 */
export function addPart(
  into: Allocation,
  party: string,
  units: bigint,
  ideal: Rational,
  steps: readonly Step[] | undefined,
  held?: Held,
): void {
  const before = into.get(party);
  if (before === undefined) {
    into.set(party, partLine(units, ideal, steps ?? NO_STEPS, held));
    return;
  }
  const joined = steps === undefined ? before.steps : [...before.steps, ...steps];
  into.set(party, partLine(before.units + units, plus(before.ideal, ideal), joined, before.held ?? held));
}

/**
 * a + b, not brought to lowest terms: ideal amounts are kept as they come
 * (idealOf's are not reduced either), and a fixed amount plus a share of the
 * rest would otherwise cost a greatest common divisor per party.
 */
function plus(a: Rational, b: Rational): Rational {
  if (a.den === b.den) return Rational.unreduced(a.num + b.num, a.den);
  if (a.den === 1n) return Rational.unreduced(a.num * b.den + b.num, b.den);
  if (b.den === 1n) return Rational.unreduced(a.num + b.num * a.den, a.den);
  return Rational.unreduced(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** One literal per shape, not a spread: there is one of these per party and line. */
function partLine(units: bigint, ideal: Rational, steps: readonly Step[], held: Held | undefined): PartyLine {
  return held === undefined ? { units, ideal, steps } : { units, ideal, steps, held };
}
