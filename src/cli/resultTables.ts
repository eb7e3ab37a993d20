import type { Evaluation, ScenarioEvaluation, ScenarioResult } from "../engine";
import type { Language } from "../contracts/language";
import { heldMark } from "../workbook/render/heldText";
import { cliWords } from "./cliWords";
import { scenarioTable } from "./scenarioTable";
import { scheduleTable } from "./scheduleTable";

/**
 * What `fordela run` prints: each evaluation's result as a terminal table
 * (the base model first, then each scenario), with its payment schedule if
 * it has one.
 *
 * @example
 * io.out(resultTables(evaluations, resultDocument(evaluations).results, "sv"));
 */
export function resultTables(
  evaluations: readonly ScenarioEvaluation[],
  results: readonly ScenarioResult[],
  language: Language,
): string {
  const words = cliWords(language);
  const tables = results.map((result, i) => {
    const model = evaluations[i]?.evaluation.model;
    const labels = new Map(model?.lines.map((line) => [line.id, line.label]));
    const held =
      evaluations[i] === undefined
        ? new Map<string, string>()
        : heldMarks(evaluations[i].evaluation, language);
    return [scenarioTable(result, labels, held, words), scheduleTable(result, words)]
      .filter((t) => t !== "")
      .join("\n");
  });
  return tables.join("\n");
}

/** Party id → its mark in the table, for the parties a bound held in any line ("golv +274 706"). */
function heldMarks(evaluation: Evaluation, language: Language): Map<string, string> {
  const marks = new Map<string, string>();
  for (const { allocation } of evaluation.lines.values()) {
    for (const [party, part] of allocation) {
      if (part.held === undefined) continue;
      const mark = heldMark(evaluation.model, part.held, language);
      marks.set(party, marks.has(party) ? `${marks.get(party)}; ${mark}` : mark);
    }
  }
  return marks;
}
