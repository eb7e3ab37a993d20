import { decimalComma } from "../../format/swedishAmount";
import type { ScenarioResult } from "../../engine";
import { labels, type Language } from "../render/labels";

const BOM = "\uFEFF";

/**
 * Text that a spreadsheet would read as a formula (starting with = + - or @,
 * or a tab or carriage return before one) gets a leading apostrophe, so that
 * a party name can never run as a formula when the file is opened.
 *
 * @example
 * neutralise("=HYPERLINK(\"x\")"); // "'=HYPERLINK(\"x\")"
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An amount as Swedish Excel reads it: a decimal comma and no thousands separator. */
function amount(decimal: string): string {
  return decimalComma(decimal);
}

/**
 * Every party's amounts as CSV that Swedish Excel opens directly: semicolons,
 * decimal commas, UTF-8 with a byte order mark, CRLF line ends. A row per
 * party with its code, name, amount per line and total, and its payment plan
 * where there is one; text is neutralised against formula injection. The
 * headings are in the user's language (Swedish by default); the numbers are
 * written for Swedish Excel either way.
 *
 * @example
 * allocationCsv(result, labels).split("\r\n")[0]; // "\uFEFFKod;Part;Medel till förbundet;Summa"
 */
export function allocationCsv(
  result: ScenarioResult,
  lineLabels: ReadonlyMap<string, string>,
  codes: ReadonlyMap<string, string | undefined>,
  language: Language = "sv",
): string {
  const words = labels(language);
  const lineIds = Object.keys(result.lines);
  const periods = result.schedule ?? [];
  const heading = [
    words.code,
    words.party,
    ...lineIds.map((id) => lineLabels.get(id) ?? id),
    words.total,
    ...periods.map((p) => `${p.label} (${p.due})`),
  ];
  const rows = result.parties.map((party) => [
    neutralise(codes.get(party.id) ?? party.id),
    neutralise(party.name),
    ...lineIds.map((id) => amount(party.lines[id]?.amount ?? "0")),
    amount(party.total),
    ...(party.periods ?? []).map(amount),
  ]);
  const lines = [heading.map((h) => neutralise(h)), ...rows].map((row) => row.map(field).join(";"));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
