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
  const rows = result.parties.map((party) => [
    party.name,
    ...lineIds.map((id) => swedishAmount(party.lines[id]?.amount ?? "0")),
    swedishAmount(party.total),
    ...(marked ? [held.get(party.id) ?? ""] : []),
  ]);
  rows.push([
    words.total,
    ...lineIds.map((id) => swedishAmount(result.lines[id]?.amount ?? "0")),
    swedishAmount(result.total),
    ...(marked ? [""] : []),
  ]);
  const headings = lineIds.map((id, i) => {
    const width = Math.max(MIN_HEADING, ...rows.map((r) => textLength(r[i + 1] ?? "")));
    return shorten(labels.get(id) ?? id, width);
  });
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
