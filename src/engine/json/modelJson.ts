import { parseJson } from "./parseJson";
import { stringifyJson } from "./stringifyJson";

/**
 * A model document from its JSON text, losslessly: numbers keep their exact
 * digits as JsonNumber, a repeated field name or too deep nesting is refused
 * at its path. The one way the pane, the store and the command line read a
 * model's text. Throws JsonSyntaxError or ModelError.
 *
 * @example
 * parseModelJson('{"amount": 12345678901234567890123456789.5}'); // { amount: JsonNumber("12345678901234567890123456789.5") }
 */
export function parseModelJson(text: string): unknown {
  return parseJson(text);
}

/**
 * A model document as JSON text, indented by two spaces, with every number
 * written exactly as it was read: the inverse of {@link parseModelJson}.
 *
 * @example
 * stringifyModel(parseModelJson('{"a":1.10}')); // '{\n  "a": 1.10\n}'
 */
export function stringifyModel(document: unknown): string {
  return stringifyJson(document, 2);
}
