import Papa from "papaparse";
import type { Language } from "../render/labels";
import { InputError } from "./InputError";
import type { TableData } from "./readInputs";

const DELIMITERS = [";", "\t", ","] as const;
/** How many records the delimiter and the heading are judged on. */
const PREVIEW = 50;

type Records = string[][];

/**
 * The most common number of fields among records that hold anything, and how
 * many records have it. A tie goes to a width of two fields or more, then to
 * the width met first: with a heading and one row of another width, the
 * heading sets the width, so the row is refused as wider or narrower than it.
 */
function commonWidth(records: Records): { width: number; count: number } {
  const counts = new Map<number, number>(); // in the order each width is first met
  for (const record of records)
    if (record.some((field) => field.trim() !== ""))
      counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
  let best = { width: 0, count: 0 };
  for (const [width, count] of counts)
    if (count > best.count || (count === best.count && best.width < 2 && width >= 2)) best = { width, count };
  return best;
}

/** The delimiter that gives the most records of one width, at least two fields wide. */
function delimiterOf(text: string): string {
  let best: { delimiter: string; count: number } = { delimiter: ";", count: 0 };
  for (const delimiter of DELIMITERS) {
    const preview = Papa.parse<string[]>(text, { delimiter, newline: "\n", preview: PREVIEW }).data;
    const { width, count } = commonWidth(preview);
    if (width >= 2 && count > best.count) best = { delimiter, count };
  }
  return best.delimiter;
}

/** The 1-based line each record starts on: a quoted field's line breaks count as lines. */
function startLines(records: Records): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const record of records) {
    lines.push(line);
    line += 1;
    for (const field of record) if (field.includes("\n")) line += field.split("\n").length - 1;
  }
  return lines;
}

/** Line and column of a character offset. */
function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  return { line: before.split("\n").length, column: index - before.lastIndexOf("\n") };
}

/** The field (1-based) a character offset falls in, counting from a record's first character. */
function fieldAt(text: string, from: number, to: number, delimiter: string): number {
  let field = 1;
  let quoted = false;
  for (let i = from; i < to; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === delimiter && !quoted) field++;
  }
  return field;
}

/** The offset where a 1-based line starts. */
function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line && offset !== -1; l++) offset = text.indexOf("\n", offset) + 1;
  return offset;
}

/** Refuses the first quote papaparse could not close or place, at the quote's line and field. */
function refuseQuotes(
  text: string,
  file: string,
  parsed: Papa.ParseResult<string[]>,
  language: Language,
): void {
  const error = parsed.errors[0];
  if (error === undefined) return;
  // papaparse points just past the opening quote
  const at = Math.max(0, (error.index ?? 0) - (text[(error.index ?? 0) - 1] === '"' ? 1 : 0));
  const record = lineStart(text, startLines(parsed.data)[error.row ?? 0] ?? 1);
  const line = text.slice(0, at).split("\n").length;
  const column = fieldAt(text, record, at, parsed.meta.delimiter);
  throw new InputError(
    { file, line, column },
    error.code === "MissingQuotes" ? "unclosedQuote" : "badQuote",
    {},
    language,
  );
}

/**
 * Reads delimited text, as SCB's Statistikdatabasen exports it, as Excel
 * saves it or as pasted from a sheet, with papaparse: comma, semicolon or tab
 * (the one that splits the most records into as many fields, at least two),
 * fields in double quotes or not, line breaks inside quoted fields, title
 * lines above the heading (skipped: the heading is the first record as wide
 * as the table) and notes below the table after a blank line. Refuses, at
 * its line and column, an unclosed or misplaced quote, a NUL character (UTF-16
 * without its byte order mark) and a row narrower or wider than the heading
 * (mixed delimiters). Gives the table as the reader of inputs takes it, with
 * each row's line for the refusals.
 *
 * @example
 * parseDelimited('"region";"2024"\n"2380 Östersund";64979', "Urklipp", "sv").rows; // [["2380 Östersund", "64979"]]
 */
export function parseDelimited(text: string, file: string, language: Language): TableData {
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const nul = clean.indexOf("\u0000");
  if (nul !== -1) {
    const { line, column } = position(clean, nul);
    throw new InputError({ file, line, column }, "nul", {}, language);
  }
  // Excel may write "sep=;" as the first line: it names the delimiter and is no part of the table
  const sep = /^"?sep=(.)"?\n/i.exec(clean);
  const body = sep === null ? clean : `\n${clean.slice(sep[0].length)}`;
  const parsed = Papa.parse<string[]>(body, { delimiter: sep?.[1] ?? delimiterOf(body), newline: "\n" });
  refuseQuotes(body, file, parsed, language);
  const records = parsed.data.map((record) => record.map((field) => field.trim()));
  const lines = startLines(parsed.data);
  const { width } = commonWidth(records.slice(0, PREVIEW));
  const header = records.findIndex((record) => record.length === width);
  if (width < 2 || header === -1) throw new InputError({ file, line: 1, column: 1 }, "noTable", {}, language);
  const headers = records[header] ?? [];
  // row: the heading's 0-based line, for refusals that point at the heading
  return {
    sheet: file,
    row: (lines[header] ?? 1) - 1,
    col: 0,
    headers,
    ...bodyOf(records, lines, header, file, language),
  };
}

/**
 * The rows below the heading, with their lines: blank records are skipped,
 * one-field notes after a blank line are left out, trailing empty fields are
 * dropped; any other record not as wide as the heading is refused.
 */
function bodyOf(
  records: Records,
  lines: readonly number[],
  header: number,
  file: string,
  language: Language,
): { rows: string[][]; lines: number[] } {
  const width = records[header]?.length ?? 0;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let afterBlank = false;
  for (let i = header + 1; i < records.length; i++) {
    const record = records[i] ?? [];
    const line = lines[i] ?? 0;
    if (record.every((field) => field === "")) afterBlank = true;
    else if (record.length >= width && record.slice(width).every((field) => field === "")) {
      rows.push(record.slice(0, width));
      rowLines.push(line);
    } else if (!(afterBlank && record.length === 1))
      throw new InputError(
        { file, line, column: Math.min(record.length, width + 1) },
        "width",
        { fields: record.length, width },
        language,
        record,
      );
  }
  return { rows, lines: rowLines };
}
