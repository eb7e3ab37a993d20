import { isRecord } from "../json/jsonNumber";
import { splitPath } from "../model/fieldPath";

/**
 * Whether a scenario's patch writes the field a path names, or a field
 * around it (a patch that replaces a whole line writes every field in it).
 *
 * @example
 * writtenByPatch({ keys: { k: { values: { a: 1 } } } }, "keys.k.values.a"); // true
 * writtenByPatch({ keys: { k: { values: { a: 1 } } } }, "keys.k.values.b"); // false
 */
export function writtenByPatch(patch: Record<string, unknown>, path: string): boolean {
  const segments = splitPath(path);
  let current: unknown = patch;
  for (const segment of segments) {
    if (!isRecord(current)) return true;
    const field = String(segment);
    if (!Object.hasOwn(current, field)) return false;
    current = current[field];
  }
  return segments.length > 0;
}
