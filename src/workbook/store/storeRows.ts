import type { ModelEntry, ModelOptions } from "../../contracts/modelStore";

export type { ModelEntry, ModelOptions };
/**
 * The rows of Fördela's model store sheet: one row per piece of a saved
 * model. Pure: no Office. A save writes a new set of rows (all pieces under
 * one random save id) and readers take, per model id, the newest complete
 * set, so a save cut off half-way is never read.
 */

/** The store's row format. A row of a later format is reported and left alone. */
export const STORE_FORMAT = 2;

/** A cell holds at most 32 767 characters; a piece stays well under that. */
export const PIECE_CHARS = 30_000;

/**
 * Every cell is written with this mark first, so Excel reads none of it as a
 * number, a date or a formula ("0.10" stays "0.10"); readers take it off.
 */
const MARK = "|";

/**
 * The columns, in order: A to K. The options (K) came after the text without
 * a new format: a reader that knows only A to J leaves them alone, and a row
 * without them has the default options.
 */
export const STORE_COLUMNS = [
  "id",
  "name",
  "format",
  "counter",
  "saveId",
  "savedAt",
  "savedBy",
  "piece",
  "pieces",
  "text",
  "options",
] as const;

/** The columns a listing reads: those before the model's text. */
export const META_COLUMNS = STORE_COLUMNS.indexOf("text");

/** The column of a model's options (the pane's switches kept with it). */
const OPTIONS_COLUMN = STORE_COLUMNS.indexOf("options");

/** The options of a model saved without any. */
export const DEFAULT_OPTIONS: ModelOptions = { autoRun: true };

/** A piece's row as read back, with where it sits (0 = the sheet's first row). */
export interface PieceRow {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly format: number;
  readonly counter: number;
  readonly saveId: string;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly piece: number;
  readonly pieces: number;
}

/** A complete set of rows: one save of one model. */
export interface SaveSet {
  readonly entry: ModelEntry;
  readonly rows: readonly number[];
}

/** What the store holds: per model id its newest complete save, and the sets older than it. */
export interface StoreIndex {
  /** The newest complete save of every model id, deleted ones included. */
  readonly newest: ReadonlyMap<string, SaveSet>;
  /** Rows a later save may clear: older complete sets and stale incomplete ones. */
  readonly stale: readonly number[];
  /** Rows written by a later store format, left alone. */
  readonly newer: readonly PieceRow[];
  /** Rows no set can be made of (a damaged row), by row number. */
  readonly damaged: readonly number[];
}

/**
 * The cells of one piece's row, each marked so Excel keeps it as text.
 *
 * @example
 * pieceCells(entry, 0, 1, "{}")[9]; // "|{}"
 */
export function pieceCells(
  entry: ModelEntry,
  piece: number,
  pieces: number,
  text: string,
  options: ModelOptions = DEFAULT_OPTIONS,
): string[] {
  const fields = [
    entry.id,
    entry.name,
    String(STORE_FORMAT),
    String(entry.counter),
    entry.saveId,
    entry.savedAt,
    entry.savedBy,
    String(piece),
    String(pieces),
    text,
    formatOptions(options),
  ];
  return fields.map((f) => MARK + f);
}

/** Options as their cell holds them: "autoRun=off". */
function formatOptions(options: ModelOptions): string {
  return `autoRun=${options.autoRun ? "on" : "off"}`;
}

/**
 * A model's options from a row of its save: the default for a row without
 * them (or with options this version does not know).
 *
 * @example
 * readOptions(pieceCells(entry, 0, 1, "{}", { autoRun: false })); // { autoRun: false }
 */
export function readOptions(cells: readonly unknown[]): ModelOptions {
  const pairs = (unmark(cells[OPTIONS_COLUMN]) ?? "").split(";").map((p) => p.split("="));
  const autoRun = pairs.find(([name]) => name === "autoRun")?.[1];
  return { autoRun: autoRun === "off" ? false : DEFAULT_OPTIONS.autoRun };
}

/**
 * A save's rows: the text cut into pieces of at most {@link PIECE_CHARS}
 * characters; a deleted model's save is one row without text.
 *
 * @example
 * saveRows(entry, "{…}").length; // 1
 */
export function saveRows(
  entry: ModelEntry,
  text: string,
  pieceChars = PIECE_CHARS,
  options: ModelOptions = DEFAULT_OPTIONS,
): string[][] {
  if (entry.deleted) return [pieceCells(entry, 0, 0, "", options)];
  const pieces = Math.max(1, Math.ceil(text.length / pieceChars));
  return Array.from({ length: pieces }, (_, p) =>
    pieceCells(entry, p, pieces, text.slice(p * pieceChars, (p + 1) * pieceChars), options),
  );
}

/** A cell's text without its mark; undefined for a cell Fördela did not write. */
export function unmark(cell: unknown): string | undefined {
  return typeof cell === "string" && cell.startsWith(MARK) ? cell.slice(MARK.length) : undefined;
}

const WHOLE = /^(0|[1-9]\d{0,14})$/;

/**
 * Reads a row's first {@link META_COLUMNS} cells; undefined for an empty row,
 * "damaged" for a row Fördela cannot have written.
 *
 * @example
 * readPieceRow(pieceCells(entry, 0, 1, "{}"), 4)?.saveId;
 */
