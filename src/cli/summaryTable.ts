import type { Model, ScenarioTotals } from "../engine";
import { swedishAmount } from "../format/swedishAmount";
import { cliWords, type CliWords } from "./cliWords";
import { textTable } from "./textTable";

/**
 * What `fordela run --out` prints in place of every table, which the
 * workbook holds: the model and its unit, then a row per evaluation (the
 * base model, then each scenario) with its total and how many parties and
 * lines it has, and how to have the tables printed as well.
 *
 * @example
 * io.out(summaryTable(evaluations.map((e) => e.evaluation.model), totals, cliWords("sv")));
 */
export function summaryTable(
  models: readonly Model[],
  totals: readonly ScenarioTotals[],
  words: CliWords = cliWords("sv"),
): string {
  const first = totals[0];
  if (first === undefined) return "";
  const rows = totals.map((result, i) => [
    result.scenario ?? words.base,
    swedishAmount(result.total),
    String(models[i]?.parties.length ?? 0),
    String(models[i]?.lines.length ?? 0),
  ]);
  const columns = [
    { heading: words.scenarioColumn, right: false },
    { heading: words.total, right: true },
    { heading: words.parties, right: true },
    { heading: words.lines, right: true },
  ];
  const table = textTable(columns, rows, { sums: false });
  return `${first.model}\n${words.roundedTo(first.unit, first.currency)}\n\n${table}\n\n${words.tablesInWorkbook}\n`;
}
