import { Refusal, type RefusalData } from "../../contracts/refusal";
import { isWorkbookRefusal } from "../../contracts/workbookError";
import type { Language } from "../../contracts/language";

/** Where a run stands. */
export type RunState =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly sheets: number }
  /** The user has changed Fördela's sheets since it wrote them: the run waits for "Skriv över" or "Avbryt". */
  | { readonly kind: "edited"; readonly message: string; readonly text: string }
  | {
      readonly kind: "refused";
      readonly message: string;
      readonly path?: string;
      readonly address?: string;
      /** The engine's refusal as data, for the field that holds its value; and the text it refused. */
      readonly refusal?: RefusalData;
      readonly text?: string;
    };

/**
 * A failed run as the pane shows it: a model's refusal in the pane's language with its path,
 * a workbook's in the pane's language with its cell, anything else with its message.
 *
 * @example
 * refusedRun(new Error("nej"), "sv"); // { kind: "refused", message: "nej" }
 */
export function refusedRun(error: unknown, language: Language, text?: string): RunState {
  if (isWorkbookRefusal(error)) {
    const message = error.messageIn(language);
    return error.address === undefined
      ? { kind: "refused", message }
      : { kind: "refused", message, address: error.address };
  }
  // Any other refusal is the engine's (a ModelError), told by its base class so that the engine's
  // message tables need not load with the pane: they come with the first refusal (workerCalculator).
  if (error instanceof Refusal)
    return {
      kind: "refused",
      message: error.messageIn(language),
      path: error.path,
      refusal: error.toData(),
      ...(text === undefined ? {} : { text }),
    };
  return { kind: "refused", message: error instanceof Error ? error.message : String(error) };
}
