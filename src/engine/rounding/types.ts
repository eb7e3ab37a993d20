/** The rounding methods of ROUNDING.md. */
export type RoundingMethod = "largest-remainder" | "sainte-lague" | "dhondt";

export const ROUNDING_METHODS: readonly RoundingMethod[] = ["largest-remainder", "sainte-lague", "dhondt"];

/**
 * Exact amounts to be rounded to whole units, all over one common
 * denominator: receiver i's exact amount is `numerators[i] / denominator`
 * units, and the numerators add up to `units × denominator`. `shares` order
 * ties (larger first), then `positions` (smaller first: the party order).
 */
export interface ExactParts {
  readonly units: bigint;
  readonly numerators: readonly bigint[];
  readonly denominator: bigint;
  readonly shares: readonly bigint[];
  readonly positions: readonly number[];
}

/** Whole units per receiver, and which receivers got a unit beyond their floor. */
export interface RoundedParts {
  readonly parts: bigint[];
  /**
   * Largest remainder only: each receiver's place in the queue for leftover
   * units (0 first), and how many leftover units were handed out.
   */
  readonly rank?: number[];
  readonly leftover?: bigint;
}
