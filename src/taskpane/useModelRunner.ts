import { useCallback, useRef, useState } from "react";
import { ModelError } from "../engine/model/ModelError";
import type { ResultDocument } from "../engine/result/types";
import type { WorkbookServices } from "../workbook/office/excelServices";
import { EditedSheetsError } from "../workbook/office/EditedSheetsError";
import { WorkbookError } from "../workbook/office/WorkbookError";
import type { Language } from "../workbook/render/labels";
import type { ModelEntry } from "../workbook/store/modelStore";
import type { Calculator } from "./calculator";
import { storeStrings } from "./storeStrings";

/** Where a run stands. */
export type RunState =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly sheets: number }
  /** The user has changed Fördela's sheets since it wrote them: the run waits for "Skriv över" or "Avbryt". */
  | { readonly kind: "edited"; readonly message: string; readonly text: string }
  | { readonly kind: "refused"; readonly message: string; readonly path?: string; readonly address?: string };

/** The stored model the pane has open: its id, name and the save counter it was loaded with. */
export interface OpenModel {
  readonly id?: string;
  readonly name?: string;
  readonly counter: number;
}

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
  const [text, setText] = useState("");
  const [results, setResults] = useState<ResultDocument | undefined>(undefined);
  const [state, setState] = useState<RunState>({ kind: "idle" });
  const [statements, setStatements] = useState(false);
  const [current, setCurrent] = useState<OpenModel>({ counter: 0 });
  const [conflict, setConflict] = useState<ModelEntry | undefined>(undefined);
  // The text as last loaded or saved: a co-author's newer save replaces it only while the user has not edited it.
  const loaded = useRef("");

  /** Opens a model's text: a stored model with its save, or a template as a new model. */
  const open = useCallback((next: string, model: OpenModel = { counter: 0 }) => {
    setText(next);
    setCurrent(model);
    setConflict(undefined);
    loaded.current = next;
  }, []);

  const save = useCallback(
    async (modelText: string, name: string): Promise<ModelEntry | undefined> => {
      const outcome = await services.models.save({
        ...(current.id === undefined ? {} : { id: current.id }),
        name: current.name ?? (await freeName(services, name)),
        text: modelText,
        counter: current.counter,
      });
      if (outcome.kind === "conflict") {
        setConflict(outcome.theirs);
        return undefined;
      }
      setCurrent({ id: outcome.entry.id, name: outcome.entry.name, counter: outcome.entry.counter });
      loaded.current = modelText;
      return outcome.entry;
    },
    [services, current],
  );

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
          error instanceof EditedSheetsError
            ? { kind: "edited", message: error.message, text: modelText }
            : refusal(error, language),
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

  /** Takes the co-author's version: their text replaces the pane's. */
  const takeTheirs = useCallback(async () => {
    if (conflict === undefined) return;
    const theirs = conflict.deleted ? undefined : await services.models.read(conflict.id);
    if (theirs === undefined) open("", { counter: 0 });
    else open(theirs.text, { id: theirs.id, name: theirs.name, counter: theirs.counter });
  }, [conflict, services, open]);

  /** Keeps both: the pane's version is saved as a copy under a name of its own. */
  const keepBoth = useCallback(async () => {
    if (conflict === undefined) return;
    const name = await freeName(services, storeStrings(language).copyOf(conflict.name));
    const outcome = await services.models.save({ name, text, counter: 0 });
    if (outcome.kind === "saved") open(text, { ...outcome.entry });
  }, [conflict, services, language, text, open]);

  /** After the store changed: a newer save of the open model replaces an unedited text, or asks the user. */
  const noticeSave = useCallback(
    (entry: ModelEntry | undefined) => {
      if (current.id === undefined || entry === undefined || entry.counter <= current.counter) return false;
      if (text === loaded.current && !entry.deleted) return true;
      setConflict(entry);
      return false;
    },
    [current, text],
  );

  /** After a rename or delete from Start: the open model follows its new save, or becomes a new model. */
  const adopt = useCallback((entry: ModelEntry) => {
    setCurrent((open) => {
      if (open.id !== entry.id) return open;
      return entry.deleted ? { counter: 0 } : { id: entry.id, name: entry.name, counter: entry.counter };
    });
  }, []);

  return {
    adopt,
    text,
    setText,
    results,
    state,
    run,
    runText,
    overwrite,
    keepEdits,
    statements,
    setStatements,
    current,
    open,
    save,
    conflict,
    takeTheirs,
    keepBoth,
    noticeSave,
  };
}

/** The name, or the name with " (2)", " (3)" … where a stored model has it already. */
async function freeName(services: WorkbookServices, name: string): Promise<string> {
  const taken = new Set((await services.models.list()).models.map((m) => m.name));
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}

function refusal(error: unknown, language: Language): RunState {
  if (error instanceof ModelError)
    return { kind: "refused", message: error.messageIn(language), path: error.path };
  if (error instanceof WorkbookError)
    return error.address === undefined
      ? { kind: "refused", message: error.message }
      : { kind: "refused", message: error.message, address: error.address };
  return { kind: "refused", message: error instanceof Error ? error.message : String(error) };
}
