// The models stored in a workbook, as the pane and the workbook layer both see them.
import type { Params } from "./refusal";

/** One save of one model, without its text: what the list of models shows. */
export interface ModelEntry {
  readonly id: string;
  readonly name: string;
  /** Raised by one on every save; a save checks the counter it loaded. */
  readonly counter: number;
  readonly saveId: string;
  readonly savedAt: string;
  /** Who saved, where Office tells (the workbook's last author); "" where it does not. */
  readonly savedBy: string;
  /** A deleted model's last save: it holds no text and is not listed. */
  readonly deleted: boolean;
}

/**
 * What the pane keeps with a model besides its text, which is the model
 * format of MODEL.md and has no place for them: they sync between co-authors
 * with the model's rows in the store sheet.
 */
export interface ModelOptions {
  /** "Räkna om automatiskt": re-run the model when a key value or an amount is edited in Indata. */
  readonly autoRun: boolean;
}

/** A stored model: its newest save and its text, exactly as it was saved (never parsed here), and its options. */
export interface StoredModel extends ModelEntry {
  readonly text: string;
  readonly options: ModelOptions;
}

/**
 * A stored model that could not be read back, and why: a code of the
 * workbook layer's message table with its parameters, and the reason in the
 * store's language.
 */
export interface StoreProblem {
  readonly name: string;
  readonly code: string;
  readonly params: Params;
  readonly reason: string;
}

/** What the store lists: every model not deleted, by name, and what could not be read. */
export interface StoreListing {
  readonly models: readonly ModelEntry[];
  readonly problems: readonly StoreProblem[];
}

/** A save's outcome: saved, or refused because a co-author saved (or deleted) the model since it was loaded. */
export type SaveOutcome =
  | { readonly kind: "saved"; readonly entry: ModelEntry }
  | { readonly kind: "conflict"; readonly theirs: ModelEntry };

/** A model to save: its id and the counter it was loaded with (none and 0 for a new model). */
export interface ModelDraft {
  readonly id?: string;
  readonly name: string;
  readonly text: string;
  readonly counter: number;
  /** Kept with the model; the default options where left out. */
  readonly options?: ModelOptions;
}

/** The models' API, over one store sheet. */
export interface ModelStore {
  list(): Promise<StoreListing>;
  /** A model by id, or by name; undefined when there is none. */
  read(idOrName: string): Promise<StoredModel | undefined>;
  save(draft: ModelDraft): Promise<SaveOutcome>;
  rename(id: string, name: string, counter: number): Promise<SaveOutcome>;
  /** Saves the model's newest text again with these options (a switch turned in the pane). */
  setOptions(id: string, options: ModelOptions, counter: number): Promise<SaveOutcome>;
  /** A copy under a new id and name, of the model's newest save. */
  duplicate(id: string, name: string): Promise<SaveOutcome>;
  remove(id: string, counter: number): Promise<SaveOutcome>;
}
