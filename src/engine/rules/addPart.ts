import type { Rational } from "../exact/rational";
import type { Allocation, Step } from "./types";

const NO_STEPS: readonly Step[] = Object.freeze([]);

/**
 * Adds a part to a party's share of a line (a party can receive twice in one
 * line: a fixed amount and a share of the rest). `steps` is undefined when
 * the evaluation keeps no explanations.
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
): void {
  const before = into.get(party);
  if (before === undefined) {
    into.set(party, { units, ideal, steps: steps ?? NO_STEPS });
    return;
  }
  const joined = steps === undefined ? before.steps : [...before.steps, ...steps];
  into.set(party, { units: before.units + units, ideal: before.ideal.add(ideal), steps: joined });
}
