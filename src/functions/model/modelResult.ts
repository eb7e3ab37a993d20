import { FunctionError } from "../FunctionError";
import type { Words } from "../messages";
import { isBlank } from "../readValue";
import { single } from "../grid";
import { modelTable } from "./modelTable";
import type { ModelSource } from "./ModelSource";

/**
 * FÖRDELA.MODELL / FORDELA.MODEL once: reads the named model from the
 * source and gives its result table (the base model, or `scenario`). A name
 * the workbook does not hold is #N/A, naming the models it does hold.
 *
 * @example
 * await modelResult(source, wordsFor("sv"), "Turism 2025", undefined); // [["Part", "Bidrag", "Summa"], …]
 */
export async function modelResult(
  source: ModelSource,
  words: Words,
  name: unknown,
  scenario: unknown,
): Promise<(string | number)[][]> {
  const modelName = text(name, "model", words);
  const scenarioName = isBlank(single(scenario, "scenario", words))
    ? undefined
    : text(scenario, "scenario", words);
  const lookup = await source.read(modelName);
  if (!lookup.found) {
    const names = lookup.names.map((n) => `"${n}"`).join(", ");
    const reason =
      lookup.problem === undefined
        ? words.noModel(`"${modelName}"`, names)
        : words.storeUnavailable(lookup.problem);
    throw new FunctionError("#N/A", `${words.arguments.model}: ${reason}`);
  }
  return modelTable(lookup.document, scenarioName, words);
}

function text(value: unknown, argument: "model" | "scenario", words: Words): string {
  const raw = single(value, argument, words);
  if (isBlank(raw)) throw new FunctionError("#VALUE!", `${words.arguments[argument]}: ${words.blank}`);
  return String(raw).trim();
}
