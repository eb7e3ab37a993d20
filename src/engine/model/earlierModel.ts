import { isRecord } from "../json/jsonNumber";
import type { ParseContext } from "./context";
import { keysTakenIn } from "./keysRead";
import type { Key, Line, Model } from "./types";

/**
 * Takes over what an earlier model read from a subtree the new document
 * shares with it (the same object, as a JSON Merge Patch leaves every
 * subtree it does not touch). Reading is a pure function of the subtree and
 * of what it is checked against, and documents are never changed in place,
 * so the same subtree checked against the same things reads the same, and
 * reads without a refusal, as it did in the earlier model.
 */
export type Reuse<T> = (id: string, raw: unknown) => T | undefined;

/** The earlier document's field `id` of the object at `field`, if it has it as its own. */
function earlierRaw(base: Model, field: "keys" | "lines", id: string): unknown {
  const object = base.document[field];
  return isRecord(object) && Object.hasOwn(object, id) ? object[id] : undefined;
}

/**
 * The earlier model's key for the same key object over the same parties.
 *
 * @example
 * reusedKeys(base, base.partyById)?.("folkmangd", base.document.keys.folkmangd) === base.keys.get("folkmangd"); // true
 */
export function reusedKeys(base: Model | undefined, partyById: Model["partyById"]): Reuse<Key> | undefined {
  if (base === undefined || base.partyById !== partyById) return undefined;
  return (id, raw) =>
    raw !== undefined && earlierRaw(base, "keys", id) === raw ? base.keys.get(id) : undefined;
}

/**
 * The earlier model's line for the same line object, when everything it was
 * checked against is the same: the unit, parties and groups, the same key
 * ids in the same order, and the same key object for every key whose values
 * it took in (a fixed rule's amounts). Other keys it names were only looked
 * up, so new values in them leave it as it was read; splitting it is another
 * matter (evaluateModel looks at every key the line reads).
 *
 * @example
 * reusedLines(base, context)?.("line1", base.document.lines.line1) === base.lines[0]; // true when nothing it was read against changed
 */
export function reusedLines(base: Model | undefined, context: ParseContext): Reuse<Line> | undefined {
  if (base === undefined || !sameSetting(base, context)) return undefined;
  const byId = new Map(base.lines.map((line) => [line.id, line]));
  return (id, raw) => {
    const line = byId.get(id);
    if (line === undefined || raw === undefined || earlierRaw(base, "lines", id) !== raw) return undefined;
    for (const key of keysTakenIn(line.split))
      if (context.keys.get(key) !== base.keys.get(key)) return undefined;
    return line;
  };
}

function sameSetting(base: Model, context: ParseContext): boolean {
  if (base.partyById !== context.partyById || base.groups !== context.groups) return false;
  if (!base.unit.equals(context.unit) || base.keys.size !== context.keys.size) return false;
  const earlier = [...base.keys.keys()];
  return [...context.keys.keys()].every((id, i) => id === earlier[i]);
}
