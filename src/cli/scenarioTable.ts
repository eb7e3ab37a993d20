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
    "Summa",
    ...lineIds.map((id) => swedishAmount(result.lines[id]?.amount ?? "0")),
    swedishAmount(result.total),
    ...(marked ? [""] : []),
  ]);
  const headings = lineIds.map((id, i) => {
    const width = Math.max(MIN_HEADING, ...rows.map((r) => textLength(r[i + 1] ?? "")));
    return shorten(labels.get(id) ?? id, width);
  });
  const columns = [
    { heading: "Part", right: false },
    ...headings.map((heading) => ({ heading, right: true })),
    { heading: "Summa", right: true },
    ...(marked ? [{ heading: "Gräns", right: false }] : []),
  ];
  const legend = lineIds.flatMap((id, i) => {
    const label = labels.get(id) ?? id;
    return headings[i] === label ? [] : [`  ${headings[i] ?? id}  ${label}`];
  });
  if (marked)
    legend.push(
      `  Gräns  ${held.size} ${held.size === 1 ? "part hölls" : "parter hölls"} vid ett golv (lägsta belopp) eller tak (högsta belopp); talet är skillnaden mot vad deras andel gav`,
    );
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
