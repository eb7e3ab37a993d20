import { useCallback } from "react";
import type { WorkbookServices } from "../../contracts/workbookServices";
import type { Language } from "../../contracts/language";
import { storeStrings } from "../storeStrings";
import { freeName } from "./freeName";
import type { OpenModelState } from "./useOpenModel";

/**
 * The two ways out of a co-author's conflicting save: take theirs, or keep both.
 *
 * @example
 * const { takeTheirs, keepBoth } = useConflictChoice(services, "sv", model);
 */
export function useConflictChoice(services: WorkbookServices, language: Language, model: OpenModelState) {
  const { conflict, text, open, current } = model;

  /** Takes the co-author's version: their text replaces the pane's. */
  const takeTheirs = useCallback(async () => {
    if (conflict === undefined) return;
    const theirs = conflict.deleted ? undefined : await services.models.read(conflict.id);
    if (theirs === undefined) open("", { counter: 0 });
    else
      open(theirs.text, {
        id: theirs.id,
        name: theirs.name,
        counter: theirs.counter,
        options: theirs.options,
      });
  }, [conflict, services, open]);

  /** Keeps both: the pane's version is saved as a copy under a name of its own. */
  const keepBoth = useCallback(async () => {
    if (conflict === undefined) return;
    const name = await freeName(services, storeStrings(language).copyOf(conflict.name));
    // The copy keeps the pane's switches.
    const options = current.options === undefined ? {} : { options: current.options };
    const outcome = await services.models.save({ name, text, counter: 0, ...options });
    if (outcome.kind === "saved") open(text, { ...outcome.entry, ...options });
  }, [conflict, services, language, text, open, current]);

  return { takeTheirs, keepBoth };
}
