import type { ScenarioResult } from "../engine";
import { swedishAmount } from "../format/swedishAmount";
import { cliWords, type CliWords } from "./cliWords";
import { textLength, textTable } from "./textTable";

/** Line headings are cut to this width, or to their widest amount, so that tables fit a terminal. */
const MIN_HEADING = 16;

function shorten(text: string, width: number): string {
  return [...text].length <= width
    ? text
    : `${[...text]
        .slice(0, width - 1)
        .join("")
        .trimEnd()}…`;
}

/**
 * One scenario's result as a terminal table: a row per party with its amount
 * per line and its total, then the sums, in Swedish number format. `held`
 * marks the parties held at a bound ("golv +274 706"), in a last column
 * that is there only when someone was.
 *
 * @example
 * console.log(scenarioTable(result, labels));
 */
export function scenarioTable(
  result: ScenarioResult,
  labels: ReadonlyMap<string, string>,
  held: ReadonlyMap<string, string> = new Map(),
  words: CliWords = cliWords("sv"),
): string {
  const lineIds = Object.keys(result.lines);
  const marked = held.size > 0;
  const row = (
    name: string,
    amounts: Readonly<Record<string, { amount: string }>>,
    total: string,
    mark: string,
  ) => {
    const cells = [name];
    for (const id of lineIds) cells.push(swedishAmount(amounts[id]?.amount ?? "0"));
    cells.push(swedishAmount(total));
    if (marked) cells.push(mark);
    return cells;
  };
  const rows = result.parties.map((party) =>
    row(party.name, party.lines, party.total, held.get(party.id) ?? ""),
  );
  rows.push(row(words.total, result.lines, result.total, ""));
  const widths = lineIds.map(() => MIN_HEADING);
  for (const cells of rows)
    for (let i = 0; i < lineIds.length; i++)
      widths[i] = Math.max(widths[i] ?? 0, textLength(cells[i + 1] ?? ""));
  const headings = lineIds.map((id, i) => shorten(labels.get(id) ?? id, widths[i] ?? MIN_HEADING));
  const columns = [
    { heading: words.party, right: false },
    ...headings.map((heading) => ({ heading, right: true })),
    { heading: words.total, right: true },
    ...(marked ? [{ heading: words.bound, right: false }] : []),
  ];
  const legend = lineIds.flatMap((id, i) => {
    const label = labels.get(id) ?? id;
    return headings[i] === label ? [] : [`  ${headings[i] ?? id}  ${label}`];
  });
  if (marked) legend.push(`  ${words.bound}  ${words.heldNote(held.size)}`);
  const title = result.scenario === null ? `${result.model}` : words.scenario(result.model, result.scenario);
  const table = textTable(columns, rows);
  return `${title}\n${words.roundedTo(result.unit, result.currency)}\n\n${table}\n${legend.length > 0 ? `\n${legend.join("\n")}\n` : ""}`;
}