export function readPieceRow(cells: readonly unknown[], row: number): PieceRow | "damaged" | undefined {
  if (cells.slice(0, META_COLUMNS).every((c) => c === "" || c === null || c === undefined)) return undefined;
  const f = cells.slice(0, META_COLUMNS).map(unmark);
  const [id, name, format, counter, saveId, savedAt, savedBy, piece, pieces] = f;
  if (f.some((v) => v === undefined) || !id || !saveId) return "damaged";
  const numbers = [format, counter, piece, pieces] as string[];
  if (!numbers.every((n) => WHOLE.test(n))) return "damaged";
  return {
    row,
    id,
    name: name as string,
    format: Number(format),
    counter: Number(counter),
    saveId,
    savedAt: savedAt as string,
    savedBy: savedBy as string,
    piece: Number(piece),
    pieces: Number(pieces),
  };
}

/** Which of two saves of one model is newer: the higher counter, then (a tie between co-authors) the later time, then the save id. */
export function newerThan(a: ModelEntry, b: ModelEntry): boolean {
  if (a.counter !== b.counter) return a.counter > b.counter;
  if (a.savedAt !== b.savedAt) return a.savedAt > b.savedAt;
  return a.saveId > b.saveId;
}

/**
 * Groups the store's rows into saves and finds each model's newest complete
 * one. A set is complete when it has every piece from 0 to pieces − 1 once,
 * all rows agreeing on the model, counter and count.
 *
 * @example
 * indexRows(rows).newest.get(id)?.entry.name;
 */
export function indexRows(rows: readonly (readonly unknown[])[]): StoreIndex {
  const sets = new Map<string, PieceRow[]>();
  const newer: PieceRow[] = [];
  const damaged: number[] = [];
  rows.forEach((cells, row) => {
    const read = readPieceRow(cells, row);
    if (read === undefined) return;
    if (read === "damaged") return damaged.push(row);
    if (read.format > STORE_FORMAT) return newer.push(read);
    const set = sets.get(read.saveId) ?? [];
    set.push(read);
    sets.set(read.saveId, set);
    return undefined;
  });
  const complete: SaveSet[] = [];
  const incomplete: PieceRow[][] = [];
  for (const set of sets.values()) {
    const whole = completeSet(set);
    if (whole === undefined) incomplete.push(set);
    else complete.push(whole);
  }
  const newest = new Map<string, SaveSet>();
  for (const set of complete) {
    const best = newest.get(set.entry.id);
    if (best === undefined || newerThan(set.entry, best.entry)) newest.set(set.entry.id, set);
  }
  const stale = [
    ...complete.filter((s) => newest.get(s.entry.id) !== s).flatMap((s) => s.rows),
    ...incomplete.filter((set) => isOutdated(set, newest)).flatMap((set) => set.map((r) => r.row)),
  ];
  return { newest, stale: stale.sort((a, b) => a - b), newer, damaged };
}

/** An incomplete set older than its model's newest complete save: a save cut off, never one still under way. */
function isOutdated(set: readonly PieceRow[], newest: ReadonlyMap<string, SaveSet>): boolean {
  const first = set[0] as PieceRow;
  const best = newest.get(first.id);
  return best !== undefined && first.counter < best.entry.counter;
}

function completeSet(set: readonly PieceRow[]): SaveSet | undefined {
  const first = set[0] as PieceRow;
  const pieces = Math.max(1, first.pieces);
  const agree = set.every(
    (r) =>
      r.id === first.id && r.counter === first.counter && r.pieces === first.pieces && r.name === first.name,
  );
  const byPiece = new Map(set.map((r) => [r.piece, r.row]));
  if (!agree || set.length !== pieces || byPiece.size !== pieces) return undefined;
  const rows = Array.from({ length: pieces }, (_, p) => byPiece.get(p));
  if (rows.some((r) => r === undefined)) return undefined;
  const entry: ModelEntry = {
    id: first.id,
    name: first.name,
    counter: first.counter,
    saveId: first.saveId,
    savedAt: first.savedAt,
    savedBy: first.savedBy,
    deleted: first.pieces === 0,
  };
  return { entry, rows: rows as number[] };
}

/**
 * Where a save of `count` rows goes: the first run of that many empty rows
 * (rows cleared by earlier saves are used again), else after the last row.
 *
 * @example
 * freeRows([["|a"], [], [], ["|b"]], 2); // 1
 */
export function freeRows(rows: readonly (readonly unknown[])[], count: number): number {
  let run = 0;
  for (let row = 0; row < rows.length; row++) {
    const empty = (rows[row] ?? []).every((c) => c === "" || c === null || c === undefined);
    run = empty ? run + 1 : 0;
    if (run === count) return row - count + 1;
  }
  return rows.length - run;
}

/**
 * Joins a set's pieces, read back as whole rows, into the model's text;
 * undefined when a row no longer belongs to the set (a co-author's save
 * cleared or reused it meanwhile).
 *
 * @example
 * joinPieces(set, rowsRead); // the model's text
 */
export function joinPieces(set: SaveSet, rows: readonly (readonly unknown[])[]): string | undefined {
  let text = "";
  for (const [p, cells] of rows.entries()) {
    const read = readPieceRow(cells, set.rows[p] ?? -1);
    if (read === undefined || read === "damaged" || read.saveId !== set.entry.saveId || read.piece !== p)
      return undefined;
    const piece = unmark(cells[META_COLUMNS]);
    if (piece === undefined) return undefined;
    text += piece;
  }
  return text;
}

/**
 * The size of rows in a request, counting the escapes a JSON request adds.
 *
 * @example
 * requestChars([["|a\"b"]]); // 17
 */
export function requestChars(rows: readonly (readonly string[])[]): number {
  let chars = 2;
  for (const row of rows) {
    chars += 3;
    for (const cell of row) {
      chars += cell.length + 3;
      for (const c of cell) if (c === '"' || c === "\\" || c < " ") chars += 5;
    }
  }
  return chars;
}
