import { isRecord, JsonNumber } from "./jsonNumber";
import { defineField } from "./mergePatch";

/**
 * The JSON Merge Patch (RFC 7386) that turns `base` into `target`: only the
 * fields that differ, `null` for a field `target` lacks, and arrays and
 * other values whole. The inverse of `mergePatch` for targets without null
 * values, which a merge patch cannot express.
 *
 * @example
 * mergeDiff({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { d: 3, e: 4 } });
 * // { b: { c: null, e: 4 } }
 */
export function mergeDiff(base: unknown, target: unknown): unknown {
  if (!isRecord(base) || !isRecord(target)) return target;
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(base)) if (!Object.hasOwn(target, key)) defineField(patch, key, null);
  for (const [key, value] of Object.entries(target)) {
    const before = Object.hasOwn(base, key) ? base[key] : undefined;
    if (before !== undefined && sameJson(before, value)) continue;
    // A field the base lacks is diffed against nothing, so that it comes out whole.
    defineField(patch, key, before === undefined ? value : mergeDiff(before, value));
  }
  return patch;
}

/** Whether two JSON values are equal, whatever the order of their objects' fields. */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]))
    );
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
    );
  }
  if (a instanceof JsonNumber && b instanceof JsonNumber) return a.text === b.text;
  return Object.is(a, b);
}
