import type { Rational } from "../exact/rational";
import type { Allocation, Step } from "./types";

/**
 * Adds a part to a party's share of a line (a party can receive twice in one
 * line: a fixed amount and a share of the rest).
 *
 * @example
 * addPart(allocation, "2303", 5n, Rational.of(5n), [step]);
 */
export function addPart(
  into: Allocation,
  party: string,
  units: bigint,
  ideal: Rational,
  steps: readonly Step[],
): void {
  const before = into.get(party);
  into.set(
    party,
    before === undefined
      ? { units, ideal, steps }
      : { units: before.units + units, ideal: before.ideal.add(ideal), steps: [...before.steps, ...steps] },
  );
}
