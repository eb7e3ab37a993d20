import { useCallback, useRef, useState } from "react";
import type { WorkbookServices } from "../../contracts/workbookServices";
import type { ModelEntry, ModelOptions } from "../../contracts/modelStore";
import { freeName } from "./freeName";

/** The stored model the pane has open: its id, name, the save counter it was loaded with, and its options. */
export interface OpenModel {
  readonly id?: string;
  readonly name?: string;
  readonly counter: number;
  /** The switches kept with the model in the store (the defaults where left out). */
  readonly options?: ModelOptions;
}

/** The open model's options, for a save: none where it has the defaults. */
const optionsOf = (model: OpenModel) => (model.options === undefined ? {} : { options: model.options });

/**
 * The model text being edited and the stored model it belongs to: opening,
 * saving (a co-author's save since it was loaded is kept in `conflict`, never
 * overwritten), and following the store's changes.
 *
 * @example
 * const model = useOpenModel(services);
 * model.open("{}");
 */
export function useOpenModel(services: WorkbookServices) {
  const [text, setText] = useState("");
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
        ...optionsOf(current),
      });
      if (outcome.kind === "conflict") {
        setConflict(outcome.theirs);
        return undefined;
      }
      const { id, name: saved, counter } = outcome.entry;
      setCurrent({ id, name: saved, counter, ...optionsOf(current) });
      loaded.current = modelText;
      return outcome.entry;
    },
    [services, current],
  );

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
      if (entry.deleted) return { counter: 0 };
      return { id: entry.id, name: entry.name, counter: entry.counter, ...optionsOf(open) };
    });
  }, []);

  /** "Räkna om automatiskt" turned: kept with the open model, and saved with it (see saveOptions). */
  const setAutoRun = useCallback(
    (autoRun: boolean) =>
      saveOptions(services, current, { ...current.options, autoRun }, setCurrent, setConflict),
    [current, services],
  );

  return { text, setText, current, conflict, open, save, noticeSave, adopt, setAutoRun };
}

/** The open model and what is done with it. */
export type OpenModelState = ReturnType<typeof useOpenModel>;

/**
 * Keeps new options with the open model, and saves them with it in the store
 * at once where it is stored (a co-author's save since it was loaded brings
 * the choice, as any save does). A failed save throws.
 */
async function saveOptions(
  services: WorkbookServices,
  current: OpenModel,
  options: ModelOptions,
  setCurrent: (update: (open: OpenModel) => OpenModel) => void,
  setConflict: (entry: ModelEntry) => void,
): Promise<void> {
  setCurrent((open) => ({ ...open, options }));
  if (current.id === undefined) return;
  const outcome = await services.models.setOptions(current.id, options, current.counter);
  if (outcome.kind === "conflict") return setConflict(outcome.theirs);
  const { id, counter } = outcome.entry;
  setCurrent((open) => (open.id === id ? { ...open, counter } : open));
}
