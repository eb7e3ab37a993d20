import { idRecord, ownField } from "../json/ownField";
import type { RefusalData } from "../../contracts/refusal";
import { isRecord, type JsonRecord } from "../json/jsonNumber";
import { mergePatch } from "../json/mergePatch";
import { ModelError } from "../model/ModelError";
import { parseModel } from "../model/parseModel";
import type { Model } from "../model/types";
import { evaluateModel } from "../rules/evaluateModel";
import type { Evaluation } from "../rules/types";

/** The causes a difference is split into, in the order they are applied. */
export type Cause = "amounts" | "keys" | "other" | "rounding";

export const CAUSES: readonly Cause[] = ["amounts", "keys", "other", "rounding"];

/** A step of the ladder that could not be measured apart, and where its effect went. */
export interface MergedCause {
  readonly cause: Cause;
  readonly into: Cause;
  /** Why the step's model was refused, as data: words in the reader's language come from it. */
  readonly refusal: RefusalData;
}

/** The evaluations from A to B, one change at a time: A, A with B's line amounts, then also B's key values, then B. */
export interface CauseLadder {
  readonly steps: readonly [Evaluation, Evaluation, Evaluation, Evaluation];
  readonly merged: readonly MergedCause[];
}

/**
 * Evaluates the models between A and B: first B's line amounts (and
 * anchors) on A's model, then B's key values as well, then B itself. A step
 * whose in-between model is refused (say, B's key lacks a party A's rule
 * needs, or B's total no longer fits A's fixed amounts) is not measured
 * apart: its effect goes to "everything else", and the ladder says so.
 *
 * @example
 * causeLadder(base, scenario).steps.length; // 4
 */
export function causeLadder(a: Evaluation, b: Evaluation): CauseLadder {
  const merged: MergedCause[] = [];
  const withAmounts = withLineAmounts(a.model.document, b.model);
  const amounts = attempt(withAmounts, a, b);
  if ("refusal" in amounts) merged.push({ cause: "amounts", into: "other", refusal: amounts.refusal });
  const afterAmounts = "evaluation" in amounts ? amounts.evaluation : a;
  const keys = attempt(withKeyValues(afterAmounts.model.document, b.model), afterAmounts, b);
  if ("refusal" in keys) merged.push({ cause: "keys", into: "other", refusal: keys.refusal });
  const afterKeys = "evaluation" in keys ? keys.evaluation : afterAmounts;
  return { steps: [a, afterAmounts, afterKeys, b], merged };
}

/**
 * A's document with each shared line's `amount` and `anchor` as B has them.
 * A line whose amount and anchor are the very values A has is left as it
 * is, so that it stays the same object and is read and split no more.
 */
function withLineAmounts(document: JsonRecord, b: Model): JsonRecord {
  const lines = idRecord<unknown>();
  const own = isRecord(document.lines) ? document.lines : {};
  const theirs = isRecord(b.document.lines) ? b.document.lines : {};
  for (const [id, line] of Object.entries(theirs)) {
    const mine = ownField(own, id);
    if (!isRecord(line) || !isRecord(mine)) continue;
    if (line === mine || (line.amount === mine.amount && line.anchor === mine.anchor)) continue;
    lines[id] = { amount: line.amount ?? null, anchor: line.anchor ?? null };
  }
  return mergePatch(document, { lines, scenarios: null }) as JsonRecord;
}

/** The document with each shared key's values as B has them (a key with the very same values left as it is). */
function withKeyValues(document: JsonRecord, b: Model): JsonRecord {
  const own = isRecord(document.keys) ? document.keys : {};
  const theirs = isRecord(b.document.keys) ? b.document.keys : {};
  const cleared = idRecord<unknown>();
  const values = idRecord<unknown>();
  for (const [id, key] of Object.entries(theirs)) {
    const mine = ownField(own, id);
    if (!isRecord(mine) || !isRecord(key) || key.values === mine.values) continue;
    cleared[id] = { values: null };
    values[id] = { values: key.values ?? null };
  }
  return mergePatch(mergePatch(document, { keys: cleared }), { keys: values }) as JsonRecord;
}

/**
 * Evaluates a step, read and split anew only where it differs from the step
 * before: what its document shares with that step's is taken over, and a
 * line written as B has it is taken from B.
 */
function attempt(
  document: JsonRecord,
  before: Evaluation,
  b: Evaluation,
): { evaluation: Evaluation } | { refusal: RefusalData } {
  try {
    return { evaluation: evaluateModel(parseModel(document, before.model), { reuse: before, alike: b }) };
  } catch (error) {
    if (error instanceof ModelError) return { refusal: error.toData() };
    throw error;
  }
}
