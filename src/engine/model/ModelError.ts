import { quote } from "./quote";

/**
 * The one error a refused model raises. `path` names the offending field
 * (`lines.bidrag.split.shares`, `keys.folkmangd.values.2326`, `parties[2].id`);
 * `reason` says what is wrong in plain words. Nothing is computed from a
 * model that raised it.
 *
 * @example
 * new ModelError("lines.bidrag.split.shares", "the shares add up to 9/10, not 1").message;
 * // "lines.bidrag.split.shares: the shares add up to 9/10, not 1"
 */
export class ModelError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    // A long run of text (a computed fraction of a thousand digits) is cut, so a message stays one readable line.
    reason = reason.replace(/\S{81,}/g, quote);
    super(path === "" ? reason : `${path}: ${reason}`);
    this.name = "ModelError";
  }
}

/**
 * Throws a {@link ModelError} unless the condition holds.
 *
 * @example
 * check(shares.length > 0, "lines.a.split.shares", "there are no shares");
 */
export function check(condition: boolean, path: string, reason: string): asserts condition {
  if (!condition) throw new ModelError(path, reason);
}

export { at } from "./fieldPath";
