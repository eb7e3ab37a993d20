import { Rational, sum } from "../exact/rational";
import { at, ModelError } from "../model/ModelError";
import { EQUAL_PARTS } from "../model/parseKeys";
import type { Model, ProportionalRule } from "../model/types";
import { keyValues } from "./keyValues";

/**
 * Each receiver's exact share under a key, equal or weights rule; the shares add up to 1.
 * Weights make a composite key: share_i = Σ w_k · v_k,i / Σ_j v_k,j.
 *
 * @example
 * sharesOf(model, { by: "equal", ... }, ["a", "b"]).map(String); // ["1/2", "1/2"]
 */
export function sharesOf(model: Model, rule: ProportionalRule, receivers: readonly string[]): Rational[] {
  if (rule.by === "equal") return equalShares(receivers.length);
  if (rule.by === "key")
    return proportional(keyValues(model, rule.key, receivers), at(rule.path, "key"), rule.key);
  let shares = receivers.map(() => Rational.ZERO);
  for (const { source, weight, path } of rule.weights) {
    if (weight.sign() === 0) continue;
    const part =
      source === EQUAL_PARTS
        ? equalShares(receivers.length)
        : proportional(keyValues(model, source, receivers), path, source);
    shares = shares.map((s, i) => s.add(weight.mul(part[i] ?? Rational.ZERO)));
  }
  return shares;
}

function equalShares(count: number): Rational[] {
  const share = Rational.of(1n, BigInt(count));
  return Array.from({ length: count }, () => share);
}

function proportional(values: Rational[], path: string, keyId: string): Rational[] {
  const total = sum(values);
  if (total.sign() === 0) {
    throw new ModelError(
      path,
      `the values of the key ${JSON.stringify(keyId)} add up to 0 among the receivers, so nothing can be split by it`,
    );
  }
  return values.map((v) => v.div(total));
}
