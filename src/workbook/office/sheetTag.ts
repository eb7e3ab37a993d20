/**
 * Fördela's tag on a sheet it wrote: which of its sheets it is (its role, the
 * name it was written under) and a fingerprint of the cells it wrote, so that
 * a renamed sheet is still found and a user's edit since is seen.
 */
export interface SheetTag {
  readonly role: string;
  readonly fingerprint: string;
}

/** The worksheet custom property's key (ExcelApi 1.12). */
export const TAG_PROPERTY = "Fordela";
/** The hidden sheet-scoped name that carries the tag where custom properties are missing. */
export const TAG_NAME = "Fordela_blad";

const PREFIX = "fordela1";

/**
 * The tag as one short text (under Excel's 255 characters: a sheet name is at most 31).
 *
 * @example
 * formatTag({ role: "Indata", fingerprint: "0a1b2c3d4e5f6071" }); // "fordela1|0a1b2c3d4e5f6071|Indata"
 */
export function formatTag(tag: SheetTag): string {
  return `${PREFIX}|${tag.fingerprint}|${tag.role}`;
}

/**
 * Reads a tag from a custom property's value or a name's value; a name's
 * formula (`="…"`, quotes doubled) is read too. Anything else is no tag.
 *
 * @example
 * parseTag('="fordela1|0a1b|Indata"'); // { role: "Indata", fingerprint: "0a1b" }
 */
export function parseTag(text: unknown): SheetTag | undefined {
  if (typeof text !== "string") return undefined;
  const quoted = /^="(.*)"$/s.exec(text);
  const plain = quoted === null ? text : (quoted[1] ?? "").replace(/""/g, '"');
  const match = /^fordela1\|([0-9a-f]+)\|(.+)$/s.exec(plain);
  if (match === null) return undefined;
  return { fingerprint: match[1] ?? "", role: match[2] ?? "" };
}

/** A tag as the formula of a sheet-scoped name: a text constant. */
export function tagFormula(tag: SheetTag): string {
  return `="${formatTag(tag).replace(/"/g, '""')}"`;
}

/**
 * A fingerprint of a sheet's cells as Range.formulas gives them, from
 * (`row`, `col`): every non-empty cell with its place. Numbers written as
 * text and a formula's letter case are read back by Excel in its own way, so
 * both are made alike first. A small hand-written FNV-1a (two 32-bit lanes):
 * it must run synchronously in the pane and the tests, and guards against
 * slips, not attacks.
 *
 * @example
 * cellsFingerprint([["Kommun", 5]]) === cellsFingerprint([["", ""], ["x", ""]]); // false
 */
export function cellsFingerprint(formulas: readonly (readonly unknown[])[], row = 0, col = 0): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
  };
  formulas.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const text = normalized(cell);
      if (text !== "") add(`${row + r},${col + c}=${text}\n`);
    }),
  );
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  return hex(a) + hex(b);
}

function normalized(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  const text = String(cell);
  if (/^-?\d+(\.\d+)?$/.test(text)) return String(Number(text));
  return text.startsWith("=") ? text.toUpperCase() : text;
}
