import { mergePatch } from "../json/mergePatch";
import { at, ModelError } from "../model/ModelError";
import { joinPath } from "../model/fieldPath";
import { parseModel } from "../model/parseModel";
import { writtenByPatch } from "./writtenByPatch";
import type { Model, Scenario } from "../model/types";

/**
 * The model a scenario stands for: the base document with the scenario's
 * JSON Merge Patch applied, read and checked like any model. A refusal names
 * the field inside the patch where the patch wrote it, and otherwise says
 * which scenario it came from. Only what the patch changed is read again:
 * every part read from a subtree the patch left alone is the base's own.
 *
 * @example
 * scenarioModel(model, { name: "2020", patch: { keys: { folkmangd: { values: { "2303": 5208 } } } }, path: "scenarios[0]" });
 */
export function scenarioModel(base: Model, scenario: Scenario): Model {
  if (scenario.patch.scenarios !== undefined) {
    throw new ModelError(joinPath(scenario.path, "patch.scenarios"), "scenarioChangesScenarios");
  }
  const patched = mergePatch(base.document, scenario.patch) as Record<string, unknown>;
  try {
    return parseModel(patched, base);
  } catch (error) {
    throw relocate(error, scenario);
  }
}

/**
 * Points a refusal inside a scenario's model to where it came from.
 *
 * @example
 * relocate(new ModelError("keys.k.values.a", "required"), scenario).path; // "scenarios[0].patch.keys.k.values.a" when the patch wrote it
 */
export function relocate(error: unknown, scenario: Scenario): unknown {
  if (!(error instanceof ModelError)) return error;
  if (writtenByPatch(scenario.patch, error.path))
    return ModelError.of(
      joinPath(at(scenario.path, "patch"), error.path),
      error.code,
      error.params,
      error.scenario,
    );
  return error.inScenario(scenario.name);
}
