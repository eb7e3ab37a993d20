/**
 * A column's letters: 0 is "A", 26 is "AA".
 *
 * @example
 * columnLetters(27); // "AB"
 */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * A cell's A1 address from 0-based row and column; `absolute` adds the dollars.
 *
 * @example
 * cellAddress(4, 2); // "C5"
 * cellAddress(4, 2, true); // "$C$5"
 */
export function cellAddress(row: number, col: number, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(col)}${dollar}${row + 1}`;
}

/**
 * A block's A1 address.
 *
 * @example
 * rangeAddress(0, 0, 2, 3); // "A1:C2"
 */
export function rangeAddress(row: number, col: number, rows: number, cols: number, absolute = false): string {
  const start = cellAddress(row, col, absolute);
  return rows === 1 && cols === 1
    ? start
    : `${start}:${cellAddress(row + rows - 1, col + cols - 1, absolute)}`;
}

/**
 * A sheet name as formulas refer to it: quoted when it holds anything but letters, digits and "_".
 *
 * @example
 * sheetRef("Fördelning"); // "'Fördelning'"
 * sheetRef("Indata"); // "Indata"
 */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Groups sorted row numbers into runs of consecutive rows, for short SUM ranges.
 *
 * @example
 * runs([4, 5, 6, 9]); // [[4, 6], [9, 9]]
 */
export function runs(rows: readonly number[]): [number, number][] {
  const result: [number, number][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = result.at(-1);
    if (last !== undefined && last[1] === row - 1) last[1] = row;
    else result.push([row, row]);
  }
  return result;
}
