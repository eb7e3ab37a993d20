import { useCallback, useRef, useState } from "react";
import type { WorkbookServices } from "../../contracts/workbookServices";
import type { ModelEntry } from "../../contracts/modelStore";
import { freeName } from "./freeName";

/** The stored model the pane has open: its id, name and the save counter it was loaded with. */
export interface OpenModel {
  readonly id?: string;
  readonly name?: string;
  readonly counter: number;
}

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

  return { text, setText, current, conflict, open, save, noticeSave, adopt };
}

/** The open model and what is done with it. */
export type OpenModelState = ReturnType<typeof useOpenModel>;
