const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/**
 * The entry of a list with the given id, through an index built once per
 * list: the sheets look up every party of a result, and a search of the list
 * for each made rendering 10 000 parties quadratic.
 *
 * @example
 * byId(result.parties, "2380")?.total; // "1234.00"
 */
export function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  let index = indexes.get(list);
  if (index === undefined) {
    index = new Map(list.map((entry) => [entry.id, entry]));
    indexes.set(list, index);
  }
  return index.get(id) as T | undefined;
}

/**
 * The widest of some texts, in characters plus a margin of two, and at least
 * `least`: a column's width. Without spreading a long list into Math.max's
 * arguments, which ends in a RangeError past some hundred thousand.
 *
 * @example
 * widest(["Östersund", "Ragunda"], 16); // 16
 */
export function widest(texts: readonly string[], least: number): number {
  let width = least;
  for (const text of texts) width = Math.max(width, text.length + 2);
  return width;
}
