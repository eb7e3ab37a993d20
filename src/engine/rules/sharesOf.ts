import { lcm, type CommonForm } from "../exact/commonForm";
import { at, ModelError } from "../model/ModelError";
import { EQUAL_PARTS } from "../model/parseKeys";
import type { Model, ProportionalRule } from "../model/types";
import { keyIntegers } from "./keyValues";
import { quoted } from "../model/quote";
import { memoPair, type PairCache } from "./memoPair";

/**
 * Each receiver's exact share under a key, equal or weights rule, as integer
 * numerators over one denominator that they add up to. Weights make a
 * composite key: share_i = Σ w_k · v_k,i / Σ_j v_k,j.
 *
 * @example
 * sharesOf(model, { by: "equal", ... }, ["a", "b"]); // { numerators: [1n, 1n], denominator: 2n }
 */
export function sharesOf(model: Model, rule: ProportionalRule, receivers: readonly string[]): CommonForm {
  if (rule.by === "equal") return equalShares(receivers.length);
  if (rule.by === "key") return keyShares(model, rule.key, receivers, at(rule.path, "key"));
  const parts = rule.weights
    .filter((w) => w.weight.sign() > 0)
    .map(({ source, weight, path }) => ({
      weight: weight.reduced(),
      part:
        source === EQUAL_PARTS ? equalShares(receivers.length) : keyShares(model, source, receivers, path),
    }));
  const denominator = parts.reduce((d, { weight, part }) => lcm(d, weight.den * part.denominator), 1n);
  // Each source's numerators are brought to the common denominator by one factor, worked out once.
  const factors = parts.map(
    ({ weight, part }) => weight.num * (denominator / (weight.den * part.denominator)),
  );
  const numerators = receivers.map((_, i) =>
    parts.reduce((s, { part }, k) => s + (part.numerators[i] ?? 0n) * (factors[k] ?? 0n), 0n),
  );
  return { numerators, denominator };
}

function equalShares(count: number): CommonForm {
  return { numerators: Array.from({ length: count }, () => 1n), denominator: BigInt(count) };
}

/**
 * A key's shares among receivers, worked out once per key values and
 * receivers: lines split by the same key among the same receivers (a group,
 * or every party with a value), in one model and in every scenario that
 * leaves the key alone, share them.
 */
function keyShares(model: Model, keyId: string, receivers: readonly string[], path: string): CommonForm {
  const integers = model.keys.get(keyId)?.integers;
  // An unknown key is refused by keyIntegers, with nothing cached.
  if (integers === undefined) return sumShares(model, keyId, receivers, path);
  return memoPair(KEY_SHARES, integers, receivers, () => sumShares(model, keyId, receivers, path));
}

const KEY_SHARES: PairCache<ReadonlyMap<string, bigint>, readonly string[], CommonForm> = new WeakMap();

function sumShares(model: Model, keyId: string, receivers: readonly string[], path: string): CommonForm {
  const numerators = keyIntegers(model, keyId, receivers);
  const total = numerators.reduce((s, n) => s + n, 0n);
  if (total === 0n) {
    throw new ModelError(path, "keySumZero", { key: quoted(keyId) });
  }
  return { numerators, denominator: total };
}
