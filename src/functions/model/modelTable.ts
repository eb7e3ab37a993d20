import { decimalFromText } from "../../engine/exact/parseDecimal";
import { ModelError } from "../../engine/model/ModelError";
import { scenarioResult } from "../../engine/result/scenarioResult";
import { evaluateScenarios } from "../../engine/scenarios/evaluateScenarios";
import { cellNumber } from "../cellNumber";
import type { Place, Words } from "../messages";
import { refuse } from "../refuse";

const AT_MODEL: Place = { argument: "model" };

/**
 * A stored model's result as a table that spills: a heading row (the line
 * labels and a total), one row per party with its amount per line and its
 * total, and a last row of line totals. The base model, or the named
 * scenario; a model the engine refuses is #VALUE! with the engine's reason.
 *
 * @example
 * modelTable(document, undefined, wordsFor("sv"))[1]; // ["Staten", 2000000, 2000000]
 */
export function modelTable(
  document: unknown,
  scenario: string | undefined,
  words: Words,
): (string | number)[][] {
  const evaluations = evaluate(document, words);
  const chosen =
    scenario === undefined ? evaluations[0] : evaluations.find((e) => e.scenario?.name === scenario);
  if (chosen === undefined) {
    const names = evaluations.flatMap((e) => (e.scenario ? [`"${e.scenario.name}"`] : [])).join(", ");
    const name = `"${scenario}"`;
    return names === ""
      ? refuse("#VALUE!", words, { argument: "scenario" }, "noScenario", { name })
      : refuse("#VALUE!", words, { argument: "scenario" }, "noScenarioOf", { name, names });
  }
  const result = scenarioResult(chosen.scenario?.name ?? null, chosen.evaluation);
  const lineIds = Object.keys(result.lines);
  const labels = lineIds.map((id) => chosen.evaluation.model.lines.find((l) => l.id === id)?.label ?? id);
  const money = (text: string | undefined) => {
    const value = decimalFromText(text ?? "0");
    return value === undefined
      ? refuse("#VALUE!", words, AT_MODEL, "notNumber", { typed: String(text) })
      : cellNumber(value, AT_MODEL, words);
  };
  return [
    [words.party, ...labels, words.total],
    ...result.parties.map((p) => [
      p.name,
      ...lineIds.map((id) => money(p.lines[id]?.amount)),
      money(p.total),
    ]),
    [words.total, ...lineIds.map((id) => money(result.lines[id]?.amount)), money(result.total)],
  ];
}

function evaluate(document: unknown, words: Words): ReturnType<typeof evaluateScenarios> {
  try {
    return evaluateScenarios(document);
  } catch (error) {
    if (error instanceof ModelError)
      refuse("#VALUE!", words, AT_MODEL, "refusedModel", { reason: error.messageIn(words.language) });
    throw error;
  }
}
