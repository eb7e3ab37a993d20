import { commonForm } from "../exact/commonForm";
import type { Rational } from "../exact/rational";
import { largestRemainder } from "./largestRemainder";

/** One unit moved, within a row, from one column to another. */
interface Move {
  readonly row: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Controlled rounding of a two-way table (ROUNDING.md, "Both ways at once"):
 * row i's exact cells are `rowTotals[i] × weights[p]`. Every cell becomes the
 * floor or the ceiling of its exact value, every row adds up exactly to its
 * total, and every column's sum is the floor or the ceiling of its exact sum,
 * so the table foots both ways.
 *
 * Each row starts as its own largest-remainder split; where a column then
 * strays past its bounds, single units are moved along rows (a shortest chain
 * of moves, searched in party and period order) until every column is within
 * them. Such a chain always exists, as in a network flow. Later rows are
 * moved first, so the earlier parties keep their own split where they can.
 *
 * @example
 * // three parties of 1 unit each over two equal periods
 * controlledRounding([1n, 1n, 1n], [Rational.of(1n, 2n), Rational.of(1n, 2n)]);
 * // [[1n, 0n], [1n, 0n], [0n, 1n]]: the columns get 2 and 1, both within one of 1.5
 */
export function controlledRounding(rowTotals: readonly bigint[], weights: readonly Rational[]): bigint[][] {
  const table = new Table(rowTotals, weights);
  table.settleColumns();
  return table.cells();
}

function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return q * d !== n && n < 0n ? q - 1n : q;
}

class Table {
  private readonly floors: bigint[][];
  private readonly fractional: boolean[][];
  private readonly up: number[][];
  private readonly columnFloor: bigint[];
  private readonly columnCeil: bigint[];
  private readonly columnSum: bigint[];

  constructor(rowTotals: readonly bigint[], weights: readonly Rational[]) {
    const { numerators, denominator } = commonForm(weights);
    const positions = numerators.map((_, p) => p);
    this.floors = rowTotals.map((t) => numerators.map((n) => floorDiv(t * n, denominator)));
    this.fractional = rowTotals.map((t) => numerators.map((n) => (t * n) % denominator !== 0n));
    this.up = rowTotals.map((units, i) => {
      const { parts } = largestRemainder({
        units,
        numerators: numerators.map((n) => units * n),
        denominator,
        shares: numerators,
        positions,
      });
      return parts.map((part, p) => Number(part - (this.floors[i]?.[p] ?? 0n)));
    });
    const total = rowTotals.reduce((s, t) => s + t, 0n);
    this.columnFloor = numerators.map((n) => floorDiv(total * n, denominator));
    this.columnCeil = numerators.map((n, p) =>
      (total * n) % denominator === 0n ? (this.columnFloor[p] ?? 0n) : (this.columnFloor[p] ?? 0n) + 1n,
    );
    this.columnSum = numerators.map((_, p) =>
      this.floors.reduce((s, row, i) => s + (row[p] ?? 0n) + BigInt(this.up[i]?.[p] ?? 0), 0n),
    );
  }

  cells(): bigint[][] {
    return this.floors.map((row, i) => row.map((floor, p) => floor + BigInt(this.up[i]?.[p] ?? 0)));
  }

  /** Brings every column's sum within its floor and ceiling: first the ones above, then the ones below. */
  settleColumns(): void {
    for (let p = this.overfull(); p >= 0; p = this.overfull())
      this.apply(this.search(p, "out", (q) => this.sum(q) < this.ceil(q)));
    for (let p = this.short(); p >= 0; p = this.short())
      this.apply(this.search(p, "in", (q) => this.sum(q) > this.floor(q)));
  }

  private sum = (p: number): bigint => this.columnSum[p] ?? 0n;
  private floor = (p: number): bigint => this.columnFloor[p] ?? 0n;
  private ceil = (p: number): bigint => this.columnCeil[p] ?? 0n;

  private overfull(): number {
    return this.columnSum.findIndex((_, p) => this.sum(p) > this.ceil(p));
  }

  private short(): number {
    return this.columnSum.findIndex((_, p) => this.sum(p) < this.floor(p));
  }

  private canMove(row: number, from: number, to: number): boolean {
    const up = this.up[row];
    return up?.[from] === 1 && up[to] === 0 && this.fractional[row]?.[to] === true;
  }

  /**
   * Breadth-first search for a chain of moves that takes a unit out of
   * column `start` (or brings one into it) and ends at a column that can
   * give or take one.
   */
  private search(start: number, direction: "out" | "in", isEnd: (p: number) => boolean): Move[] {
    const via = new Map<number, Move | null>([[start, null]]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const column = queue[head] as number;
      for (let row = this.up.length - 1; row >= 0; row--) {
        for (let other = 0; other < this.columnSum.length; other++) {
          const move =
            direction === "out" ? { row, from: column, to: other } : { row, from: other, to: column };
          if (via.has(other) || !this.canMove(move.row, move.from, move.to)) continue;
          via.set(other, move);
          if (isEnd(other)) return this.chain(via, other, direction);
          queue.push(other);
        }
      }
    }
    throw new Error("controlled rounding found no chain of moves; the table cannot be rounded both ways");
  }

  private chain(via: Map<number, Move | null>, end: number, direction: "out" | "in"): Move[] {
    const moves: Move[] = [];
    for (let move = via.get(end); move; move = via.get(direction === "out" ? move.from : move.to))
      moves.push(move);
    return moves;
  }

  private apply(moves: readonly Move[]): void {
    for (const { row, from, to } of moves) {
      const up = this.up[row] as number[];
      up[from] = 0;
      up[to] = 1;
      this.columnSum[from] = this.sum(from) - 1n;
      this.columnSum[to] = this.sum(to) + 1n;
    }
  }
}
