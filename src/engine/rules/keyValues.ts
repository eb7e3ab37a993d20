import type { Rational } from "../exact/rational";
import { at, ModelError } from "../model/ModelError";
import type { Model } from "../model/types";

/**
 * Each receiver's value in a key. A receiver with no value is refused: a
 * missing value is never read as zero.
 *
 * @example
 * keyValues(model, "folkmangd", ["2303", "2380"]).map(String); // ["5146", "64979"]
 */
export function keyValues(model: Model, keyId: string, receivers: readonly string[]): Rational[] {
  const key = model.keys.get(keyId);
  if (key === undefined) throw new ModelError("keys", `there is no key ${JSON.stringify(keyId)}`);
  return receivers.map((party) => {
    const value = key.values.get(party);
    if (value === undefined) {
      const name = model.partyById.get(party)?.name ?? party;
      throw new ModelError(
        at(at(key.path, "values"), party),
        `${name} has no value in this key, and a missing value is never read as zero`,
      );
    }
    return value;
  });
}
