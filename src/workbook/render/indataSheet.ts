import { decimalsOf, Rational, type Key, type Line, type Model } from "../../engine";
import type { SheetSpec } from "../description/types";
import type { IndataLayout, RenderContext } from "./context";
import { amountFormat } from "./numberFormats";
import { pageTexts } from "./pageTexts";
import { SheetBuilder } from "./sheetBuilder";

const HEADER_ROW = 6;
const FIRST_KEY_COL = 3;

/**
 * The lines whose amount the user can edit in Indata: those with an `amount`
 * (an anchored line's total is solved, a fixed rule's is its sum). They are
 * listed beside the parties' table, one row each from its first row, the
 * label in the first column and the amount in the next, a blank column after
 * the last key.
 *
 * @example
 * amountLines(model)[0]?.row; // 7
 */
export function amountLines(model: Model): { line: Line; row: number; col: number }[] {
  const col = FIRST_KEY_COL + model.keys.size + 2;
  return model.lines
    .filter((line) => line.total.kind === "amount")
    .map((line, i) => ({ line, row: HEADER_ROW + 1 + i, col }));
}

/** Table column headings must be unique: a key label that repeats, or that names a party column, gets its id added. */
function keyHeadings(keys: readonly Key[], reserved: readonly string[]): string[] {
  const names = keys.map((k) => k.label ?? k.id);
  return keys.map((key, i) => {
    const name = names[i] ?? key.id;
    const clash = reserved.includes(name) || names.indexOf(name) !== names.lastIndexOf(name);
    return clash ? `${name} (${key.id})` : name;
  });
}

/** A key's values are numbers with as many decimals as its most precise value. */
function keyFormat(key: Key): string {
  const decimals = decimalsOf(Rational.of(1n, key.scale));
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

/**
 * The Indata sheet: one Excel table of the parties (id, name, code) with a
 * column per key, and each key's source, date and unit above its column.
 *
 * @example
 * renderIndata(context).sheet.tables[0]?.name; // "Fordela_Indata"
 */
export function renderIndata(context: RenderContext): { sheet: SheetSpec; layout: IndataLayout } {
  const { model, words } = context;
  const sheet = new SheetBuilder(
    context.names.indata,
    pageTexts(words, model.name, context.names.indata, words.base),
  );
  const keys = [...model.keys.values()];
  sheet.text(0, 0, model.name, "title");
  sheet.text(1, 0, words.generated, "note");
  const metadata: [string, (key: Key) => string | undefined][] = [
    [words.source, (k) => k.source],
    [words.date, (k) => k.date],
    [words.unit, (k) => k.unit],
  ];
  metadata.forEach(([heading, read], i) => {
    sheet.text(3 + i, FIRST_KEY_COL - 1, heading, "heading");
    keys.forEach((key, k) => {
      const text = read(key);
      if (text !== undefined) sheet.text(3 + i, FIRST_KEY_COL + k, text, "note");
    });
  });
  const fixed = [words.id, words.name, words.code];
  const columns = [...fixed, ...keyHeadings(keys, fixed)];
  sheet.table({
    name: `${context.names.tables}_Indata`,
    row: HEADER_ROW,
    col: 0,
    rows: model.parties.length,
    columns,
  });
  const partyRow = new Map<string, number>();
  model.parties.forEach((party, i) => {
    const row = HEADER_ROW + 1 + i;
    partyRow.set(party.id, row);
    sheet.text(row, 0, party.id);
    sheet.text(row, 1, party.name);
    if (party.code !== undefined) sheet.text(row, 2, party.code);
    keys.forEach((key, k) => {
      const value = key.values.get(party.id);
      if (value !== undefined)
        sheet.put(row, FIRST_KEY_COL + k, { value: toNumber(value), numberFormat: keyFormat(key) });
    });
  });
  const amountCell = lineAmounts(sheet, context);
  sheet.freeze(HEADER_ROW + 1);
  const keyColumn = new Map(keys.map((key, k) => [key.id, FIRST_KEY_COL + k]));
  return { sheet: sheet.build(), layout: { sheet: context.names.indata, partyRow, keyColumn, amountCell } };
}

/** The lines' amounts beside the table, where they can be edited like the key values; where each sits. */
function lineAmounts(sheet: SheetBuilder, context: RenderContext): Map<string, { row: number; col: number }> {
  const cells = new Map<string, { row: number; col: number }>();
  const lines = amountLines(context.model);
  const first = lines[0];
  if (first === undefined) return cells;
  sheet.text(HEADER_ROW, first.col - 1, context.words.line, "heading");
  sheet.text(HEADER_ROW, first.col, context.words.toSplit, "heading");
  for (const { line, row, col } of lines) {
    if (line.total.kind !== "amount") continue;
    sheet.text(row, col - 1, line.label);
    sheet.put(row, col, {
      value: toNumber(line.total.amount),
      numberFormat: amountFormat(context.decimals, context.model.currency),
    });
    cells.set(line.id, { row, col });
  }
  return cells;
}

/**
 * An exact number as the double a cell holds: the nearest one to its decimal text.
 *
 * @example
 * toNumber(Rational.of(1n, 10n)); // 0.1
 */
export function toNumber(value: Rational): number {
  return Number(formatExact(value));
}

function formatExact(value: Rational): string {
  const sign = value.num < 0n ? "-" : "";
  const num = value.num < 0n ? -value.num : value.num;
  const whole = num / value.den;
  const scaled = ((num % value.den) * 10n ** 20n) / value.den;
  return `${sign}${whole}.${scaled.toString().padStart(20, "0")}`;
}
