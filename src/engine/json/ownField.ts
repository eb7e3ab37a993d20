/**
 * A record's own field, or undefined: never what the prototype has, so that
 * ids such as `__proto__`, `constructor` or `toString` read as ordinary names.
 *
 * @example
 * ownField({}, "constructor"); // undefined
 * ownField(parseJson('{"__proto__": 1}'), "__proto__"); // JsonNumber("1")
 */
export function ownField(record: object | undefined, key: string): unknown {
  return record !== undefined && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

/**
 * An empty record with no prototype, for records keyed by ids: a field
 * assigned as `record["__proto__"]` is a field like any other, and reading an
 * id it lacks (`record["constructor"]`) gives undefined.
 *
 * @example
 * const lines = idRecord<string>(); lines["__proto__"] = "1"; Object.keys(lines); // ["__proto__"]
 */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
