import type { Rational } from "../exact/rational";
import { at, ModelError } from "../model/ModelError";
import type { Key, Model } from "../model/types";
import { quoted } from "../model/quote";

/**
 * Each receiver's value in a key. A receiver with no value is refused: a
 * missing value is never read as zero.
 *
 * @example
 * keyValues(model, "folkmangd", ["2303", "2380"]).map(String); // ["5146", "64979"]
 */
export function keyValues(model: Model, keyId: string, receivers: readonly string[]): Rational[] {
  return lookUp(model, keyId, receivers, (key) => key.values);
}

/**
 * Each receiver's value in a key as an integer over the key's `scale`, for
 * exact sums without fractions.
 *
 * @example
 * keyIntegers(model, "folkmangd", ["2303", "2380"]); // [5146n, 64979n]
 */
export function keyIntegers(model: Model, keyId: string, receivers: readonly string[]): bigint[] {
  return lookUp(model, keyId, receivers, (key) => key.integers);
}

function lookUp<T>(
  model: Model,
  keyId: string,
  receivers: readonly string[],
  values: (key: Key) => ReadonlyMap<string, T>,
): T[] {
  const key = model.keys.get(keyId);
  if (key === undefined) throw new ModelError("keys", "noKey", { key: quoted(keyId) });
  const table = values(key);
  return receivers.map((party) => {
    const value = table.get(party);
    if (value === undefined) {
      const name = model.partyById.get(party)?.name ?? party;
      throw new ModelError(at(at(key.path, "values"), party), "missingKeyValue", { party: name });
    }
    return value;
  });
}
