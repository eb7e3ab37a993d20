import type { Language } from "../contracts/language";
import { CAUSES, refusalMessage, type Cause, type ComparisonDocument } from "../engine";
import { swedishAmount } from "../format/swedishAmount";
import { cliWords, type CliWords } from "./cliWords";
import { textTable } from "./textTable";

/**
 * A scenario's name for a heading; the base model is "Grundmodellen" (or "The base model").
 *
 * @example
 * scenarioName(null); // "Grundmodellen"
 */
export function scenarioName(name: string | null, words: CliWords = cliWords("sv")): string {
  return name ?? words.base;
}

/**
 * A comparison as a terminal table, in one language throughout: per party
 * the amounts in A and B, the difference in kr, per cent and kr per
 * invånare, and the difference split into its causes, which add up exactly to it.
 *
 * @example
 * console.log(comparisonTable(comparisonDocument(compareScenarios(doc, null, "2020"), null, "2020"), "sv"));
 */
export function comparisonTable(comparison: ComparisonDocument, language: Language = "sv"): string {
  const words = cliWords(language);
  const heading = (cause: Cause) => words.causes[cause][0];
  const row = (name: string, p: Omit<ComparisonDocument["parties"][number], "id" | "name">) => [
    name,
    swedishAmount(p.a),
    swedishAmount(p.b),
    swedishAmount(p.difference),
    p.percent === null ? "–" : `${swedishAmount(p.percent)} %`,
    p.perInhabitant === null ? "–" : swedishAmount(p.perInhabitant),
    ...CAUSES.map((cause) => swedishAmount(p.causes[cause])),
  ];
  const rows = comparison.parties.map((p) => row(p.name, p));
  rows.push(row(words.total, { ...comparison.total, perInhabitant: null }));
  const [a, b] = [scenarioName(comparison.a, words), scenarioName(comparison.b, words)];
  const columns = [
    { heading: words.party, right: false },
    ...[a, b, words.difference, "%", words.perInhabitant, ...CAUSES.map(heading)].map((h) => ({
      heading: h,
      right: true,
    })),
  ];
  const legend = CAUSES.map((cause) => `  ${heading(cause)}: ${words.causes[cause][1]}`);
  const merged = comparison.merged.map((m) =>
    words.merged(heading(m.cause), heading(m.into), refusalMessage(m.refusal, language)),
  );
  return [
    `${comparison.model}\n${words.comparing(b, a)}`,
    words.causeNote,
    "",
    textTable(columns, rows),
    "",
    ...legend,
    ...(merged.length > 0 ? ["", ...merged] : []),
    "",
  ].join("\n");
}
