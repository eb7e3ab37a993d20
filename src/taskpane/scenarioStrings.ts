import type { Language } from "../contracts/language";

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
  differs: "Det som skiljer i scenariot",
  keyValues: "Nyckelvärden",
  key: "Nyckel",
  linesRules: "Rader och regler",
  asJson: "JSON",
  noKeys: "Modellen har inga nycklar.",
  inBase: (value: string) => `Grundmodellen: ${value}`,
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
  differs: "What differs in the scenario",
  keyValues: "Key values",
  key: "Key",
  linesRules: "Lines and rules",
  asJson: "JSON",
  noKeys: "The model has no keys.",
  inBase: (value: string) => `Base model: ${value}`,
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
