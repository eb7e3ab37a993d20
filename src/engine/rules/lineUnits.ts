import { formatTrimmed } from "../exact/formatDecimal";
import { Rational, sum } from "../exact/rational";
import { ModelError } from "../model/ModelError";
import { unitText } from "../model/parseAmount";
import type { Line, Model } from "../model/types";

/**
 * A line's total in rounding units: its amount; for an anchor, the total that
 * gives the anchored party exactly its amount (amount ÷ share), which must be
 * a whole multiple of the unit; for fixed amounts with no rest, their sum.
 *
 * @example
 * // anchor { party: "staten", amount: "2000000" } with staten's share 1/2:
 * lineUnits(model, line); // 4000000n
 */
export function lineUnits(model: Model, line: Line): bigint {
  const { total } = line;
  if (total.kind === "amount") return total.amount.div(model.unit).floor();
  if (total.kind === "fixed-sum") {
    const rule = line.split;
    const amounts = rule.by === "fixed" ? rule.amounts.map((a) => a.amount) : [];
    return sum(amounts).div(model.unit).floor();
  }
  const entry =
    line.split.by === "shares" ? line.split.entries.find((e) => e.receiver === total.party) : undefined;
  const solved = total.amount.div(entry?.share ?? Rational.ONE);
  const units = solved.div(model.unit);
  if (!units.isInteger()) {
    const name = model.partyById.get(total.party)?.name ?? total.party;
    throw new ModelError(total.path, "anchorNotWhole", {
      party: name,
      amount: formatTrimmed(total.amount, 6),
      total: formatTrimmed(solved, 6),
      unit: unitText(model.unit),
    });
  }
  return units.floor();
}
