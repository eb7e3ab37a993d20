import type { Language } from "../workbook/render/labels";

/** The words of the scenarios editor, in a chunk of their own with it. */
const SV = {
  noScenarios: "Modellen har inga scenarier än.",
  addScenario: "Lägg till scenario",
  duplicate: "Duplicera",
  remove: "Ta bort",
  scenarioName: "Namn",
  rename: "Byt namn",
  patch: "Det som skiljer från grundmodellen (JSON Merge Patch)",
  patchHint:
    "Ange bara fälten som ändras: andra nyckelvärden, ett annat belopp, andra vikter; null tar bort.",
  savePatch: "Spara ändringen",
  newScenario: "Scenario",
  copyOf: (name: string) => `Kopia av ${name}`,
};

export type ScenarioStrings = typeof SV;

const EN: ScenarioStrings = {
  noScenarios: "The model has no scenarios yet.",
  addScenario: "Add a scenario",
  duplicate: "Duplicate",
  remove: "Remove",
  scenarioName: "Name",
  rename: "Rename",
  patch: "What differs from the base model (JSON Merge Patch)",
  patchHint:
    "Give only the fields that change: other key values, another amount, other weights; null removes.",
  savePatch: "Save the change",
  newScenario: "Scenario",
  copyOf: (name: string) => `Copy of ${name}`,
};

/**
 * The scenarios editor's words in a language.
 *
 * @example
 * scenarioStrings("sv").duplicate; // "Duplicera"
 */
export function scenarioStrings(language: Language): ScenarioStrings {
  return language === "en" ? EN : SV;
}
