import { isRecord } from "../../engine/json/jsonNumber";
import { at } from "../../engine/model/fieldPath";

type Json = Record<string, unknown>;
type Segment = string | number;

/**
 * The field of a rule's editor that holds the value a path inside the rule
 * names (`rest` is the path after the rule's own, `rule` the rule as the
 * model has it). A rule's editor has a field per value: `by` (its kind),
 * `key`, `among`, a share per receiver (`shares.staten`), a weight per key,
 * a fixed amount per party or the key they come from (`amounts`) and its
 * factor, the rest, the bounds. A refusal about a whole list (the shares add
 * up to 21/20) sits on its last entry, or where there is none, on the button
 * that adds one (the list's own path); anything else on the rule's kind.
 *
 * @example
 * ruleField("lines.a.split", ["shares", "staten"], rule); // "lines.a.split.shares.staten"
 * ruleField("lines.a.split", ["shares"], { by: "shares", shares: { x: "1/2", y: "1/2" } }); // "lines.a.split.shares.y"
 */
export function ruleField(base: string, rest: readonly Segment[], rule: unknown): string {
  const object: Json = isRecord(rule) ? rule : {};
  const [head, entry, ...inside] = rest;
  const listPath = typeof head === "string" ? at(base, head) : base;
  switch (head) {
    case "key":
    case "among":
    case "by":
      return listPath;
    case "shares":
      return shareField(listPath, entry, inside, object.shares);
    case "weights":
      return entryField(listPath, entry, object.weights);
    case "amounts":
      return amountsField(listPath, entry, object.amounts);
    case "rest":
      return restField(listPath, entry, inside, object.rest);
    case "min":
    case "max":
      return isRecord(object[head]) ? entryField(listPath, entry, object[head]) : listPath;
    case "maxDecrease":
      return entry === "percent" ? at(listPath, "percent") : listPath;
    default:
      return at(base, "by");
  }
}

/** An entry of a list of receivers, keys or parties; the list's last entry, or the list, for the whole list. */
function entryField(listPath: string, entry: Segment | undefined, list: unknown): string {
  if (typeof entry === "string") return at(listPath, entry);
  const last = isRecord(list) ? Object.keys(list).at(-1) : undefined;
  return last === undefined ? listPath : at(listPath, last);
}

function shareField(listPath: string, receiver: Segment | undefined, inside: Segment[], shares: unknown) {
  const [field, ...nested] = inside;
  if (typeof receiver !== "string" || field !== "split") return entryField(listPath, receiver, shares);
  const value = isRecord(shares) && Object.hasOwn(shares, receiver) ? shares[receiver] : undefined;
  const entryPath = at(listPath, receiver);
  return ruleField(at(entryPath, "split"), nested, isRecord(value) ? value.split : undefined);
}

/** A fixed rule's amounts: per party, or from a key (the choice of key) with a factor. */
function amountsField(listPath: string, entry: Segment | undefined, amounts: unknown): string {
  if (!isRecord(amounts)) return listPath;
  if (typeof amounts.from === "string") return entry === "factor" ? at(listPath, "factor") : listPath;
  return entryField(listPath, entry, amounts);
}

/** A fixed rule's rest: its weights have a field each, and everything else is the choice of rest. */
function restField(restPath: string, field: Segment | undefined, inside: Segment[], rest: unknown): string {
  if (field !== "weights" || !isRecord(rest) || rest.by !== "weights") return restPath;
  return entryField(at(restPath, "weights"), inside[0], rest.weights);
}
