/** A column of a text table: its heading and whether its cells align right. */
export interface Column {
  readonly heading: string;
  readonly right: boolean;
}

/**
 * Lays out rows as an aligned text table with a rule under the heading and
 * one above the last row (the sums).
 *
 * @example
 * textTable([{ heading: "Part", right: false }, { heading: "Belopp", right: true }], [["A", "1"], ["Summa", "1"]]);
 */
export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) =>
    Math.max([...c.heading].length, ...rows.map((r) => [...(r[i] ?? "")].length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - [...cell].length);
        return columns[i]?.right ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  const body = rows.map(line);
  return [line(columns.map((c) => c.heading)), rule, ...body.slice(0, -1), rule, ...body.slice(-1)].join(
    "\n",
  );
}
