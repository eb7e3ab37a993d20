import type { TableData } from "./readInputs";

const SEPARATORS = [";", "\t", ","] as const;

/** Splits one line into fields, with double quotes around fields that hold the separator. */
function fields(line: string, separator: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      out.push(cell.trim());
      cell = "";
    } else cell += c;
  }
  out.push(cell.trim());
  return out;
}

/** The separator that splits the most lines into the same number of fields, at least two. */
function separatorOf(lines: readonly string[]): string {
  const score = (separator: string) => {
    const counts = lines.slice(0, 20).map((l) => fields(l, separator).length);
    const common = counts.filter((n) => n === Math.max(...counts)).length;
    return Math.max(...counts) >= 2 ? common * Math.max(...counts) : 0;
  };
  return [...SEPARATORS].sort((a, b) => score(b) - score(a))[0] ?? ",";
}

/**
 * Reads delimited text, as SCB's Statistikdatabasen exports it or as pasted
 * from a sheet: comma, semicolon or tab, fields in double quotes or not, and
 * title lines above the heading (skipped: the heading is the first line with
 * as many fields as the table). Gives the table as the reader of inputs takes
 * it, with `sheet` naming where it came from for the addresses in refusals.
 *
 * @example
 * parseDelimited('"region";"2024"\n"2380 Östersund";64979', "Urklipp").rows; // [["2380 Östersund", "64979"]]
 */
export function parseDelimited(text: string, sheet: string): TableData {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const separator = separatorOf(lines.filter((l) => l.trim() !== ""));
  const split = lines.map((l) => (l.trim() === "" ? [] : fields(l, separator)));
  const width = Math.max(0, ...split.map((f) => f.length));
  const header = split.findIndex((f) => f.length === width && width >= 2);
  const rows = split.slice(header + 1).filter((f) => f.some((cell) => cell !== ""));
  return { sheet, row: Math.max(0, header), col: 0, headers: split[header] ?? [], rows };
}

/**
 * Decodes a file's bytes: UTF-8 when they are valid UTF-8, else Windows-1252
 * (older SCB exports).
 *
 * @example
 * decodeText(new Uint8Array([0x4f, 0x73, 0x74, 0xe9])); // "Osté"
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
