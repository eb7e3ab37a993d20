import { decimalFromText } from "../engine/exact/parseDecimal";
import { decimalsOf, formatDecimal } from "../engine/exact/formatDecimal";
import type { Rational } from "../engine/exact/rational";
import { decimalComma } from "../format/swedishAmount";
import type { Place, Words } from "./messages";
import { refuse } from "./refuse";

/**
 * An exact amount (a terminating decimal) as the number a cell holds: the
 * double whose shortest form is the amount itself, so Excel shows it digit
 * for digit. An amount no double writes exactly (more than about 15
 * significant digits) is refused with #NUM!, never rounded.
 *
 * @example
 * cellNumber(Rational.of(2501n, 2n), { argument: "amount" }, words); // 1250.5
 */
export function cellNumber(amount: Rational, place: Place, words: Words): number {
  const text = formatDecimal(amount, decimalsOf(amount));
  const number = Number(text);
  const back = decimalFromText(String(number));
  if (back === undefined || !back.equals(amount))
    refuse("#NUM!", words, place, "notExact", {
      amount: words.language === "sv" ? decimalComma(text) : text,
    });
  return number === 0 ? 0 : number;
}
