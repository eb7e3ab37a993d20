import { parseModelJson } from "../engine/json/modelJson";

/**
 * The model being edited, from the editor's JSON text, read losslessly (a
 * 30-digit number stays 30 digits through every editor); undefined while the
 * text is not a readable model (the Model view says why). The editors below
 * read and write the model through this text, so there is one model, not several.
 *
 * @example
 * parseModelText<{ name: string }>('{"name":"Turism"}')?.name; // "Turism"
 * parseModelText("{"); // undefined
 */
export function parseModelText<T = Record<string, unknown>>(text: string): T | undefined {
  try {
    return parseModelJson(text) as T;
  } catch {
    return undefined;
  }
}
