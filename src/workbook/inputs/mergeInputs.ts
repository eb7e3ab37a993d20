import type { Inputs } from "./readInputs";

type Document = Record<string, unknown> & {
  parties?: { id: string; name: string; code?: string }[];
  keys?: Record<string, unknown>;
};

/**
 * Adds parties and keys read from a table to a model document: new parties
 * go last (a party already there keeps its place and takes the new name), a
 * key is added or has its values replaced (its source and date are kept).
 * Returns a new document; the one given is not changed.
 *
 * @example
 * mergeInputs({ format: "fordela/1", parties: [] }, inputs).parties?.length; // the parties of the table
 */
export function mergeInputs(document: Document, inputs: Inputs): Document {
  const parties = [...(document.parties ?? [])];
  for (const party of inputs.parties) {
    const at = parties.findIndex((p) => p.id === party.id);
    if (at === -1) parties.push(party);
    else parties[at] = { ...parties[at], ...party };
  }
  // no prototype: a key may be called __proto__
  const keys = Object.assign(Object.create(null) as Record<string, unknown>, document.keys ?? {});
  for (const [id, key] of Object.entries(inputs.keys)) {
    const before = (keys[id] ?? {}) as Record<string, unknown>;
    keys[id] = { ...before, label: (before.label as string | undefined) ?? key.label, values: key.values };
  }
  return { ...document, parties, keys };
}
