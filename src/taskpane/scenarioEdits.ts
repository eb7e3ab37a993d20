import { copyJson } from "../engine/json/copyJson";
import { mergeDiff } from "../engine/json/mergeDiff";
import { mergePatch } from "../engine/json/mergePatch";

/** A scenario as the model document holds it. */
export interface ScenarioEntry {
  name: string;
  description?: string;
  patch: Record<string, unknown>;
}

type Document = Record<string, unknown> & { scenarios?: ScenarioEntry[] };

function uniqueName(wanted: string, taken: readonly string[]): string {
  if (!taken.includes(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.includes(`${wanted} (${n})`)) return `${wanted} (${n})`;
}

function withScenarios(document: Document, scenarios: ScenarioEntry[]): Document {
  return { ...document, scenarios };
}

/**
 * Adds an empty scenario (the base model unchanged) with a name not yet taken.
 *
 * @example
 * addScenario({ scenarios: [] }, "Scenario").scenarios; // [{ name: "Scenario", patch: {} }]
 */
export function addScenario(document: Document, name: string): Document {
  const scenarios = document.scenarios ?? [];
  return withScenarios(document, [
    ...scenarios,
    {
      name: uniqueName(
        name,
        scenarios.map((s) => s.name),
      ),
      patch: {},
    },
  ]);
}

/**
 * Adds a copy of scenario `index` right after it, named "Kopia av …" (or as given).
 *
 * @example
 * duplicateScenario(doc, 0, (n) => `Kopia av ${n}`).scenarios?.[1]?.name; // "Kopia av 2020"
 */
export function duplicateScenario(
  document: Document,
  index: number,
  copyName: (name: string) => string,
): Document {
  const scenarios = [...(document.scenarios ?? [])];
  const original = scenarios[index];
  if (original === undefined) return document;
  const copy = {
    ...copyJson(original),
    name: uniqueName(
      copyName(original.name),
      scenarios.map((s) => s.name),
    ),
  };
  scenarios.splice(index + 1, 0, copy);
  return withScenarios(document, scenarios);
}

/**
 * Renames scenario `index`; a name another scenario has is made unique.
 *
 * @example
 * renameScenario(doc, 0, "Folkmängd 2020").scenarios?.[0]?.name; // "Folkmängd 2020"
 */
export function renameScenario(document: Document, index: number, name: string): Document {
  const scenarios = [...(document.scenarios ?? [])];
  const scenario = scenarios[index];
  if (scenario === undefined || name.trim() === "") return document;
  scenarios[index] = {
    ...scenario,
    name: uniqueName(
      name.trim(),
      scenarios.filter((_, i) => i !== index).map((s) => s.name),
    ),
  };
  return withScenarios(document, scenarios);
}

/**
 * Removes scenario `index`.
 *
 * @example
 * removeScenario(doc, 0).scenarios?.length; // one fewer
 */
export function removeScenario(document: Document, index: number): Document {
  return withScenarios(
    document,
    (document.scenarios ?? []).filter((_, i) => i !== index),
  );
}

/**
 * Sets what scenario `index` changes (its JSON Merge Patch).
 *
 * @example
 * setPatch(doc, 0, { lines: { x: { amount: "200" } } }).scenarios?.[0]?.patch; // { lines: … }
 */
export function setPatch(document: Document, index: number, patch: Record<string, unknown>): Document {
  const scenarios = [...(document.scenarios ?? [])];
  const scenario = scenarios[index];
  if (scenario === undefined) return document;
  scenarios[index] = { ...scenario, patch };
  return withScenarios(document, scenarios);
}

/** The base model on its own: the document without its scenarios. */
function baseOf(document: Document): Record<string, unknown> {
  const base: Record<string, unknown> = { ...document };
  delete base.scenarios;
  return base;
}

/**
 * Scenario `index` as a whole model: the base with the scenario's patch
 * applied, for the same editors as the base model.
 *
 * @example
 * scenarioDocument(doc, 0).keys; // the base's keys with the scenario's values
 */
export function scenarioDocument(document: Document, index: number): Record<string, unknown> {
  const whole = mergePatch(baseOf(document), document.scenarios?.[index]?.patch ?? {});
  // A copy of its own: the merge shares the base's unchanged parts, and an edit must not reach them.
  return copyJson(whole) as Record<string, unknown>;
}

/**
 * Stores an edited whole model as what scenario `index` changes: its patch
 * becomes the difference from the base, and nothing else.
 *
 * @example
 * editScenario(doc, 0, { ...scenarioDocument(doc, 0), name: "Annat namn" }).scenarios?.[0]?.patch; // { name: "Annat namn" }
 */
export function editScenario(document: Document, index: number, edited: Record<string, unknown>): Document {
  const whole = { ...edited };
  delete whole.scenarios;
  return setPatch(document, index, mergeDiff(baseOf(document), whole) as Record<string, unknown>);
}
