import type { WorkbookServices } from "../contracts/workbookServices";
import type { Language } from "../contracts/language";
import type { Calculator } from "./calculator";
import { useConflictChoice } from "./run/useConflictChoice";
import { useOpenModel } from "./run/useOpenModel";
import { useRun } from "./run/useRun";

export type { RunState } from "./run/runState";
export type { OpenModel } from "./run/useOpenModel";

/**
 * The pane's model and its run: the JSON text being edited, the stored model
 * it belongs to, the last results, and `run`, which has the calculator check
 * the model, compute every scenario and render the sheets, then writes them
 * through the workbook layer and saves the model in the workbook's store
 * (after the write, never inside its undo step). A refused model writes
 * nothing. A co-author's save since the model was loaded is never
 * overwritten: it is kept in `conflict` for the user to choose.
 *
 * @example
 * const { text, setText, run, state, results, conflict, takeTheirs, keepBoth } = useModelRunner(services, calculator, "sv");
 */
export function useModelRunner(services: WorkbookServices, calculator: Calculator, language: Language) {
  const model = useOpenModel(services);
  const running = useRun(services, calculator, language, model.text, model.save);
  const choice = useConflictChoice(services, language, model);
  return { ...model, ...running, ...choice };
}

/** The pane's model and its run, as App and the hooks beside it use them. */
export type ModelRunner = ReturnType<typeof useModelRunner>;
