import { JsonNumber } from "./jsonNumber";

/**
 * Writes a JSON document as text, the inverse of `parseJson`: a
 * {@link JsonNumber} is written as its exact text, a field named `__proto__`
 * as a field, objects in their field order, with `indent` spaces per level
 * (0 for one line). Fields whose value is undefined are left out, as
 * JSON.stringify does; a JavaScript number is written in its shortest form
 * (only documents the engine builds hold them, never a model's amounts),
 * and one that is not finite is refused.
 *
 * @example
 * stringifyJson({ amount: new JsonNumber("12345678901234567890.01") }, 0);
 * // '{"amount":12345678901234567890.01}'
 */
export function stringifyJson(value: unknown, indent = 2): string {
  return write(value, indent === 0 ? "" : "\n", indent === 0 ? "" : " ".repeat(indent));
}

/** `newline` is "\n" and the current margin, or "" for one line. */
function write(value: unknown, newline: string, step: string): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof JsonNumber) return value.text;
  if (typeof value === "string") return quoteString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number" || typeof value === "bigint") return numberText(value);
  if (Array.isArray(value)) return writeList(value, newline, step);
  if (typeof value === "object") return writeObject(value as Record<string, unknown>, newline, step);
  throw new TypeError(`a ${typeof value} cannot be written as JSON`);
}

function writeList(list: readonly unknown[], newline: string, step: string): string {
  if (list.length === 0) return "[]";
  const inner = newline + step;
  let out = "[";
  for (let i = 0; i < list.length; i++) out += (i === 0 ? inner : `,${inner}`) + write(list[i], inner, step);
  return `${out}${newline}]`;
}

function writeObject(object: Record<string, unknown>, newline: string, step: string): string {
  const inner = newline + step;
  const colon = step === "" ? ":" : ": ";
  let out = "";
  for (const key of Object.keys(object)) {
    const field = object[key];
    if (field === undefined) continue;
    out += `${out === "" ? inner : `,${inner}`}${quoteString(key)}${colon}${write(field, inner, step)}`;
  }
  return out === "" ? "{}" : `{${out}${newline}}`;
}

function numberText(value: number | bigint): string {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new RangeError(`${value} is not a JSON number`);
  return String(value);
}

/** A JSON string literal. JSON.stringify of a single string is the standard escape; no model passes through it. */
function quoteString(text: string): string {
  return JSON.stringify(text);
}
