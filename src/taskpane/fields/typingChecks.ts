import type { Params } from "../../contracts/refusal";
import { decimalFromText } from "../../engine/exact/parseDecimal";
import { parseShare } from "../../engine/exact/parseShare";
import { Rational } from "../../engine/exact/rational";
import { showTotal, sumExact } from "../../engine/exact/sumExact";
import { isRecord, JsonNumber } from "../../engine/json/jsonNumber";
import { at } from "../../engine/model/fieldPath";
import { ModelError } from "../../engine/model/ModelError";
import type { FieldCode } from "../fieldStrings";

/** A problem the pane finds while the user types: the path of the field, what is wrong, and the values its words quote. */
export interface Problem {
  readonly path: string;
  readonly code: FieldCode;
  readonly params: Params;
}

type Json = Record<string, unknown>;

/** What amounts are checked against: the model's rounding unit, and its currency (kronor have names). */
interface Units {
  readonly unit: Rational | undefined;
  readonly unitText: string;
  readonly currency: string;
}

/** A value's text as the model holds it: a decimal string, or a lossless JSON number's digits. */
function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (value instanceof JsonNumber) return value.text;
  if (typeof value === "number") return String(value);
  return undefined;
}

/**
 * What the pane can tell about a model while it is typed, before any run:
 * key values that are negative or not numbers, amounts that are not whole
 * rounding units (or not numbers), and shares and weights that are not shares
 * or do not add up to exactly 1. Exact, as the engine: no binary floating
 * point. The engine still checks everything at a run; these come first, on
 * the field, with the value the user typed.
 *
 * @example
 * modelChecks({ lines: { a: { amount: "10.5", split: { by: "equal" } } } }); // [{ path: "lines.a.amount", code: "notWholeUnits", … }]
 */
export function modelChecks(document: unknown): Problem[] {
  if (!isRecord(document)) return [];
  const problems: Problem[] = [];
  const units = unitsOf(document);
  if (isRecord(document.keys))
    for (const [key, value] of Object.entries(document.keys))
      if (isRecord(value) && isRecord(value.values))
        keyChecks(at(at("keys", key), "values"), value.values, problems);
  if (isRecord(document.lines))
    for (const [id, line] of Object.entries(document.lines))
      if (isRecord(line)) lineChecks(at("lines", id), line, units, problems);
  return problems;
}

function unitsOf(document: Json): Units {
  const rounding = isRecord(document.rounding) ? document.rounding : {};
  const unitText = textOf(rounding.unit) ?? "1";
  const unit = decimalFromText(unitText);
  const currency = typeof document.currency === "string" ? document.currency : "SEK";
  return { unit: unit !== undefined && unit.sign() > 0 ? unit : undefined, unitText, currency };
}

function keyChecks(base: string, values: Json, problems: Problem[]): void {
  for (const [party, value] of Object.entries(values)) {
    const text = textOf(value);
    const number = text === undefined ? undefined : decimalFromText(text);
    const path = at(base, party);
    if (number === undefined) problems.push({ path, code: "keyNotNumber", params: { found: shown(value) } });
    else if (number.sign() < 0) problems.push({ path, code: "keyNegative", params: { value: text ?? "" } });
  }
}

/** What a problem quotes of a value: the text as typed, or the bare JSON for what is not text. */
function shown(value: unknown): string {
  return textOf(value) ?? (value === null ? "null" : Array.isArray(value) ? "[…]" : "{…}");
}

function lineChecks(path: string, line: Json, units: Units, problems: Problem[]): void {
  if (line.amount !== undefined) amountCheck(at(path, "amount"), line.amount, units, problems);
  if (isRecord(line.anchor) && line.anchor.amount !== undefined)
    amountCheck(at(at(path, "anchor"), "amount"), line.anchor.amount, units, problems);
  if (isRecord(line.split)) ruleChecks(at(path, "split"), line.split, units, problems);
}

/** An amount: a number, and a whole number of rounding units (`whole` false for a bound, which the engine rounds). */
function amountCheck(path: string, value: unknown, units: Units, problems: Problem[], whole = true): void {
  const text = textOf(value);
  const amount = text === undefined ? undefined : decimalFromText(text);
  if (amount === undefined) {
    problems.push({ path, code: "amountNotNumber", params: { found: shown(value) } });
    return;
  }
  if (!whole || units.unit === undefined || amount.div(units.unit).isInteger()) return;
  const params = { amount: text ?? "", unit: units.unitText, currency: units.currency };
  problems.push({ path, code: "notWholeUnits", params });
}

function ruleChecks(path: string, rule: Json, units: Units, problems: Problem[]): void {
  if (isRecord(rule.shares)) shareChecks(at(path, "shares"), rule.shares, "shares", units, problems);
  if (isRecord(rule.weights)) shareChecks(at(path, "weights"), rule.weights, "weights", units, problems);
  if (isRecord(rule.amounts) && rule.amounts.from === undefined)
    for (const [party, amount] of Object.entries(rule.amounts))
      amountCheck(at(at(path, "amounts"), party), amount, units, problems);
  for (const side of ["min", "max"] as const) {
    const bound = rule[side];
    if (isRecord(bound))
      for (const [party, amount] of Object.entries(bound))
        amountCheck(at(at(path, side), party), amount, units, problems, false);
    else if (bound !== undefined) amountCheck(at(path, side), bound, units, problems, false);
  }
  if (isRecord(rule.rest)) ruleChecks(at(path, "rest"), rule.rest, units, problems);
}

/** Shares or weights: each one a share, and together exactly 1. A group's share also has its own rule. */
function shareChecks(path: string, list: Json, what: string, units: Units, problems: Problem[]): void {
  const shares: Rational[] = [];
  for (const [receiver, entry] of Object.entries(list)) {
    const entryPath = at(path, receiver);
    const value = isRecord(entry) ? entry.share : entry;
    if (isRecord(entry) && isRecord(entry.split))
      ruleChecks(at(entryPath, "split"), entry.split, units, problems);
    const share = readShare(value, entryPath, problems);
    if (share !== undefined) shares.push(share);
  }
  const total = sumExact(shares);
  if (shares.length === Object.keys(list).length && shares.length > 0 && !total.equals(Rational.ONE))
    problems.push({ path, code: "sumNotOne", params: { what, ...showTotal(total) } });
}

function readShare(value: unknown, path: string, problems: Problem[]): Rational | undefined {
  try {
    return parseShare(value, path);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    const code = error.code === "shareOutOfRange" ? "shareOutOfRange" : "notShare";
    problems.push({ path, code, params: { found: shown(value) } });
    return undefined;
  }
}
