import { cellAddress } from "../description/address";
import type { SheetSpec } from "../description/types";
import type { RenderContext } from "./context";
import { amountFormat, PERCENT_FORMAT } from "./numberFormats";
import { SheetBuilder } from "./sheetBuilder";
import { byId, widest } from "./byId";

const HEADER_ROW = 3;

/**
 * The Scenarier sheet: each party's total in the base model and in every
 * scenario, then the difference of each scenario from the base in kr and %,
 * and a clustered bar chart of the totals per party.
 *
 * @example
 * renderScenarier(context)?.charts.length; // 1
 */
export function renderScenarier(context: RenderContext): SheetSpec | undefined {
  const { model, words, results } = context;
  if (results.length < 2) return undefined;
  const sheet = new SheetBuilder(context.names.scenarier);
  const money = amountFormat(context.decimals, model.currency);
  const scenarios = results.slice(1);
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
  const diffCol = totalsColumns.length + 1;
  const diffColumns = [
    words.party,
    ...scenarios.flatMap((s) => [
      `${s.scenario}: ${words.difference}`,
      `${s.scenario}: ${words.differencePercent}`,
    ]),
  ];
  sheet.table({
    name: `${context.names.tables}_Skillnader`,
    row: HEADER_ROW,
    col: diffCol,
    rows: model.parties.length,
    columns: diffColumns,
  });
  model.parties.forEach((party, i) => {
    const r = HEADER_ROW + 1 + i;
    sheet.text(r, 0, party.name);
    sheet.text(r, diffCol, party.name);
    results.forEach((result, s) => {
      const total = byId(result.parties, party.id)?.total ?? "0";
      sheet.put(r, 1 + s, { value: Number(total), numberFormat: money });
    });
    const base = cellAddress(r, 1);
    scenarios.forEach((_, s) => {
      const other = cellAddress(r, 2 + s);
      sheet.put(r, diffCol + 1 + 2 * s, { formula: `=${other}-${base}`, numberFormat: money });
      sheet.put(r, diffCol + 2 + 2 * s, {
        formula: `=IF(${base}=0,"",(${other}-${base})/${base})`,
        numberFormat: PERCENT_FORMAT,
      });
    });
  });
  const rows = model.parties.length + 1;
  sheet.chart({
    title: words.scenarioChart,
    row: HEADER_ROW,
    col: 0,
    rows,
    cols: totalsColumns.length,
    at: { row: HEADER_ROW + rows + 2, col: 0, rows: Math.max(16, model.parties.length * 2), cols: 8 },
  });
  sheet.width(
    0,
    widest(
      model.parties.map((p) => p.name),
      16,
    ),
  );
  sheet.width(
    diffCol,
    widest(
      model.parties.map((p) => p.name),
      16,
    ),
  );
  totalsColumns.slice(1).forEach((c, i) => sheet.width(1 + i, Math.max(14, c.length + 2)));
  diffColumns
    .slice(1)
    .forEach((c, i) => sheet.width(diffCol + 1 + i, Math.max(14, Math.min(30, c.length + 2))));
  return sheet.build();
}
