/**
 * A JSON number kept as the text it was written with, so that
 * `12345678901234567890.01` reaches the engine digit for digit instead of
 * through a binary double.
 *
 * @example
 * new JsonNumber("0.1").text; // "0.1"
 */
export class JsonNumber {
  constructor(readonly text: string) {}

  /** The exact text, so that `String(number)` and template strings show the digits as written. */
  toString(): string {
    return this.text;
  }

  /**
   * For JSON.stringify, which must never see a model (use stringifyJson):
   * the nearest double, which may lose digits.
   */
  toJSON(): number {
    return Number(this.text);
  }
}

/** A JSON object (not null, not an array, not a number). */
export type JsonRecord = Record<string, unknown>;

/**
 * Whether a parsed JSON value is an object with fields.
 *
 * @example
 * isRecord({ a: 1 }); // true
 * isRecord([1]); // false
 */
export function isRecord(value: unknown): value is JsonRecord {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber)
  );
}
