import type { ScenarioEntry } from "../../scenarioEdits";

/** A model as the scenarios editor reads it: whatever was typed, its scenarios looked at before use. */
export type ScenariosDocument = Record<string, unknown> & { scenarios?: ScenarioEntry[] };

/** Which of a scenario's changes is edited: key values, lines and rules, or the patch as JSON. */
export type ScenarioEditorKind = "keys" | "lines" | "json";
