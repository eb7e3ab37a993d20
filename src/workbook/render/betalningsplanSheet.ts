import { cellAddress, sheetRef } from "../description/address";
import type { SheetSpec } from "../description/types";
import type { RenderContext, SummeringLayout } from "./context";
import { amountFormat, exactFormat } from "./numberFormats";
import { pageTexts } from "./pageTexts";
import { SheetBuilder } from "./sheetBuilder";
import { byId } from "./byId";

const HEADER_ROW = 4;

/**
 * The Betalningsplan sheet, when the model has a schedule: parties ×
 * periods as the engine rounded them (both ways at once), each party's sum
 * with a check against its total on the Summering sheet, and each period's
 * sum beside its exact value.
 *
 * @example
 * renderBetalningsplan(context, summering)?.tables[0]?.name; // "Fordela_Betalningsplan"
 */
export function renderBetalningsplan(
  context: RenderContext,
  summering: SummeringLayout,
): SheetSpec | undefined {
  const { model, words } = context;
  const { result } = context;
  const periods = result.schedule;
  if (periods === undefined) return undefined;
  const sheet = new SheetBuilder(
    context.names.betalningsplan,
    pageTexts(words, model.name, context.names.betalningsplan, words.base),
  );
  const money = amountFormat(context.decimals, model.currency);
  sheet.text(0, 0, model.name, "title");
  sheet.text(1, 0, words.generated, "note");
  sheet.text(2, 0, words.planNote, "note");
  const sumCol = periods.length + 1;
  sheet.table({
    name: `${context.names.tables}_Betalningsplan`,
    row: HEADER_ROW,
    col: 0,
    rows: model.parties.length,
    columns: [words.party, ...periods.map((p) => `${p.label} (${p.due})`), words.total, words.check],
  });
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + model.parties.length;
  model.parties.forEach((party, i) =>
    planRow(sheet, { context, summering, money, sumCol }, party, first + i),
  );
  const totalRow = last + 1;
  const exactRow = last + 2;
  sheet.text(totalRow, 0, words.total, "total");
  sheet.text(exactRow, 0, words.exactPeriod, "note");
  for (let c = 1; c <= sumCol; c++)
    sheet.put(totalRow, c, {
      formula: `=SUM(${cellAddress(first, c)}:${cellAddress(last, c)})`,
      numberFormat: money,
      style: "total",
    });
  periods.forEach((period, p) =>
    sheet.put(exactRow, 1 + p, { value: Number(period.exact), numberFormat: exactFormat(context.decimals) }),
  );
  sheet.freeze(HEADER_ROW + 1);
  return sheet.build();
}

/** A party's payments per period, their sum, and its check against the party's total on Summering. */
function planRow(
  sheet: SheetBuilder,
  plan: { context: RenderContext; summering: SummeringLayout; money: string; sumCol: number },
  party: { id: string; name: string },
  r: number,
): void {
  const { context, summering, money, sumCol } = plan;
  const paid = byId(context.result.parties, party.id);
  sheet.text(r, 0, party.name);
  paid?.periods?.forEach((amount, p) => sheet.put(r, 1 + p, { value: Number(amount), numberFormat: money }));
  sheet.put(r, sumCol, {
    formula: `=SUM(${cellAddress(r, 1)}:${cellAddress(r, sumCol - 1)})`,
    numberFormat: money,
  });
  const total = summering.totalCell.get(party.id);
  if (total === undefined) return;
  const ref = `${sheetRef(summering.sheet)}!${cellAddress(total.row, total.col, true)}`;
  sheet.put(r, sumCol + 1, {
    formula: `=${cellAddress(r, sumCol)}-${ref}`,
    numberFormat: money,
    style: "check",
  });
  sheet.redWhenNonZero(r, sumCol + 1);
}
