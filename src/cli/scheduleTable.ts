import type { ScenarioResult } from "../engine";
import { swedishAmount } from "../format/swedishAmount";
import { cliWords, type CliWords } from "./cliWords";
import { textTable } from "./textTable";

/**
 * The payment plan of one result as a terminal table: a row per party with
 * its amount per period and its total, then what all parties pay per period.
 * Empty when the model has no schedule.
 *
 * @example
 * console.log(scheduleTable(result));
 */
export function scheduleTable(result: ScenarioResult, words: CliWords = cliWords("sv")): string {
  const { schedule } = result;
  if (schedule === undefined) return "";
  const rows = result.parties.map((party) => [
    party.name,
    ...(party.periods ?? []).map(swedishAmount),
    swedishAmount(party.total),
  ]);
  rows.push([words.total, ...schedule.map((p) => swedishAmount(p.amount)), swedishAmount(result.total)]);
  const columns = [
    { heading: words.party, right: false },
    ...schedule.map((p) => ({ heading: `${p.label} (${p.due})`, right: true })),
    { heading: words.total, right: true },
  ];
  return `${words.schedule}\n\n${textTable(columns, rows)}\n`;
}
