import { describe } from "../exact/parseDecimal";
import { parseShare } from "../exact/parseShare";
import { showTotal, sumExact } from "../exact/sumExact";
import { Rational } from "../exact/rational";
import { isRecord } from "../json/jsonNumber";
import { at, ModelError } from "./ModelError";
import type { ParseContext } from "./context";
import { expectObject, expectText, required } from "./fields";
import { parseAmong } from "./parseAmong";
import { checkBoundedRest } from "./checkBoundedRest";
import { parseBounds } from "./parseBounds";
import { parseFixedAmounts } from "./parseFixedAmounts";
import { EQUAL_PARTS } from "./parseKeys";
import type { FixedRule, Rule, ShareEntry, Weight } from "./types";
import { quoted } from "./quote";

const BOUND_FIELDS = ["min", "max", "maxDecrease"];
const FIELDS: Record<Rule["by"], string[]> = {
  shares: ["by", "shares"],
  key: ["by", "key", "among", ...BOUND_FIELDS],
  equal: ["by", "among", ...BOUND_FIELDS],
  weights: ["by", "among", "weights", ...BOUND_FIELDS],
  fixed: ["by", "amounts", "rest", ...BOUND_FIELDS],
};

/**
 * Reads a split rule (shares, key, equal, weights or fixed) and everything
 * nested in it, checking every reference and every sum that needs no amount.
 *
 * @example
 * parseRule({ by: "equal" }, "lines.adm.split", context).by; // "equal"
 */
export function parseRule(value: unknown, path: string, context: ParseContext): Rule {
  if (!isRecord(value)) throw new ModelError(path, "notRule", { found: describe(value) });
  const by = value.by;
  if (typeof by !== "string" || !(by in FIELDS)) {
    throw new ModelError(at(path, "by"), "unknownRule", {
      found: describe(by),
      known: Object.keys(FIELDS).join(", "),
    });
  }
  const rule = expectObject(value, path, FIELDS[by as Rule["by"]]);
  switch (by as Rule["by"]) {
    case "shares":
      return { by: "shares", path, entries: parseShareEntries(rule, path, context) };
    case "key":
      return {
        by: "key",
        path,
        key: keyRef(rule, path, context),
        among: parseAmong(rule, path, context),
        bounds: parseBounds(rule, path, context),
      };
    case "equal":
      return {
        by: "equal",
        path,
        among: parseAmong(rule, path, context),
        bounds: parseBounds(rule, path, context),
      };
    case "weights":
      return {
        by: "weights",
        path,
        among: parseAmong(rule, path, context),
        weights: parseWeights(rule, path, context),
        bounds: parseBounds(rule, path, context),
      };
    case "fixed":
      return parseFixed(rule, path, context);
  }
}

function keyRef(rule: Record<string, unknown>, path: string, context: ParseContext): string {
  const key = expectText(required(rule, "key", path), at(path, "key"));
  if (!context.keys.has(key)) throw new ModelError(at(path, "key"), "noKey", { key: quoted(key) });
  return key;
}

function requireWhole(shares: Rational[], path: string, what: string): void {
  const total = sumExact(shares);
  if (!total.equals(Rational.ONE)) throw new ModelError(path, "sumNotOne", { what, ...showTotal(total) });
}

function parseShareEntries(rule: Record<string, unknown>, path: string, context: ParseContext): ShareEntry[] {
  const sharesPath = at(path, "shares");
  const raw = required(rule, "shares", path);
  if (!isRecord(raw) || Object.keys(raw).length === 0) throw new ModelError(sharesPath, "sharesNotObject");
  const entries = Object.entries(raw).map(([receiver, value]) =>
    parseShareEntry(receiver, value, at(sharesPath, receiver), context),
  );
  requireWhole(
    entries.map((e) => e.share),
    sharesPath,
    "shares",
  );
  return entries;
}

function parseShareEntry(receiver: string, value: unknown, path: string, context: ParseContext): ShareEntry {
  const group = context.groups.get(receiver);
  if (group === undefined && !context.partyById.has(receiver)) {
    throw new ModelError(path, "notReceiver", { receiver: quoted(receiver) });
  }
  if (!isRecord(value)) {
    if (group !== undefined) throw new ModelError(path, "groupNeedsSplit", { group: quoted(receiver) });
    return { receiver, share: parseShare(value, path), path };
  }
  const object = expectObject(value, path, ["share", "split"]);
  const share = parseShare(required(object, "share", path), at(path, "share"));
  if (group === undefined) {
    if (object.split !== undefined)
      throw new ModelError(at(path, "split"), "partyNotSplit", { party: quoted(receiver) });
    return { receiver, share, path };
  }
  const split = parseRule(required(object, "split", path), at(path, "split"), context);
  return { receiver, group, share, split, path };
}

function parseWeights(rule: Record<string, unknown>, path: string, context: ParseContext): Weight[] {
  const weightsPath = at(path, "weights");
  const raw = required(rule, "weights", path);
  if (!isRecord(raw) || Object.keys(raw).length === 0) throw new ModelError(weightsPath, "weightsNotObject");
  const weights = Object.entries(raw).map(([source, value]) => {
    const weightPath = at(weightsPath, source);
    if (source !== EQUAL_PARTS && !context.keys.has(source))
      throw new ModelError(weightPath, "noKey", { key: quoted(source) });
    return { source, weight: parseShare(value, weightPath), path: weightPath };
  });
  requireWhole(
    weights.map((w) => w.weight),
    weightsPath,
    "weights",
  );
  return weights;
}

function parseFixed(rule: Record<string, unknown>, path: string, context: ParseContext): Rule {
  const { amounts, fromKey, factor } = parseFixedAmounts(
    required(rule, "amounts", path),
    at(path, "amounts"),
    context,
  );
  const rest = rule.rest === undefined ? undefined : parseRule(rule.rest, at(path, "rest"), context);
  const bounds = parseBounds(rule, path, context);
  checkBoundedRest(bounds, rest, path);
  const fixed: FixedRule = {
    by: "fixed",
    path,
    amounts,
    bounds,
    ...(fromKey === undefined ? {} : { fromKey }),
    ...(factor === undefined ? {} : { factor }),
  };
  return rest === undefined ? fixed : { ...fixed, rest };
}
