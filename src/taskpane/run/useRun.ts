import { useCallback, useState } from "react";
import type { ResultDocument } from "../../engine/result/types";
import type { WorkbookServices } from "../../contracts/workbookServices";
import { isEditedSheetsRefusal } from "../../contracts/workbookError";
import type { Language } from "../../contracts/language";
import type { ModelEntry } from "../../contracts/modelStore";
import type { Calculator } from "../calculator";
import { refusedRun, type RunState } from "./runState";

/**
 * The run of the model text: the calculator checks the model, computes every
 * scenario and renders the sheets, the workbook layer writes them, and the
 * model is saved (after the write, never inside its undo step). A refused
 * model writes nothing; sheets the user edited wait for "Skriv över".
 *
 * @example
 * const { run, state, results } = useRun(services, calculator, "sv", text, save);
 */
export function useRun(
  services: WorkbookServices,
  calculator: Calculator,
  language: Language,
  text: string,
  save: (modelText: string, name: string) => Promise<ModelEntry | undefined>,
) {
  const [results, setResults] = useState<ResultDocument | undefined>(undefined);
  const [state, setState] = useState<RunState>({ kind: "idle" });
  const [statements, setStatements] = useState(false);

  /**
   * Runs the model: the text being edited, or `given` (a live re-run's text,
   * before the editor has it); `overwriteEdited` once the user agreed to
   * write over their changes in Fördela's sheets.
   */
  const runText = useCallback(
    async (given?: string, overwriteEdited = false) => {
      const modelText = given ?? text;
      setState({ kind: "running" });
      try {
        const { spec, document, name } = await calculator.calculate(modelText, language, { statements });
        const report = await services.write(spec, overwriteEdited ? { overwriteEdited } : undefined);
        setResults(document);
        await save(modelText, name);
        setState({ kind: "done", sheets: report.sheets.length });
      } catch (error) {
        setState(
          isEditedSheetsRefusal(error)
            ? { kind: "edited", message: error.message, text: modelText }
            : refusedRun(error, language, modelText),
        );
      }
    },
    [text, services, calculator, language, statements, save],
  );
  const run = useCallback(() => runText(), [runText]);
  /** "Skriv över": runs the same text again, writing over the user's changes. */
  const overwrite = useCallback(
    () => (state.kind === "edited" ? runText(state.text, true) : Promise.resolve()),
    [state, runText],
  );
  /** "Avbryt": nothing is written, the user's changes stay. */
  const keepEdits = useCallback(() => setState({ kind: "idle" }), []);

  return { results, state, statements, setStatements, runText, run, overwrite, keepEdits };
}
