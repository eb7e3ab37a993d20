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
