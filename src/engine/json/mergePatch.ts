import { isRecord } from "./jsonNumber";

/**
 * Applies a JSON Merge Patch (RFC 7386) to a document, returning a new
 * document; neither input is changed. `null` in the patch removes a field;
 * any non-object patch value replaces the target whole.
 *
 * @example
 * mergePatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: null, e: 4 } });
 * // { a: 1, b: { d: 3, e: 4 } }
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch;
  const result: Record<string, unknown> = {};
  if (isRecord(target)) for (const [key, value] of Object.entries(target)) defineField(result, key, value);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else defineField(result, key, mergePatch(result[key], value));
  }
  return result;
}

/**
 * Sets a field with defineProperty rather than assignment, so that a field
 * named "__proto__" stays a field.
 *
 * @example
 * defineField(result, "__proto__", 1); // result.__proto__ is an own field, 1
 */
export function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  // Only "__proto__" has a setter on a plain object; every other field is set faster by assignment.
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
