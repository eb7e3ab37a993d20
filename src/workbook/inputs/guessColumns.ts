import type { ColumnChoice, TableData } from "./readInputs";

/**
 * A key id from a column heading: "Folkmängd 2024" becomes "folkmangd_2024".
 *
 * @example
 * keyId("Folkmängd 31 dec 2024"); // "folkmangd_31_dec_2024"
 */
export function keyId(heading: string): string {
  const id = heading
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return /^[a-z_]/.test(id) ? id : `k_${id}`;
}

function looksNumeric(value: unknown): boolean {
  return (
    typeof value === "number" ||
    (typeof value === "string" && /^-?[\d\s\u00a0]+([.,]\d+)?$/.test(value.trim()))
  );
}

/**
 * The columns a table most likely means: the first is the party (an id, or
 * SCB's "2380 Östersund"), a second column of text is the name, and every
 * column that holds numbers in most rows is a key.
 *
 * @example
 * guessColumns(table); // { party: 0, name: 1, keys: Map { 2 => "folkmangd" } }
 */
export function guessColumns(table: TableData): ColumnChoice {
  const numeric = table.headers.map(
    (_, col) => table.rows.filter((r) => looksNumeric(r[col])).length > table.rows.length / 2,
  );
  const name = table.headers.length > 1 && !numeric[1] ? 1 : undefined;
  const keys = new Map<number, string>();
  table.headers.forEach((heading, col) => {
    if (col !== 0 && col !== name && numeric[col]) keys.set(col, keyId(heading || `kolumn ${col + 1}`));
  });
  return name === undefined ? { party: 0, keys } : { party: 0, name, keys };
}
