import {
  CAUSES,
  decimalsOf,
  Rational,
  type ComparisonDocument,
  type Evaluation,
  type ScenarioResult,
} from "../../engine";
import { cellAddress } from "../description/address";
import type { SheetSpec } from "../description/types";
import { labels, type Labels, type Language } from "./labels";
import {
  amountFormat,
  exactFormat,
  KEY_FORMAT,
  PER_INHABITANT_FORMAT,
  PERCENT_FORMAT,
  SHARE_FORMAT,
} from "./numberFormats";
import { heldText } from "./heldText";
import { partyRuleText } from "./partyRuleText";
import { pageTexts } from "./pageTexts";
import { SheetBuilder } from "./sheetBuilder";
import { byId } from "./byId";

/** What one party's statement shows: its amounts in one result, and optionally a comparison. */
export interface StatementInput {
  readonly evaluation: Evaluation;
  readonly result: ScenarioResult;
  readonly party: string;
  readonly comparison?: ComparisonDocument;
  readonly language: Language;
  readonly sheetName: string;
}

/**
 * One party's statement, print-ready on A4: per line the rule in words, its
 * share, the exact amount, the rounding and the amount, with the total; the
 * key values behind them; the comparison with another scenario, cause by
 * cause; and the payment plan.
 *
 * @example
 * renderStatement({ evaluation, result, party: "2380", language: "sv", sheetName: "Östersund" }).page?.fitToHeight; // 1
 */
export function renderStatement(input: StatementInput): SheetSpec {
  const words = labels(input.language);
  const { model } = input.evaluation;
  const name = model.partyById.get(input.party)?.name ?? input.party;
  const about = input.result.scenario === null ? words.base : words.scenarioNamed(input.result.scenario);
  const sheet = new SheetBuilder(
    input.sheetName,
    pageTexts(words, model.name, words.statementFor(name), about),
  );
  sheet.text(0, 0, model.name, "title");
  sheet.flow(1, 0, words.statementFor(name), "heading");
  if (input.result.scenario !== null) sheet.text(2, 0, words.scenarioNamed(input.result.scenario), "note");
  let row = linesBlock(sheet, input, words, 4);
  row = keysBlock(sheet, input, words, name, row + 2);
  if (input.comparison !== undefined) row = comparisonBlock(sheet, input.comparison, input, words, row + 2);
  planBlock(sheet, input, words, row + 2);
  // The line and its rule wrap in columns of their own, so that the statement fits A4 portrait at a readable size.
  sheet.width(0, 20);
  sheet.width(1, 30);
  sheet.printing({ onePage: true });
  return sheet.build();
}

function money(input: StatementInput): string {
  return amountFormat(decimalsOf(input.evaluation.model.unit), input.evaluation.model.currency);
}

function linesBlock(sheet: SheetBuilder, input: StatementInput, words: Labels, header: number): number {
  const { model } = input.evaluation;
  const party = byId(input.result.parties, input.party);
  const format = money(input);
  [words.line, words.rule, words.share, words.exact, words.adjustment, words.amount].forEach((h, c) => {
    sheet.text(header, c, h, "heading");
    if (c >= 2) sheet.alignRight(header, c);
  });
  model.lines.forEach((line, i) => {
    const r = header + 1 + i;
    const part = party?.lines[line.id];
    const lineUnits = input.evaluation.lines.get(line.id)?.units ?? 0n;
    const own = input.evaluation.lines.get(line.id)?.allocation.get(input.party);
    const ideal = own?.ideal ?? Rational.ZERO;
    const rule = partyRuleText(model, line, input.party, input.language);
    sheet.wrapped(r, 0, line.label);
    // A party held at a bound is told so, and by how much, beside the rule that held it.
    sheet.wrapped(
      r,
      1,
      own?.held === undefined ? rule : `${rule}. ${heldText(model, own.held, input.language)}`,
    );
    if (lineUnits !== 0n)
      sheet.put(r, 2, {
        value: decimalNumber(ideal.div(Rational.of(lineUnits))),
        numberFormat: SHARE_FORMAT,
      });
    sheet.put(r, 3, { value: Number(part?.exact ?? 0), numberFormat: exactFormat(decimalsOf(model.unit)) });
    sheet.put(r, 4, {
      value: Number(part?.adjustment ?? 0),
      numberFormat: exactFormat(decimalsOf(model.unit)),
    });
    sheet.put(r, 5, { value: Number(part?.amount ?? 0), numberFormat: format });
  });
  const total = header + 1 + model.lines.length;
  sheet.text(total, 0, words.total, "total");
  sheet.put(total, 5, {
    formula: `=SUM(${cellAddress(header + 1, 5)}:${cellAddress(total - 1, 5)})`,
    result: Number(party?.total ?? 0),
    numberFormat: format,
    style: "total",
  });
  sheet.text(total + 1, 0, words.statementNote, "note");
  return total + 1;
}

