import type { Place, Words } from "../messages";
import { refuse } from "../refuse";
import { isBlank } from "../readValue";
import { single } from "../grid";
import { modelTable } from "./modelTable";
import type { ModelSource } from "./ModelSource";

const AT_MODEL: Place = { argument: "model" };

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
    const name = `"${modelName}"`;
    if (lookup.problem !== undefined)
      refuse("#N/A", words, AT_MODEL, "storeUnavailable", { reason: lookup.problem });
    if (names === "") refuse("#N/A", words, AT_MODEL, "noModel", { name });
    refuse("#N/A", words, AT_MODEL, "noModelOf", { name, names });
  }
  return modelTable(lookup.document, scenarioName, words);
}

function text(value: unknown, argument: "model" | "scenario", words: Words): string {
  const raw = single(value, argument, words);
  if (isBlank(raw)) refuse("#VALUE!", words, { argument }, "blank", {});
  return String(raw).trim();
}
