import type { Cell } from "../description/types";
import { swedishNumber, textPixels, widthGrowsWithSize, type Font } from "./textWidth";

/** The largest negative and non-negative number seen in one column, format and font (-1: none yet). */
interface Group {
  readonly format: string;
  readonly font: Font;
  negative: number;
  positive: number;
}

/**
 * The widest number of each column as it prints, found without writing out
 * every number: where a format's width grows with a number's size
 * ({@link widthGrowsWithSize}), only the largest negative and the largest
 * non-negative number of each column, format and font are written and
 * measured, and the widest of them is the column's widest number exactly.
 * The national model's sheets hold 100 000 numbers; writing each in Swedish
 * took a third of their layout, most of it in the garbage collector.
 *
 * @example
 * const widest = new WidestNumbers();
 * widest.add({ row: 0, col: 1, value: -5, numberFormat: "#,##0" }, {}, () => 0);
 * widest.add({ row: 1, col: 1, value: 1234, numberFormat: "#,##0" }, {}, () => 0);
 * widest.pixels(1) === textPixels("1 234"); // true
 */
export class WidestNumbers {
  /** By column, its groups: a column holds one or two formats and fonts, so a short list. */
  private readonly groups: Group[][] = [];

  /**
   * Takes a cell's number (its value, cached result or `estimate`) into its
   * column's widest; false, taking nothing, when the cell holds no number or
   * its width must be measured from its text.
   */
  add(cell: Cell, font: Font, estimate: (cell: Cell) => number): boolean {
    const format = cell.numberFormat;
    if (format === undefined) return false;
    const value = cell.formula === undefined ? cell.value : (cell.result ?? estimate(cell));
    if (typeof value !== "number" || !(Math.abs(value) < 1e21) || !widthGrowsWithSize(format)) return false;
    const group = this.groupOf(cell.col, format, font);
    if (value < 0) {
      if (-value > group.negative) group.negative = -value;
    } else if (value > group.positive) group.positive = value;
    return true;
  }

  /** The widest number taken in a column, in pixels (0 when none). */
  pixels(col: number): number {
    let widest = 0;
    for (const group of this.groups[col] ?? []) {
      const { format, font } = group;
      if (group.negative >= 0)
        widest = Math.max(widest, textPixels(swedishNumber(-group.negative, format), font));
      if (group.positive >= 0)
        widest = Math.max(widest, textPixels(swedishNumber(group.positive, format), font));
    }
    return widest;
  }

  private groupOf(col: number, format: string, font: Font): Group {
    let list = this.groups[col];
    if (list === undefined) {
      list = [];
      this.groups[col] = list;
    }
    // fonts by identity (layout passes one object per font; equal fonts as two objects only make two groups);
    // an indexed loop: unoptimized, for…of allocates each step's result, and this runs for every number
    for (let i = 0; i < list.length; i++) {
      const group = list[i] as Group;
      if (group.font === font && group.format === format) return group;
    }
    const group = { format, font, negative: -1, positive: -1 };
    list.push(group);
    return group;
  }
}
