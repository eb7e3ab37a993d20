/** A cache of values per pair of objects, held only as long as both objects live. */
export type PairCache<A extends object, B extends object, V> = WeakMap<A, WeakMap<B, V>>;

/**
 * The value for a pair of objects: made once by `make` and kept while both
 * live. For values read from parts of a model that are never changed in
 * place (a key's values, a group's members, the party order), which scenarios
 * and the lines of one model share as the very same objects: what is worked
 * out for one line or scenario then serves the next. A `make` that throws
 * keeps nothing, so a refusal is raised again each time.
 *
 * @example
 * const cache: PairCache<object, object, number> = new WeakMap();
 * memoPair(cache, table, receivers, () => 42); // 42, made once for this table and receivers
 */
export function memoPair<A extends object, B extends object, V>(
  cache: PairCache<A, B, V>,
  a: A,
  b: B,
  make: () => V,
): V {
  let inner = cache.get(a);
  if (inner === undefined) {
    inner = new WeakMap();
    cache.set(a, inner);
  }
  if (inner.has(b)) return inner.get(b) as V;
  const value = make();
  inner.set(b, value);
  return value;
}
