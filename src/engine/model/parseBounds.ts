import { isRecord } from "../json/jsonNumber";
import { parseDecimal } from "../exact/parseDecimal";
import { parseShare } from "../exact/parseShare";
import type { Rational } from "../exact/rational";
import { at, ModelError } from "./ModelError";
import type { ParseContext } from "./context";
import { expectObject, expectText, required } from "./fields";
import type { BoundAmounts, Bounds } from "./types";
import { quoted } from "./quote";

/**
 * Reads a rule's bounds: `min` and `max` (one amount for every receiver, or
 * `{ partyId: amount }`) and `maxDecrease: { from, percent }`.
 *
 * @example
 * parseBounds({ min: "100000" }, "lines.a.split", context).min?.kind; // "all"
 */
export function parseBounds(rule: Record<string, unknown>, path: string, context: ParseContext): Bounds {
  const bounds: { min?: BoundAmounts; max?: BoundAmounts; maxDecrease?: Bounds["maxDecrease"] } = {};
  for (const side of ["min", "max"] as const) {
    if (rule[side] !== undefined) bounds[side] = parseBoundAmounts(rule[side], at(path, side), context);
  }
  if (rule.maxDecrease !== undefined)
    bounds.maxDecrease = parseMaxDecrease(rule.maxDecrease, at(path, "maxDecrease"), context);
  return bounds;
}

function parseBoundAmounts(value: unknown, path: string, context: ParseContext): BoundAmounts {
  if (!isRecord(value)) return { kind: "all", amount: parseDecimal(value, path), path };
  const amounts = new Map<string, Rational>();
  for (const [party, amount] of Object.entries(value)) {
    const partyPath = at(path, party);
    if (!context.partyById.has(party)) throw new ModelError(partyPath, "notAParty", { party: quoted(party) });
    amounts.set(party, parseDecimal(amount, partyPath));
  }
  return { kind: "each", amounts, path };
}

function parseMaxDecrease(value: unknown, path: string, context: ParseContext): Bounds["maxDecrease"] {
  const object = expectObject(value, path, ["from", "percent"]);
  const from = expectText(required(object, "from", path), at(path, "from"));
  if (!context.keys.has(from)) throw new ModelError(at(path, "from"), "noKey", { key: quoted(from) });
  const percent = parseShare(required(object, "percent", path), at(path, "percent"));
  return { from, percent, path };
}
