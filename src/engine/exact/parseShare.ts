import { ModelError } from "../model/ModelError";
import { decimalFromText, describe, parseDecimal } from "./parseDecimal";
import { Rational } from "./rational";

const FRACTION = /^(\d+)\s*\/\s*(\d+)$/;

/**
 * Reads a share written as a fraction ("1/4"), a percentage ("25%") or a
 * decimal ("0.25", or the number 0.25), exactly. A share lies between 0 and 1.
 *
 * @example
 * parseShare("25%", "w").toString(); // "1/4"
 * parseShare("2/8", "w").toString(); // "1/4"
 */
export function parseShare(value: unknown, path: string): Rational {
  const share = readShare(value, path);
  if (share.sign() < 0 || share.compare(Rational.ONE) > 0) {
    throw new ModelError(path, `the share ${describe(value)} is not between 0 and 1`);
  }
  return share;
}

function readShare(value: unknown, path: string): Rational {
  if (typeof value !== "string") return parseDecimal(value, path);
  const text = value.trim();
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const den = BigInt(fraction[2] ?? "0");
    if (den === 0n) throw new ModelError(path, `${describe(value)} divides by zero`);
    return Rational.of(BigInt(fraction[1] ?? "0"), den);
  }
  if (text.endsWith("%")) {
    const percent = decimalFromText(text.slice(0, -1).trim());
    if (percent === undefined) throw new ModelError(path, `${describe(value)} is not a share`);
    return percent.div(Rational.of(100n));
  }
  const decimal = decimalFromText(text);
  if (decimal === undefined) throw new ModelError(path, `${describe(value)} is not a share`);
  return decimal;
}
