import { CAUSES, refusalMessage, type ComparisonDocument, type PartyComparisonResult } from "../../engine";
import { cellAddress } from "../description/address";
import type { SheetSpec } from "../description/types";
import type { RenderContext } from "./context";
import { amountFormat, PER_INHABITANT_FORMAT, PERCENT_FORMAT } from "./numberFormats";
import { pageTexts } from "./pageTexts";
import { SheetBuilder } from "./sheetBuilder";
import { WATERFALL_COLORS, waterfallBlock } from "./waterfallBlock";

/** The chart data sits to the right of the table, from this column. */
const CHART_COL = 12;

/**
 * The Jämförelse sheet: scenario B against A per party (amounts, difference
 * in kr, % and kr per invånare, and the difference's causes, with a check
 * that they add up), a bar chart of the differences, and a waterfall of the
 * causes for the party named in the cell beside "Vald part" (the one with
 * the largest difference to begin with; type another name to switch).
 *
 * @example
 * renderJamforelse(context, comparisonDocument(comparison, null, "2020")).charts.length; // 2
 */
export function renderJamforelse(context: RenderContext, comparison: ComparisonDocument): SheetSpec {
  const { model, words } = context;
  const [nameA, nameB] = [comparison.a ?? words.base, comparison.b ?? words.base];
  const sheet = new SheetBuilder(
    context.names.jamforelse,
    pageTexts(words, model.name, context.names.jamforelse, words.versus(nameB, nameA)),
  );
  const money = amountFormat(context.decimals, model.currency);
  sheet.text(0, 0, model.name, "title");
  sheet.text(1, 0, words.generated, "note");
  sheet.flow(2, 0, words.comparing(nameB, nameA), "heading");
  sheet.text(3, 0, words.causeNote, "note");
  comparison.merged.forEach((m, i) =>
    sheet.text(
      4 + i,
      0,
      words.mergedCause(
        words.causes[CAUSES.indexOf(m.cause)] ?? m.cause,
        refusalMessage(m.refusal, context.language),
      ),
      "note",
    ),
  );
  const header = 5 + comparison.merged.length;
  const columns = [
    words.party,
    nameA,
    nameB,
    words.difference,
    words.differencePercent,
    words.perInhabitant,
    ...words.causes,
    words.check,
  ];
  sheet.table({
    name: `${context.names.tables}_Jamforelse`,
    row: header,
    col: 0,
    rows: comparison.parties.length,
    columns,
  });
  const first = header + 1;
  comparison.parties.forEach((party, i) => partyRow(sheet, first + i, party, money));
  const last = first + comparison.parties.length - 1;
  sumRow(sheet, last + 1, first, last, money, words.total);
  charts(sheet, context, comparison, { header, first, last }, money);
  // The chart data to the right stays off paper.
  sheet.printing({ columns: columns.length });
  sheet.freeze(first);
  return sheet.build();
}

function partyRow(sheet: SheetBuilder, r: number, party: PartyComparisonResult, money: string): void {
  const at = (c: number) => cellAddress(r, c);
  sheet.text(r, 0, party.name);
  sheet.put(r, 1, { value: Number(party.a), numberFormat: money });
  sheet.put(r, 2, { value: Number(party.b), numberFormat: money });
  sheet.put(r, 3, { formula: `=${at(2)}-${at(1)}`, result: Number(party.difference), numberFormat: money });
  sheet.put(r, 4, { formula: `=IF(${at(1)}=0,"",${at(3)}/${at(1)})`, numberFormat: PERCENT_FORMAT });
  if (party.perInhabitant !== null)
    sheet.put(r, 5, { value: Number(party.perInhabitant), numberFormat: PER_INHABITANT_FORMAT });
  CAUSES.forEach((cause, k) =>
    sheet.put(r, 6 + k, { value: Number(party.causes[cause]), numberFormat: money }),
  );
  sheet.put(r, 10, { formula: `=${at(3)}-SUM(${at(6)}:${at(9)})`, numberFormat: money, style: "check" });
  sheet.redWhenNonZero(r, 10);
}

function sumRow(
  sheet: SheetBuilder,
  r: number,
  first: number,
  last: number,
  money: string,
  label: string,
): void {
  sheet.text(r, 0, label, "total");
  for (const c of [1, 2, 3, 6, 7, 8, 9, 10])
    sheet.put(r, c, {
      formula: `=SUM(${cellAddress(first, c)}:${cellAddress(last, c)})`,
      numberFormat: money,
      style: "total",
    });
  sheet.put(r, 4, {
    formula: `=IF(${cellAddress(r, 1)}=0,"",${cellAddress(r, 3)}/${cellAddress(r, 1)})`,
    numberFormat: PERCENT_FORMAT,
    style: "total",
  });
}

interface Rows {
  readonly header: number;
  readonly first: number;
  readonly last: number;
}

function charts(
  sheet: SheetBuilder,
  context: RenderContext,
  comparison: ComparisonDocument,
  rows: Rows,
  money: string,
): void {
  const { words } = context;
  const count = rows.last - rows.first + 1;
  sheet.text(rows.header, CHART_COL, words.party, "heading");
  sheet.text(rows.header, CHART_COL + 1, words.difference, "heading");
  for (let r = rows.first; r <= rows.last; r++) {
    sheet.put(r, CHART_COL, { formula: `=${cellAddress(r, 0)}` });
    sheet.put(r, CHART_COL + 1, { formula: `=${cellAddress(r, 3)}`, numberFormat: money });
  }
  const chartRows = Math.max(14, count * 2);
  sheet.chart({
    title: words.differenceChart,
    row: rows.header,
    col: CHART_COL,
    rows: count + 1,
    cols: 2,
    at: { row: rows.last + 3, col: 0, rows: chartRows, cols: 6 },
  });
  const chooser = rows.last + 3;
  sheet.text(chooser, CHART_COL, words.chooseParty, "heading");
  sheet.put(chooser, CHART_COL + 1, { value: largestDifference(comparison), style: "check" });
  const match = `MATCH(${cellAddress(chooser, CHART_COL + 1, true)},${cellAddress(rows.first, 0, true)}:${cellAddress(rows.last, 0, true)},0)`;
  const pick = (c: number) =>
    `=IFERROR(INDEX(${cellAddress(rows.first, c, true)}:${cellAddress(rows.last, c, true)},${match}),0)`;
  const block = waterfallBlock(
    sheet,
    { row: chooser + 2, col: CHART_COL },
    [...words.causes, words.difference],
    [...CAUSES.map((_, k) => pick(6 + k)), pick(3)],
    words.waterfallSeries,
    money,
  );
  sheet.chart({
    title: words.waterfallChart,
    ...block,
    kind: "waterfall",
    colors: WATERFALL_COLORS,
    at: { row: rows.last + 3, col: 6, rows: chartRows, cols: 6 },
  });
}

function largestDifference(comparison: ComparisonDocument): string {
  const magnitude = (p: PartyComparisonResult) => Math.abs(Number(p.difference));
  return comparison.parties.reduce(
    (best, p) => (magnitude(p) > magnitude(best) ? p : best),
    comparison.parties[0] as PartyComparisonResult,
  ).name;
}
