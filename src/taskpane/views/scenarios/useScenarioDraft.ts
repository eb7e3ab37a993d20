import { useEffect, useState } from "react";
import { parseModelJson, stringifyModel } from "../../../engine/json/modelJson";
import { stringifyJson } from "../../../engine/json/stringifyJson";
import type { ScenarioEntry } from "../../scenarioEdits";

/** The selected scenario's name and patch as being typed, before they are saved into the model. */
export interface ScenarioDraft {
  readonly name: string;
  readonly setName: (name: string) => void;
  readonly patch: string;
  readonly setPatch: (text: string) => void;
  /** Why the typed patch could not be saved, until it is typed again or another scenario is chosen. */
  readonly patchError: string | undefined;
  readonly setPatchError: (error: string | undefined) => void;
}

/** The typed name and patch of a scenario, reset to the scenario's own whenever it changes. */
export function useScenarioDraft(selected: ScenarioEntry | undefined): ScenarioDraft {
  const [name, setName] = useState(selected?.name ?? "");
  const [patch, setPatch] = useState(stringifyModel(selected?.patch ?? {}));
  const [patchError, setPatchError] = useState<string | undefined>(undefined);
  // The document is parsed anew on every render, so the effect follows the selected scenario's text, not its object.
  const selectedJson = stringifyJson(selected ?? null, 0);
  useEffect(() => {
    const current = parseModelJson(selectedJson) as ScenarioEntry | null;
    setName(current?.name ?? "");
    setPatch(stringifyModel(current?.patch ?? {}));
    setPatchError(undefined);
  }, [selectedJson]);
  return { name, setName, patch, setPatch, patchError, setPatchError };
}
