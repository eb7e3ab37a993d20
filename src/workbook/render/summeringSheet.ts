import { populationKey } from "../../engine";
import { cellAddress, sheetRef } from "../description/address";
import type { SheetSpec } from "../description/types";
import type { FordelningLayout, IndataLayout, RenderContext, SummeringLayout } from "./context";
import { amountFormat, PER_INHABITANT_FORMAT } from "./numberFormats";
import { pageTexts } from "./pageTexts";
import { SheetBuilder } from "./sheetBuilder";
import { byId } from "./byId";

const HEADER_ROW = 3;

/**
 * The Summering sheet: parties × lines with each party's total and the
 * totals per line, all as formulas on the Fördelning sheet, and kr per
 * invånare where the model has a population key; with where each party's
 * total is, for the sheets that check against it.
 *
 * @example
 * renderSummering(context, indata, fordelning).sheet.tables[0]?.name; // "Fordela_Summering"
 */
export function renderSummering(
  context: RenderContext,
  indata: IndataLayout,
  fordelning: FordelningLayout,
): { sheet: SheetSpec; layout: SummeringLayout } {
  const { model, words } = context;
  const sheet = new SheetBuilder(
    context.names.summering,
    pageTexts(words, model.name, context.names.summering, words.base),
  );
  const population = populationKey(model);
  sheet.text(0, 0, model.name, "title");
  sheet.text(1, 0, words.generated, "note");
  sheet.table({
    name: `${context.names.tables}_Summering`,
    row: HEADER_ROW,
    col: 0,
    rows: model.parties.length,
    columns: [
      words.party,
      ...model.lines.map((l) => l.label),
      words.total,
      ...(population ? [words.perInhabitant] : []),
    ],
  });
  const rows: Rows = {
    sheet,
    context,
    indata,
    population,
    money: amountFormat(context.decimals, model.currency),
    totalCol: model.lines.length + 1,
    lineCells: model.lines.map((line) => fordelning.amountCell.get(line.id)),
    fordelningRef: sheetRef(fordelning.sheet),
  };
  const totalCell = new Map<string, { row: number; col: number }>();
  model.parties.forEach((party, i) => {
    totalCell.set(party.id, { row: HEADER_ROW + 1 + i, col: rows.totalCol });
    partyRow(rows, party, HEADER_ROW + 1 + i);
  });
  sumRow(rows);
  sheet.freeze(HEADER_ROW + 1);
  return { sheet: sheet.build(), layout: { sheet: context.names.summering, totalCell } };
}

/** What every row of the sheet is written with. */
interface Rows {
  readonly sheet: SheetBuilder;
  readonly context: RenderContext;
  readonly indata: IndataLayout;
  readonly population: ReturnType<typeof populationKey>;
  readonly money: string;
  readonly totalCol: number;
  /** Per line, where each party's amount is on Fördelning: looked up once per line, not once per party and line. */
  readonly lineCells: readonly (ReadonlyMap<string, { row: number; col: number }> | undefined)[];
  /** The Fördelning sheet as formulas name it. */
  readonly fordelningRef: string;
}

/** A party's amount per line (formulas on Fördelning), its total, and its kr per invånare. */
function partyRow(rows: Rows, party: { id: string; name: string }, r: number): void {
  const { sheet, context, lineCells, fordelningRef, money, totalCol } = rows;
  const { model } = context;
  const partyResult = byId(context.result.parties, party.id);
  sheet.text(r, 0, party.name);
  model.lines.forEach((line, l) => {
    const at = lineCells[l]?.get(party.id);
    const value = Number(partyResult?.lines[line.id]?.amount ?? 0);
    sheet.cell(
      at
        ? {
            row: r,
            col: 1 + l,
            formula: `=${fordelningRef}!${cellAddress(at.row, at.col, true)}`,
            result: value,
            numberFormat: money,
          }
        : { row: r, col: 1 + l, value: 0, numberFormat: money },
    );
  });
  sheet.cell({
    row: r,
    col: totalCol,
    formula: `=SUM(${cellAddress(r, 1)}:${cellAddress(r, model.lines.length)})`,
    result: Number(partyResult?.total ?? 0),
    numberFormat: money,
    style: "total",
  });
  perInhabitant(rows, party.id, r);
}

function perInhabitant(rows: Rows, party: string, r: number): void {
  const { population, indata, sheet, totalCol } = rows;
  if (population === undefined || !population.values.has(party)) return;
  const cell = cellAddress(indata.partyRow.get(party) ?? 0, indata.keyColumn.get(population.id) ?? 0, true);
  const inhabitants = `${sheetRef(indata.sheet)}!${cell}`;
  sheet.cell({
    row: r,
    col: totalCol + 1,
    formula: `=IF(${inhabitants}=0,"",${cellAddress(r, totalCol)}/${inhabitants})`,
    numberFormat: PER_INHABITANT_FORMAT,
  });
}

/** The totals per line and in all, under the parties. */
function sumRow(rows: Rows): void {
  const { sheet, context, money, totalCol } = rows;
  const { model, words } = context;
  const { result } = context;
  const row = HEADER_ROW + 1 + model.parties.length;
  sheet.text(row, 0, words.total, "total");
  for (let col = 1; col <= totalCol; col++) {
    const range = `${cellAddress(HEADER_ROW + 1, col)}:${cellAddress(row - 1, col)}`;
    const value =
      col === totalCol ? result.total : (result.lines[model.lines[col - 1]?.id ?? ""]?.amount ?? "0");
    sheet.put(row, col, {
      formula: `=SUM(${range})`,
      result: Number(value),
      numberFormat: money,
      style: "total",
    });
  }
}
