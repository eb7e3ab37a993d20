import type { Key, Model } from "./types";

/**
 * The key that counts inhabitants, for "kr per invånare": a key whose unit
 * is "invånare" (or "inhabitants"), else one whose id or label says folkmängd.
 *
 * @example
 * populationKey(model)?.id; // "folkmangd"
 */
export function populationKey(model: Model): Key | undefined {
  const keys = [...model.keys.values()];
  return (
    keys.find((k) => /^(invånare|inhabitants)$/i.test(k.unit ?? "")) ??
    keys.find((k) => /folkm[aä]ngd|population/i.test(`${k.id} ${k.label ?? ""}`))
  );
}
