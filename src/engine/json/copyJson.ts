import { JsonNumber } from "./jsonNumber";
import { defineField } from "./mergePatch";

/**
 * A deep copy of a JSON document read by `parseJson`: objects and lists are
 * new, a field named `__proto__` stays a field, and numbers stay the same
 * exact {@link JsonNumber} (which never changes). For editors that change a
 * copy and must not reach the original.
 *
 * @example
 * const copy = copyJson(doc); // copy !== doc, copy.amount === doc.amount
 */
export function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copyJson(item)) as T;
  if (value === null || typeof value !== "object" || value instanceof JsonNumber) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) defineField(copy, key, copyJson(field));
  return copy as T;
}
