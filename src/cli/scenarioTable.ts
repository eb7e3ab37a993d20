import type { ScenarioResult } from "../engine";
import { swedishAmount } from "../format/swedishAmount";
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
 * per line and its total, then the sums, in Swedish number format.
 *
 * @example
 * console.log(scenarioTable(result, labels));
 */
export function scenarioTable(result: ScenarioResult, labels: ReadonlyMap<string, string>): string {
  const lineIds = Object.keys(result.lines);
  const rows = result.parties.map((party) => [
    party.name,
    ...lineIds.map((id) => swedishAmount(party.lines[id]?.amount ?? "0")),
    swedishAmount(party.total),
  ]);
  rows.push([
    "Summa",
    ...lineIds.map((id) => swedishAmount(result.lines[id]?.amount ?? "0")),
    swedishAmount(result.total),
  ]);
  const headings = lineIds.map((id, i) => {
    const width = Math.max(MIN_HEADING, ...rows.map((r) => textLength(r[i + 1] ?? "")));
    return shorten(labels.get(id) ?? id, width);
  });
  const columns = [
    { heading: "Part", right: false },
    ...headings.map((heading) => ({ heading, right: true })),
    { heading: "Summa", right: true },
  ];
  const legend = lineIds.flatMap((id, i) => {
    const label = labels.get(id) ?? id;
    return headings[i] === label ? [] : [`  ${headings[i] ?? id}  ${label}`];
  });
  const title =
    result.scenario === null ? `${result.model}` : `${result.model} — scenario: ${result.scenario}`;
  const table = textTable(columns, rows);
  return `${title}\n${roundingNote(result.unit, result.currency)}\n\n${table}\n${legend.length > 0 ? `\n${legend.join("\n")}\n` : ""}`;
}

function roundingNote(unit: string, currency: string): string {
  if (currency !== "SEK") return `Belopp i ${currency}, avrundade till ${swedishAmount(unit)}`;
  const to = unit === "1" ? "hela kronor" : unit === "0.01" ? "öre" : `${swedishAmount(unit)} kr`;
  return `Belopp i kr, avrundade till ${to}`;
}