function keysBlock(
  sheet: SheetBuilder,
  input: StatementInput,
  words: Labels,
  name: string,
  header: number,
): number {
  const keys = [...input.evaluation.model.keys.values()].filter((k) => k.values.has(input.party));
  if (keys.length === 0) return header - 2;
  sheet.flow(header, 0, words.keyValues, "heading");
  [words.keys, words.source, words.date, words.valueFor(name), words.allParties].forEach((h, c) => {
    sheet.wrapped(header + 1, c, h, "heading");
    if (c >= 3) sheet.alignRight(header + 1, c);
  });
  keys.forEach((key, i) => {
    const r = header + 2 + i;
    const all = [...key.values.values()].reduce((s, v) => s.add(v), Rational.ZERO);
    sheet.wrapped(r, 0, key.label ?? key.id);
    sheet.wrapped(r, 1, key.source ?? "");
    sheet.text(r, 2, key.date ?? "");
    sheet.put(r, 3, {
      value: decimalNumber(key.values.get(input.party) ?? Rational.ZERO),
      numberFormat: KEY_FORMAT,
    });
    sheet.put(r, 4, { value: decimalNumber(all), numberFormat: KEY_FORMAT });
  });
  return header + 1 + keys.length;
}

function comparisonBlock(
  sheet: SheetBuilder,
  comparison: ComparisonDocument,
  input: StatementInput,
  words: Labels,
  header: number,
): number {
  const party = byId(comparison.parties, input.party);
  if (party === undefined) return header - 2;
  const format = money(input);
  sheet.flow(header, 0, words.comparing(comparison.b ?? words.base, comparison.a ?? words.base), "heading");
  const rows: [string, number | undefined, string][] = [
    [comparison.a ?? words.base, Number(party.a), format],
    [comparison.b ?? words.base, Number(party.b), format],
    [words.difference, Number(party.difference), format],
    [
      words.differencePercent,
      party.percent === null ? undefined : Number(party.percent) / 100,
      PERCENT_FORMAT,
    ],
    [
      words.perInhabitant,
      party.perInhabitant === null ? undefined : Number(party.perInhabitant),
      PER_INHABITANT_FORMAT,
    ],
    ...CAUSES.map((c, i): [string, number, string] => [
      `  ${words.causes[i] ?? c}`,
      Number(party.causes[c]),
      format,
    ]),
  ];
  rows.forEach(([label, value, numberFormat], i) => {
    sheet.flow(header + 1 + i, 0, label);
    if (value !== undefined) sheet.put(header + 1 + i, 5, { value, numberFormat });
  });
  return header + rows.length;
}

function planBlock(sheet: SheetBuilder, input: StatementInput, words: Labels, header: number): void {
  const periods = input.result.schedule;
  const paid = byId(input.result.parties, input.party)?.periods;
  if (periods === undefined || paid === undefined) return;
  const format = money(input);
  sheet.text(header, 0, words.betalningsplan, "heading");
  sheet.text(header + 1, 0, words.period, "heading");
  sheet.text(header + 1, 1, words.due, "heading");
  sheet.text(header + 1, 5, words.amount, "heading");
  sheet.alignRight(header + 1, 5);
  periods.forEach((period, i) => {
    const r = header + 2 + i;
    sheet.flow(r, 0, period.label);
    sheet.text(r, 1, period.due);
    sheet.put(r, 5, { value: Number(paid[i] ?? 0), numberFormat: format });
  });
  const total = header + 2 + periods.length;
  sheet.text(total, 0, words.total, "total");
  sheet.put(total, 5, {
    formula: `=SUM(${cellAddress(header + 2, 5)}:${cellAddress(total - 1, 5)})`,
    numberFormat: format,
    style: "total",
  });
}

/** A key value as the number a cell holds (a cell is a double whatever we do). */
function decimalNumber(value: Rational): number {
  return Number(value.num) / Number(value.den);
}
