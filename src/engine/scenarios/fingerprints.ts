import { stringifyJson } from "../json/stringifyJson";
import { keysRead } from "../model/keysRead";
import type { Line, Model } from "../model/types";

/**
 * JSON with lossless numbers written as their text, so that two different
 * numbers never print alike. Kept per object: a scenario's document shares
 * every subtree its patch leaves alone with the base document (mergePatch
 * copies references), so an unchanged line or key is written once, not once
 * per scenario. Documents are never changed in place, so an object's JSON
 * stays true.
 */
function exactJson(value: unknown): string {
  if (typeof value !== "object" || value === null) return writeJson(value);
  const known = JSON_OF.get(value);
  if (known !== undefined) return known;
  const json = writeJson(value);
  JSON_OF.set(value, json);
  return json;
}

const JSON_OF = new WeakMap<object, string>();

function writeJson(value: unknown): string {
  return stringifyJson(value ?? null, 0);
}

/**
 * Everything outside a line that its split depends on: the parties (order,
 * ids, names), the groups and the rounding. Two models with the same model
 * fingerprint and the same line fingerprint split that line alike.
 *
 * @example
 * modelFingerprint(base) === modelFingerprint(scenario); // true when a scenario changed only keys or lines
 */
export function modelFingerprint(model: Model): string {
  const known = MODEL_JSON.get(model);
  if (known !== undefined) return known;
  const { parties, groups, rounding } = model.document;
  const json = exactJson([parties, groups, rounding]);
  MODEL_JSON.set(model, json);
  return json;
}

const MODEL_JSON = new WeakMap<Model, string>();

/**
 * A line as written, with the values of every key it reads.
 *
 * @example
 * lineFingerprint(model, model.lines[0]); // '{"label":…}|{"2303":5146,…}'
 */
export function lineFingerprint(model: Model, line: Line): string {
  const lines = model.document.lines as Record<string, unknown>;
  const keys = (model.document.keys ?? {}) as Record<string, { values?: unknown } | undefined>;
  const read = [...keysRead(line.split)].sort().map((id) => `${id}=${exactJson(keys[id]?.values)}`);
  return [exactJson(lines[line.id]), ...read].join("|");
}
