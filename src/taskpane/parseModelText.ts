/**
 * The model being edited, from the editor's JSON text; undefined while the
 * text is not valid JSON (the Model view says why). The editors below read
 * and write the model through this text, so there is one model, not several.
 *
 * @example
 * parseModelText<{ name: string }>('{"name":"Turism"}')?.name; // "Turism"
 * parseModelText("{"); // undefined
 */
export function parseModelText<T = Record<string, unknown>>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
