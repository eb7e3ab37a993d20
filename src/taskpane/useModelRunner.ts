import { useCallback, useState } from "react";
import { parseModelJson } from "../engine/json/modelJson";
import { ModelError } from "../engine/model/ModelError";
import type { ResultDocument } from "../engine/result/types";
import type { WorkbookServices } from "../workbook/office/excelServices";
import { WorkbookError } from "../workbook/office/WorkbookError";
import type { Language } from "../workbook/render/labels";
import type { Calculator } from "./calculator";

/** Where a run stands. */
export type RunState =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly sheets: number }
  | { readonly kind: "refused"; readonly message: string; readonly path?: string; readonly address?: string };

/**
 * The pane's model and its run: the JSON text being edited, the last results,
 * and `run`, which has the calculator check the model, compute every
 * scenario and render the sheets, then writes them through the workbook
 * layer and stores the model in the workbook. A refused model writes nothing.
 *
 * @example
 * const { text, setText, run, state, results } = useModelRunner(services, calculator, "sv");
 * // and `statements`, `setStatements`: whether the run also writes each party's statement as a sheet
 */
export function useModelRunner(services: WorkbookServices, calculator: Calculator, language: Language) {
  const [text, setText] = useState("");
  const [results, setResults] = useState<ResultDocument | undefined>(undefined);
  const [state, setState] = useState<RunState>({ kind: "idle" });
  const [statements, setStatements] = useState(false);

  const run = useCallback(async () => {
    setState({ kind: "running" });
    try {
      const { spec, document, name } = await calculator.calculate(text, language, { statements });
      const report = await services.write(spec);
      await services.saveModels([
        { name, savedAt: new Date().toISOString(), document: parseModelJson(text) },
      ]);
      setResults(document);
      setState({ kind: "done", sheets: report.sheets.length });
    } catch (error) {
      setState(refusal(error));
    }
  }, [text, services, calculator, language, statements]);

  return { text, setText, results, state, run, statements, setStatements };
}

function refusal(error: unknown): RunState {
  if (error instanceof ModelError) return { kind: "refused", message: error.message, path: error.path };
  if (error instanceof WorkbookError)
    return error.address === undefined
      ? { kind: "refused", message: error.message }
      : { kind: "refused", message: error.message, address: error.address };
  return { kind: "refused", message: error instanceof Error ? error.message : String(error) };
}
