import { ModelError } from "../model/ModelError";
import { checkDigits, decimalFromText, describe, parseDecimal } from "./parseDecimal";
import { LIMITS } from "../model/limits";
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
  const most = 10n ** BigInt(LIMITS.shareDigits);
  if (share.num >= most || share.den >= most)
    throw new ModelError(path, "shareTooLong", { found: describe(value), max: LIMITS.shareDigits });
  if (share.sign() < 0 || share.compare(Rational.ONE) > 0) {
    throw new ModelError(path, "shareOutOfRange", { found: describe(value) });
  }
  return share;
}

function readShare(value: unknown, path: string): Rational {
  if (typeof value !== "string") return parseDecimal(value, path);
  const text = value.trim();
  const fraction = FRACTION.exec(text);
  if (fraction) {
    checkDigits(fraction[1] ?? "", value, path);
    checkDigits(fraction[2] ?? "", value, path);
    const den = BigInt(fraction[2] ?? "0");
    if (den === 0n) throw new ModelError(path, "divideByZero", { found: describe(value) });
    return Rational.of(BigInt(fraction[1] ?? "0"), den);
  }
  if (text.endsWith("%")) {
    checkDigits(text.slice(0, -1).trim(), value, path);
    const percent = decimalFromText(text.slice(0, -1).trim());
    if (percent === undefined) throw new ModelError(path, "notShare", { found: describe(value) });
    return percent.div(Rational.of(100n));
  }
  checkDigits(text, value, path);
  const decimal = decimalFromText(text);
  if (decimal === undefined) throw new ModelError(path, "notShare", { found: describe(value) });
  return decimal;
}
