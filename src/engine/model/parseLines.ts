import { describe } from "../exact/parseDecimal";
import { isRecord } from "../json/jsonNumber";
import { at, ModelError } from "./ModelError";
import type { ParseContext } from "./context";
import type { Reuse } from "./earlierModel";
import { expectObject, expectText, required } from "./fields";
import { parseWholeAmount } from "./parseAmount";
import { parseRule } from "./parseRule";
import type { Line, LineTotal, Rule } from "./types";
import { quoted } from "./quote";

const LINE_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Reads `lines`: line id → `{ label, amount | anchor, split }`, in document
 * order. With `reuse`, a line an earlier model read from the same object,
 * against the same parties, groups, unit and keys, is taken over.
 *
 * @example
 * parseLines({ adm: { label: "Administration", amount: "900", split: { by: "equal" } } }, context)[0]?.id; // "adm"
 */
export function parseLines(value: unknown, context: ParseContext, reuse?: Reuse<Line>): Line[] {
  if (!isRecord(value)) throw new ModelError("lines", "notLines", { found: describe(value) });
  const entries = Object.entries(value);
  if (entries.length === 0) throw new ModelError("lines", "noLines");
  return entries.map(([id, raw]) => reuse?.(id, raw) ?? parseLine(id, raw, context));
}

function parseLine(id: string, raw: unknown, context: ParseContext): Line {
  const path = at("lines", id);
  if (!LINE_ID.test(id)) {
    throw new ModelError(path, "badLineId");
  }
  const object = expectObject(raw, path, ["label", "amount", "anchor", "split"]);
  const label = expectText(required(object, "label", path), at(path, "label"));
  const split = parseRule(required(object, "split", path), at(path, "split"), context);
  return { id, label, path, total: parseTotal(object, path, split, context), split };
}

function parseTotal(
  object: Record<string, unknown>,
  path: string,
  split: Rule,
  context: ParseContext,
): LineTotal {
  const { amount, anchor } = object;
  if (amount !== undefined && anchor !== undefined) {
    throw new ModelError(path, "amountAndAnchor");
  }
  if (amount !== undefined) {
    const amountPath = at(path, "amount");
    return { kind: "amount", amount: parseWholeAmount(amount, amountPath, context.unit), path: amountPath };
  }
  if (anchor !== undefined) return parseAnchor(anchor, at(path, "anchor"), split, context);
  if (split.by === "fixed" && split.rest === undefined) return { kind: "fixed-sum" };
  throw new ModelError(path, "amountOrAnchor");
}

function parseAnchor(value: unknown, path: string, split: Rule, context: ParseContext): LineTotal {
  const object = expectObject(value, path, ["party", "amount"]);
  const partyPath = at(path, "party");
  const party = expectText(required(object, "party", path), partyPath);
  if (!context.partyById.has(party)) throw new ModelError(partyPath, "notAParty", { party: quoted(party) });
  const held = split.by === "shares" ? split.entries.find((e) => e.receiver === party) : undefined;
  if (held === undefined) {
    throw new ModelError(partyPath, "anchorNoShare", { party: quoted(party) });
  }
  if (held.share.sign() === 0) throw new ModelError(partyPath, "anchorZeroShare", { party: quoted(party) });
  const amountPath = at(path, "amount");
  const amount = parseWholeAmount(required(object, "amount", path), amountPath, context.unit);
  return { kind: "anchor", party, amount, path };
}
