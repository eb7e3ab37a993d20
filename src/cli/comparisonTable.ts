import type { ComparisonDocument } from "../engine";
import { swedishAmount } from "../format/swedishAmount";
import { textTable } from "./textTable";

const CAUSE_HEADINGS = [
  ["amounts", "Radbelopp", "radernas belopp ändrades"],
  ["keys", "Nyckelvärden", "nycklarnas värden ändrades (folkmängd, användare, fjolårets belopp …)"],
  ["other", "Regler m.m.", "allt annat i modellen ändrades (regler, vikter, gränser, parter)"],
  ["rounding", "Avrundning", "partens avrundningsjustering ändrades"],
] as const;

/** A scenario's name for a heading; the base model is "Grundmodellen". */
export function scenarioName(name: string | null): string {
  return name ?? "Grundmodellen";
}

/**
 * A comparison as a terminal table: per party the amounts in A and B, the
 * difference in kr, per cent and kr per invånare, and the difference split
 * into its causes, which add up exactly to it.
 *
 * @example
 * console.log(comparisonTable(comparisonDocument(compareScenarios(doc, null, "2020"), null, "2020")));
 */
export function comparisonTable(comparison: ComparisonDocument): string {
  const row = (name: string, p: Omit<ComparisonDocument["parties"][number], "id" | "name">) => [
    name,
    swedishAmount(p.a),
    swedishAmount(p.b),
    swedishAmount(p.difference),
    p.percent === null ? "–" : `${swedishAmount(p.percent)} %`,
    p.perInhabitant === null ? "–" : swedishAmount(p.perInhabitant),
    ...CAUSE_HEADINGS.map(([cause]) => swedishAmount(p.causes[cause])),
  ];
  const rows = comparison.parties.map((p) => row(p.name, p));
  rows.push(row("Summa", { ...comparison.total, perInhabitant: null }));
  const columns = [
    { heading: "Part", right: false },
    { heading: scenarioName(comparison.a), right: true },
    { heading: scenarioName(comparison.b), right: true },
    { heading: "Skillnad", right: true },
    { heading: "%", right: true },
    { heading: "kr/inv.", right: true },
    ...CAUSE_HEADINGS.map(([, heading]) => ({ heading, right: true })),
  ];
  const title = `${comparison.model}\nJämförelse: ${scenarioName(comparison.b)} mot ${scenarioName(comparison.a)}`;
  const legend = CAUSE_HEADINGS.map(([, heading, meaning]) => `  ${heading}: ${meaning}`);
  const merged = comparison.merged.map(
    (m) =>
      `Obs: ${headingOf(m.cause)} kunde inte mätas för sig och räknas under ${headingOf(m.into)} (${m.reason}).`,
  );
  return [
    title,
    "Skillnaden delas i orsaker, mätta på oavrundade belopp i tur och ordning; de summerar exakt till skillnaden.",
    "",
    textTable(columns, rows),
    "",
    ...legend,
    ...(merged.length > 0 ? ["", ...merged] : []),
    "",
  ].join("\n");
}

function headingOf(cause: string): string {
  return CAUSE_HEADINGS.find(([c]) => c === cause)?.[1] ?? cause;
}
