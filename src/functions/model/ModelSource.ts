/** What the workbook holds under a model's name. */
export type ModelLookup =
  | { readonly found: true; readonly document: unknown }
  | { readonly found: false; readonly names: readonly string[]; readonly problem?: string };

/**
 * Where FÖRDELA.MODELL reads stored models from: the workbook's model store,
 * or anything else that can name a model and say when models change. The
 * function depends on this and nothing more, so the store can change under it.
 */
export interface ModelSource {
  /** The stored model of that name, or the names there are (and why one could not be read). */
  read(name: string): Promise<ModelLookup>;
  /** Calls `listener` whenever the stored models may have changed; returns a function that stops it. */
  onChange(listener: () => void): () => void;
}
