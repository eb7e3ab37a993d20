import { useCallback, useState } from "react";
import type { ScenarioEvaluation } from "../engine/scenarios/evaluateScenarios";
import { ModelError } from "../engine/model/ModelError";
import type { WorkbookServices } from "../workbook/office/excelServices";
import { WorkbookError } from "../workbook/office/WorkbookError";
import type { Language } from "../workbook/render/labels";

/** Where a run stands. */
export type RunState =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly sheets: number }
  | { readonly kind: "refused"; readonly message: string; readonly path?: string; readonly address?: string };

/** Lets the browser paint the progress bar before the engine takes the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The pane's model and its run: the JSON text being edited, the last results,
 * and `run`, which checks the model, computes every scenario, writes the
 * sheets through the workbook layer and stores the model in the workbook. A
 * refused model writes nothing.
 *
 * @example
 * const { text, setText, run, state, results } = useModelRunner(services, "sv");
 */
export function useModelRunner(services: WorkbookServices, language: Language) {
  const [text, setText] = useState("");
  const [results, setResults] = useState<ScenarioEvaluation[] | undefined>(undefined);
  const [state, setState] = useState<RunState>({ kind: "idle" });

  const run = useCallback(async () => {
    setState({ kind: "running" });
    await nextFrame();
    try {
      const { runModel } = await import(/* webpackChunkName: "engine" */ "./runModel");
      const { evaluations, sheets } = await runModel(text, services, language);
      setResults(evaluations);
      setState({ kind: "done", sheets });
    } catch (error) {
      setState(refusal(error));
    }
  }, [text, services, language]);

  return { text, setText, results, state, run };
}

function refusal(error: unknown): RunState {
  if (error instanceof ModelError) return { kind: "refused", message: error.message, path: error.path };
  if (error instanceof WorkbookError)
    return error.address === undefined
      ? { kind: "refused", message: error.message }
      : { kind: "refused", message: error.message, address: error.address };
  return { kind: "refused", message: error instanceof Error ? error.message : String(error) };
}
