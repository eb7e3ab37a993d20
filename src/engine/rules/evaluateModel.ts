import { Rational } from "../exact/rational";
import { keysRead } from "../model/keysRead";
import type { Model, Rule } from "../model/types";
import { allocateRule } from "./allocateRule";
import { lineFingerprint, modelFingerprint } from "../scenarios/fingerprints";
import { lineUnits } from "./lineUnits";
import { paymentPlan } from "../schedule/paymentPlan";
import type { Allocation, Evaluation } from "./types";

type LineResult = { units: bigint; allocation: Allocation };

/**
 * The lines a scenario shares with the evaluation it is compared to: same
 * parties, groups and rounding, same line, same values in the keys it reads.
 * They split alike, so their parts are taken over instead of computed again.
 */
function unchangedLines(model: Model, reuse: Evaluation | undefined): Map<string, LineResult> | undefined {
  if (reuse === undefined) return undefined;
  if (sameSetting(reuse.model, model)) return sameObjects(model, reuse);
  return sameFingerprints(model, reuse, new Map());
}

/**
 * Adds to `same` the lines not in it yet that read as written alike in both
 * models (fingerprints), with everything outside them that a split depends on.
 */
function sameFingerprints(
  model: Model,
  reuse: Evaluation,
  same: Map<string, LineResult>,
): Map<string, LineResult> {
  // The very same parties, groups and rounding need no fingerprint to be the same.
  if (!sameSetting(reuse.model, model) && modelFingerprint(reuse.model) !== modelFingerprint(model))
    return same;
  const earlier = new Map(reuse.model.lines.map((l) => [l.id, l]));
  for (const line of model.lines) {
    const before = reuse.lines.get(line.id);
    const old = earlier.get(line.id);
    if (
      !same.has(line.id) &&
      before !== undefined &&
      old !== undefined &&
      lineFingerprint(reuse.model, old) === lineFingerprint(model, line)
    )
      same.set(line.id, before);
  }
  return same;
}

/** Whether two models hold the very same parties, groups and rounding (parseModel took them over). */
function sameSetting(earlier: Model, model: Model): boolean {
  return (
    earlier.parties === model.parties &&
    earlier.partyById === model.partyById &&
    earlier.groups === model.groups &&
    earlier.positions === model.positions &&
    earlier.method === model.method &&
    earlier.unit.equals(model.unit)
  );
}

/**
 * Lines taken over by identity, with no fingerprint: the very same line
 * object reading the very same key objects. Any other line is split again
 * (a line changed to what it was splits to the same parts).
 */
function sameObjects(model: Model, reuse: Evaluation): Map<string, LineResult> {
  const same = new Map<string, LineResult>();
  const earlier = new Map(reuse.model.lines.map((l) => [l.id, l]));
  for (const line of model.lines) {
    const before = reuse.lines.get(line.id);
    if (before === undefined || earlier.get(line.id) !== line) continue;
    const keys = keysOfRule(line.split);
    if (keys.every((key) => model.keys.get(key) === reuse.model.keys.get(key))) same.set(line.id, before);
  }
  return same;
}

/**
 * The keys a rule reads, listed once per rule: a line the scenarios leave
 * alone is the very same rule object in each of them, and a shares rule over
 * many groups has many splits to walk.
 */
function keysOfRule(rule: Rule): readonly string[] {
  let keys = KEYS_OF.get(rule);
  if (keys === undefined) {
    keys = [...keysRead(rule)];
    KEYS_OF.set(rule, keys);
  }
  return keys;
}

const KEYS_OF = new WeakMap<Rule, readonly string[]>();

/**
 * Splits every line of a checked model, exactly: each line's parts add up to
 * its total. Throws a ModelError for what only the arithmetic can find (a key
 * that adds up to zero, bounds that cannot hold, a negative rest, …). With
 * `explain`, every part keeps the steps it went through (for "Varför?"). With
 * `reuse`, lines that are the same as in that evaluation are taken from it;
 * with `alike` also, the lines written alike in that one (compared as
 * written, which costs more than `reuse`'s look at the objects).
 *
 * @example
 * const evaluation = evaluateModel(parseModel(document));
 * evaluation.lines.get("bidrag")?.units; // 4000000n
 */
export function evaluateModel(
  model: Model,
  options: { explain?: boolean; reuse?: Evaluation; alike?: Evaluation } = {},
): Evaluation {
  const lines = new Map<string, LineResult>();
  const reused = options.explain ? undefined : unchangedLines(model, options.reuse);
  const unchanged =
    options.explain || options.alike === undefined
      ? reused
      : sameFingerprints(model, options.alike, reused ?? new Map());
  for (const line of model.lines) {
    const same = unchanged?.get(line.id);
    if (same !== undefined) {
      lines.set(line.id, same);
      continue;
    }
    const units = lineUnits(model, line);
    const allocation: Allocation = new Map();
    allocateRule(
      model,
      line.split,
      { units, ideal: Rational.of(units) },
      undefined,
      allocation,
      options.explain ? [] : undefined,
    );
    lines.set(line.id, { units, allocation });
  }
  const plan = paymentPlan(model, lines);
  return plan === undefined ? { model, lines } : { model, lines, plan };
}
