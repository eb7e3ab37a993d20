import { cellAddress, sheetRef } from "../description/address";
import type { SheetSpec } from "../description/types";
import type { FordelningLayout, IndataLayout, RenderContext } from "./context";
import { describeRule } from "./describeRule";
import { heldMark } from "./heldText";
import { amountFormat, exactFormat, KEY_FORMAT, SHARE_FORMAT } from "./numberFormats";
import { keySumFormula, partyTerms, type KeySumCell, type Term } from "./ruleFormulas";
import { pageTexts } from "./pageTexts";
import { SheetBuilder } from "./sheetBuilder";
import { byId } from "./byId";

const [PARTY, KEY, SHARE, EXACT, ADJUSTMENT, AMOUNT, HELD] = [0, 1, 2, 3, 4, 5, 6];

/** A table name from a line id: Excel allows letters, digits, "_" and ".". */
export function tableName(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

/**
 * The Fördelning sheet: per line, its total, its rule in words, and a table
 * of party, key value, share (a formula on the Indata table), exact amount (a
 * formula), the engine's rounding adjustment and the amount (exact plus
 * adjustment, rounded: the engine's amount), then the sums, a check cell
 * that is 0 when the parts add up and the rounding is current, and the key
 * sums the shares divide by.
 *
 * @example
 * renderFordelning(context, indata).sheet.tables.map((t) => t.name); // ["Fordelning_bidrag"]
 */
export function renderFordelning(
  context: RenderContext,
  indata: IndataLayout,
): { sheet: SheetSpec; layout: FordelningLayout } {
  const { model, words } = context;
  const sheet = new SheetBuilder(
    context.names.fordelning,
    pageTexts(words, model.name, context.names.fordelning, words.base),
  );
  sheet.text(0, 0, model.name, "title");
  sheet.text(1, 0, words.generated, "note");
  sheet.text(2, 0, words.checkNote, "note");
  const amountCell = new Map<string, Map<string, { row: number; col: number }>>();
  let row = 4;
  const breaksBefore: number[] = [];
  for (const line of model.lines) {
    // Each line's table begins a page of its own.
    if (row > 4) breaksBefore.push(row);
    const block = renderLine(sheet, context, indata, line, row);
    amountCell.set(line.id, block.cells);
    row = block.next;
  }
  sheet.printing({ breaksBefore });
  return { sheet: sheet.build(), layout: { sheet: context.names.fordelning, amountCell } };
}

type Line = RenderContext["model"]["lines"][number];

/** One line's block from `row`: its heading, its table of parties, sums and check, and the key sums; where the next begins. */
function renderLine(
  sheet: SheetBuilder,
  context: RenderContext,
  indata: IndataLayout,
  line: Line,
  row: number,
): { cells: Map<string, { row: number; col: number }>; next: number } {
  const { model, words } = context;
  const { result } = context;
  const allocation = context.evaluations[0]?.evaluation.lines.get(line.id)?.allocation;
  const parties = model.parties.filter((p) => allocation?.has(p.id));
  const total = cellAddress(row + 1, 1, true);
  lineHeading(sheet, context, indata, line, row);
  const header = row + 3;
  // A line whose bounds held someone gets a column that marks them ("golv +274 706").
  const marked = [...(allocation?.values() ?? [])].some((part) => part.held !== undefined);
  sheet.table({
    name: tableName(`${context.names.tables}_Fordelning`, line.id),
    row: header,
    col: 0,
    rows: parties.length,
    columns: [
      words.party,
      words.keyValue,
      words.share,
      words.exact,
      words.adjustment,
      words.amount,
      ...(marked ? [words.heldAt] : []),
    ],
  });
  const sums = keySums(context, indata, header + parties.length + 3);
  const terms = partyTerms(model, line.split, total, indata, sums.cell);
  const cells = new Map<string, { row: number; col: number }>();
  parties.forEach((party, i) => {
    const r = header + 1 + i;
    const part = byId(result.parties, party.id)?.lines[line.id];
    // each row's cells put from left to right, and the rows from the top: SheetBuilder then need not sort them
    sheet.text(r, PARTY, party.name);
    partyRow(sheet, context, r, total, terms.get(party.id) ?? [], part);
    const held = allocation?.get(party.id)?.held;
    if (held !== undefined) sheet.text(r, HELD, heldMark(model, held, context.language));
    cells.set(party.id, { row: r, col: AMOUNT });
  });
  sumsAndCheck(sheet, context, header + 1, parties.length, total, result.lines[line.id]?.amount ?? "0");
  return { cells, next: sums.write(sheet) + 2 };
}

/** A line's label, the amount to split (a formula on Indata where the user edits it) and its rule in words. */
function lineHeading(
  sheet: SheetBuilder,
  context: RenderContext,
  indata: IndataLayout,
  line: Line,
  row: number,
): void {
  const { model, words } = context;
  sheet.text(row, 0, line.label, "heading");
  sheet.text(row + 1, 0, words.toSplit);
  // A line whose total is solved holds the value.
  const amount = Number(context.result.lines[line.id]?.amount ?? 0);
  const source = indata.amountCell.get(line.id);
  sheet.put(row + 1, 1, {
    ...(source === undefined
      ? { value: amount }
      : {
          formula: `=${sheetRef(indata.sheet)}!${cellAddress(source.row, source.col, true)}`,
          result: amount,
        }),
    numberFormat: amountFormat(context.decimals, model.currency),
  });
  sheet.text(row + 2, 0, words.rule);
  sheet.text(row + 2, 1, describeRule(model, line.split, context.language), "note");
}

/**
 * One party's row: key value, share and exact amount as formulas where the rule allows, the adjustment, the amount.
 * Each of the row's addresses is made once (not per formula that names it): the national model has 14 500 such rows.
 */
function partyRow(
  sheet: SheetBuilder,
  context: RenderContext,
  r: number,
  total: string,
  terms: readonly Term[],
  part: { amount: string; exact: string; adjustment: string } | undefined,
): void {
  const [exactAt, adjustmentAt] = [cellAddress(r, EXACT), cellAddress(r, ADJUSTMENT)];
  const single = terms.length === 1 && terms[0]?.kind === "scaled" ? terms[0] : undefined;
  const exact = exactFormat(context.decimals);
  if (single?.keyCell !== undefined)
    sheet.cell({ row: r, col: KEY, formula: `=${single.keyCell}`, numberFormat: KEY_FORMAT });
  if (single === undefined) otherShare(sheet, r, total, terms, Number(part?.exact ?? 0), exact);
  else {
    const shareAt = cellAddress(r, SHARE);
    // The key cell on this row holds the same value as the Indata cell: refer to it, which is shorter and reads better.
    const factors = single.keyCell === undefined ? single.factors : onRow(single.factors, single.keyCell, r);
    sheet.cell({ row: r, col: SHARE, formula: `=${factors.join("*")}`, numberFormat: SHARE_FORMAT });
    const result = Number(part?.exact ?? 0);
    sheet.cell({ row: r, col: EXACT, formula: `=${single.base}*${shareAt}`, result, numberFormat: exact });
  }
  sheet.cell({ row: r, col: ADJUSTMENT, value: Number(part?.adjustment ?? 0), numberFormat: exact });
  sheet.cell({
    row: r,
    col: AMOUNT,
    formula: `=ROUND(${exactAt}+${adjustmentAt},${context.decimals})`,
    result: Number(part?.amount ?? 0),
    numberFormat: amountFormat(context.decimals, context.model.currency),
  });
}

/** A single scaled term's factors with the Indata key cell replaced by the key cell on row `r`. */
function onRow(factors: readonly string[], keyCell: string, r: number): readonly string[] {
  const [from, to] = [`${keyCell}/`, `${cellAddress(r, KEY)}/`];
  return factors.map((f) => f.replace(from, to));
}

/**
 * The share and exact amount of a row whose rule is not one scaled term: the
 * exact amount the engine's (a value) when a term is the engine's, else the
 * sum of the terms as a formula; the share is exact over the line's total.
 */
function otherShare(
  sheet: SheetBuilder,
  r: number,
  total: string,
  terms: readonly Term[],
  result: number,
  exact: string,
): void {
  sheet.cell({
    row: r,
    col: SHARE,
    formula: `=${cellAddress(r, EXACT)}/${total}`,
    numberFormat: SHARE_FORMAT,
  });
  if (terms.some((t) => t.kind === "engine")) {
    sheet.cell({ row: r, col: EXACT, value: result, numberFormat: exact });
    return;
  }
  const pieces = terms.map((t) =>
    t.kind === "fixed" ? t.amount : t.kind === "scaled" ? [t.base, ...t.factors].join("*") : "0",
  );
  sheet.cell({ row: r, col: EXACT, formula: `=${pieces.join("+")}`, result, numberFormat: exact });
}

/**
 * A line's key sums, one row each under its check cell: the shares refer to
 * them rather than each repeating the sum, which reads better and makes the
 * national model's write a tenth smaller. `write` returns the block's last row.
 */
function keySums(
  context: RenderContext,
  indata: IndataLayout,
  first: number,
): { cell: KeySumCell; write: (sheet: SheetBuilder) => number } {
  const sums = new Map<string, { row: number; keyId: string; parties: number }>();
  const cell: KeySumCell = (keyId, receivers) => {
    const formula = keySumFormula(indata, keyId, receivers);
    const sum = sums.get(formula) ?? { row: first + sums.size, keyId, parties: receivers.length };
    sums.set(formula, sum);
    return cellAddress(sum.row, KEY, true);
  };
  const write = (sheet: SheetBuilder) => {
    for (const [formula, { row, keyId, parties }] of sums) {
      const key = context.model.keys.get(keyId);
      sheet.wrapped(row, PARTY, context.words.keySum(key?.label ?? keyId, parties));
      sheet.put(row, KEY, { formula: `=${formula}`, numberFormat: KEY_FORMAT });
    }
    return first + sums.size - 1;
  };
  return { cell, write };
}

/** The sums under a line's table and, on the row below them, its check cell. */
function sumsAndCheck(
  sheet: SheetBuilder,
  context: RenderContext,
  first: number,
  count: number,
  total: string,
  lineAmount: string,
): void {
  const sumRow = first + count;
  const column = (col: number) =>
    `${cellAddress(first, col)}:${cellAddress(Math.max(first, sumRow - 1), col)}`;
  const money = amountFormat(context.decimals, context.model.currency);
  sheet.text(sumRow, PARTY, context.words.total, "total");
  sheet.put(sumRow, SHARE, { formula: `=SUM(${column(SHARE)})`, numberFormat: SHARE_FORMAT, style: "total" });
  sheet.put(sumRow, EXACT, {
    formula: `=SUM(${column(EXACT)})`,
    numberFormat: exactFormat(context.decimals),
    style: "total",
  });
  sheet.put(sumRow, ADJUSTMENT, {
    formula: `=SUM(${column(ADJUSTMENT)})`,
    numberFormat: exactFormat(context.decimals),
    style: "total",
  });
  sheet.put(sumRow, AMOUNT, {
    formula: `=SUM(${column(AMOUNT)})`,
    result: Number(lineAmount),
    numberFormat: money,
    style: "total",
  });
  const checkRow = sumRow + 1;
  sheet.text(checkRow, PARTY, context.words.check, "check");
  // Stale adjustments leave exact + adjustment off a whole unit; rounding to 3 decimals hides the 6-decimal display of exact amounts.
  const stale = `SUMPRODUCT(ABS(${column(EXACT)}+${column(ADJUSTMENT)}-${column(AMOUNT)}))`;
  sheet.put(checkRow, AMOUNT, {
    formula: `=ROUND(${cellAddress(sumRow, AMOUNT)}-${total}+${stale},3)`,
    result: 0,
    numberFormat: money,
    style: "check",
  });
  sheet.redWhenNonZero(checkRow, AMOUNT);
}
