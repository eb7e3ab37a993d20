import { describe } from "../exact/parseDecimal";
import { isRecord, type JsonRecord } from "../json/jsonNumber";
import { at, ModelError } from "./ModelError";

/**
 * Requires an object and refuses fields the format does not know, so that a
 * misspelt optional field ("maxDecrese") is caught rather than ignored.
 *
 * @example
 * expectObject({ id: "a" }, "parties[0]", ["id", "name"]); // { id: "a" }
 */
export function expectObject(value: unknown, path: string, known: readonly string[]): JsonRecord {
  if (!isRecord(value)) throw new ModelError(path, "notObject", { found: describe(value) });
  for (const field of Object.keys(value)) {
    if (!known.includes(field)) {
      throw new ModelError(at(path, field), "unknownField", { known: known.join(", ") });
    }
  }
  return value;
}

/**
 * Requires a non-empty string.
 *
 * @example
 * expectText("Ragunda", "parties[0].name"); // "Ragunda"
 */
export function expectText(value: unknown, path: string): string {
  if (typeof value !== "string") throw new ModelError(path, "notText", { found: describe(value) });
  if (value.trim() === "") throw new ModelError(path, "emptyText");
  return value;
}

/**
 * An optional string field: undefined when left out.
 *
 * @example
 * optionalText(undefined, "keys.k.label"); // undefined
 */
export function optionalText(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : expectText(value, path);
}

/**
 * Requires a list.
 *
 * @example
 * expectList([1], "parties"); // [1]
 */
export function expectList(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new ModelError(path, "notList", { found: describe(value) });
  return value;
}

/**
 * Requires a field that is present.
 *
 * @example
 * required({ name: "x" }, "name", ""); // "x"
 */
export function required(object: JsonRecord, field: string, path: string): unknown {
  const value = object[field];
  if (value === undefined) throw new ModelError(at(path, field), "required");
  return value;
}
