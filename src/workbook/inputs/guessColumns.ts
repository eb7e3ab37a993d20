import { isMissing, readAs } from "./numberColumn";
import { SCB_REGION, type ColumnChoice, type TableData } from "./readInputs";

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
    (typeof value === "string" &&
      (readAs(value, "comma") !== undefined || readAs(value, "point") !== undefined || isMissing(value)))
  );
}

/** The id, or with "_2", "_3" … when an earlier column took it. */
function unique(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}_${n}`;
  taken.add(candidate);
  return candidate;
}

/**
 * The columns a table most likely means: the first is the party (an id, or
 * SCB's "2380 Östersund"), a second column of text is the name (unless the
 * first holds code and name, as SCB's does), and every
 * column whose filled cells are mostly numbers is a key.
 *
 * @example
 * guessColumns(table); // { party: 0, name: 1, keys: Map { 2 => "folkmangd" } }
 */
export function guessColumns(table: TableData): ColumnChoice {
  // a column is numbers when most of its filled cells are (blank cells are refused later, not guessed on)
  const numeric = table.headers.map((_, col) => {
    const filled = table.rows.filter((r) => String(r[col] ?? "").trim() !== "");
    return filled.length > 0 && filled.filter((r) => looksNumeric(r[col])).length > filled.length / 2;
  });
  // SCB's "2380 Östersund" holds its own name; a text column beside it is another variable ("totalt ålder")
  const codeAndName = table.rows.every((r) => SCB_REGION.test(String(r[0] ?? "").trim()));
  const name = table.headers.length > 1 && !numeric[1] && !codeAndName ? 1 : undefined;
  const keys = new Map<number, string>();
  const taken = new Set<string>();
  table.headers.forEach((heading, col) => {
    if (col !== 0 && col !== name && numeric[col])
      keys.set(col, unique(keyId(heading || `kolumn ${col + 1}`), taken));
  });
  return name === undefined ? { party: 0, keys } : { party: 0, name, keys };
}
