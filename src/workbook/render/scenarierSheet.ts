import { cellAddress } from "../description/address";
import type { SheetSpec } from "../description/types";
import type { RenderContext } from "./context";
import { amountFormat, PERCENT_FORMAT } from "./numberFormats";
import { pageTexts } from "./pageTexts";
import { SheetBuilder } from "./sheetBuilder";
import { byId } from "./byId";

const HEADER_ROW = 3;

/**
 * The Scenarier sheet: each party's total in the base model and in every
 * scenario, under it the difference of each scenario from the base in kr
 * and %, and a clustered bar chart of the totals per party.
 *
 * @example
 * renderScenarier(context)?.charts.length; // 1
 */
export function renderScenarier(context: RenderContext): SheetSpec | undefined {
  const { model, words, totals } = context;
  if (totals.length < 2) return undefined;
  const sheet = new SheetBuilder(
    context.names.scenarier,
    pageTexts(words, model.name, context.names.scenarier, words.withScenarios),
  );
  const scenarios = totals.slice(1);
  sheet.text(0, 0, model.name, "title");
  sheet.text(1, 0, words.generated, "note");
  const totalsColumns = [words.party, words.base, ...scenarios.map((s) => s.scenario ?? "")];
  sheet.table({
    name: `${context.names.tables}_Scenarier`,
    row: HEADER_ROW,
    col: 0,
    rows: model.parties.length,
    columns: totalsColumns,
  });
  // The differences sit under the totals, not beside them: the sheet stays one page wide at a readable size.
  const diffRow = HEADER_ROW + model.parties.length + 3;
  const diffColumns = [
    words.party,
    ...scenarios.flatMap((s) => [
      `${s.scenario}: ${words.difference}`,
      `${s.scenario}: ${words.differencePercent}`,
    ]),
  ];
  sheet.table({
    name: `${context.names.tables}_Skillnader`,
    row: diffRow,
    col: 0,
    rows: model.parties.length,
    columns: diffColumns,
  });
  const fromZero = model.parties
    .map((party, i) => partyRows(sheet, party, HEADER_ROW + 1 + i, diffRow + 1 + i, context))
    .every((zero) => zero);
  const rows = model.parties.length + 1;
  // The chart begins a page: cut in two it shows neither half.
  sheet.printing({ breaksBefore: [diffRow + rows + 1] });
  sheet.chart({
    title: words.scenarioChart,
    row: HEADER_ROW,
    col: 0,
    rows,
    cols: totalsColumns.length,
    fromZero,
    at: {
      row: diffRow + rows + 2,
      col: 0,
      rows: Math.max(16, model.parties.length * 2),
      cols: Math.max(totalsColumns.length, diffColumns.length),
    },
  });
  return sheet.build();
}

/**
 * A party's row of totals (base and every scenario) and its row of differences from the base in kr and %;
 * whether its totals are all at least 0, so the chart's axis can start at zero.
 */
function partyRows(
  sheet: SheetBuilder,
  party: { id: string; name: string },
  r: number,
  d: number,
  context: RenderContext,
): boolean {
  const money = amountFormat(context.decimals, context.model.currency);
  sheet.text(r, 0, party.name);
  sheet.text(d, 0, party.name);
  let fromZero = true;
  // indexed loops: 290 parties × 20 scenarios, and neither a callback nor a sliced copy for each party
  const { totals } = context;
  for (let s = 0; s < totals.length; s++) {
    const total = Number(byId((totals[s] as (typeof totals)[number]).parties, party.id)?.total ?? "0");
    fromZero &&= total >= 0;
    sheet.cell({ row: r, col: 1 + s, value: total, numberFormat: money });
  }
  const base = cellAddress(r, 1);
  for (let s = 0; s + 1 < totals.length; s++) {
    const other = cellAddress(r, 2 + s);
    sheet.cell({ row: d, col: 1 + 2 * s, formula: `=${other}-${base}`, numberFormat: money });
    sheet.cell({
      row: d,
      col: 2 + 2 * s,
      formula: `=IF(${base}=0,"",(${other}-${base})/${base})`,
      numberFormat: PERCENT_FORMAT,
    });
  }
  return fromZero;
}
