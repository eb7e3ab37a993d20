import { at, ModelError } from "./ModelError";
import type { Bounds, Rule } from "./types";

/** The first bound a rule carries, in the order MODEL.md lists them: `min`, `max`, `maxDecrease`. */
function firstBound(bounds: Bounds): string | undefined {
  if (bounds.min !== undefined) return "min";
  if (bounds.max !== undefined) return "max";
  if (bounds.maxDecrease !== undefined) return "maxDecrease";
  return undefined;
}

/**
 * A fixed rule may carry bounds on each party's whole amount only with a
 * rest, and that rest must be a key, equal or weights rule with no bounds of
 * its own (MODEL.md, "Split rules"). Refused in that order: no rest (at the
 * fixed rule's first bound), a rest of another kind (at `rest`), a rest with
 * bounds (at the rest's first bound).
 *
 * @example
 * checkBoundedRest(bounds, { by: "shares", ... }, "lines.x.split");
 * // throws: lines.x.split.rest: …
 */
export function checkBoundedRest(bounds: Bounds, rest: Rule | undefined, path: string): void {
  const first = firstBound(bounds);
  if (first === undefined) return;
  if (rest === undefined) throw new ModelError(at(path, first), "boundsNeedRest");
  if (rest.by !== "key" && rest.by !== "equal" && rest.by !== "weights")
    throw new ModelError(rest.path, "boundedRestRule", { by: rest.by });
  const inRest = firstBound(rest.bounds);
  if (inRest !== undefined) throw new ModelError(at(rest.path, inRest), "restHasBounds");
}
