import { useContext, useEffect } from "react";
import { FieldsContext } from "../../fields/useField";
import type { ScenarioEditorKind } from "./scenariosDocument";

/**
 * Follows the user to a scenario's field (a refusal, a summary link): shows
 * that scenario, and the editor (key values, lines and rules, JSON) that has the field.
 *
 * @example
 * useScenarioTarget(setIndex, setEditor);
 */
export function useScenarioTarget(
  setIndex: (index: number) => void,
  setEditor: (editor: ScenarioEditorKind) => void,
): void {
  const { target } = useContext(FieldsContext);
  useEffect(() => {
    if (target?.view !== "scenarios") return;
    if (target.scenario !== undefined) setIndex(target.scenario);
    if (target.editor !== undefined) setEditor(target.editor);
  }, [target, setIndex, setEditor]);
}
