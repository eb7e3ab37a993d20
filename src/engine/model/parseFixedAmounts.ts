import { commonForm } from "../exact/commonForm";
import { formatTrimmed, scaledHalfUp } from "../exact/formatDecimal";
import { checkDigits, decimalFromText, describe, parseDecimal } from "../exact/parseDecimal";
import { LIMITS } from "./limits";
import { Rational, sum } from "../exact/rational";
import { isRecord } from "../json/jsonNumber";
import { largestRemainder } from "../rounding/largestRemainder";
import { at, ModelError } from "./ModelError";
import type { ParseContext } from "./context";
import { expectObject, expectText, required } from "./fields";
import { parseWholeAmount, unitText } from "./parseAmount";
import type { FixedAmount, Key } from "./types";
import { quoted } from "./quote";

/** Fixed amounts, and the key (and index factor) they were read from, if they were. */
export interface FixedAmounts {
  readonly amounts: FixedAmount[];
  readonly fromKey?: string;
  readonly factor?: Rational;
}

/**
 * Reads a fixed rule's `amounts`: `{ partyId: amount }`, a key id ("same as
 * last year"), or `{ "from": keyId, "factor": "1.032" }` ("last year ×
 * index", e.g. SKR's PKV). An indexed total, last year's sum × factor, is a
 * single amount and is rounded half up to the unit; it is then split in
 * proportion to last year's amounts by largest remainder, so the parts add up
 * to it and each is within one unit of its proportional part of that rounded
 * total (the quota property). Rounding the total moves a part by at most half
 * a unit, so each stays within 1.5 units of its own value × factor.
 *
 * @example
 * parseFixedAmounts({ from: "fjol", factor: "1.032" }, "lines.x.split.amounts", context).factor?.toString(); // "129/125"
 */
export function parseFixedAmounts(raw: unknown, path: string, context: ParseContext): FixedAmounts {
  if (typeof raw === "string") return { amounts: fromKey(raw, path, context), fromKey: raw };
  if (isRecord(raw) && raw.from !== undefined && !context.partyById.has("from"))
    return indexed(raw, path, context);
  if (!isRecord(raw)) throw new ModelError(path, "fixedNotAmounts", { found: describe(raw) });
  return {
    amounts: Object.entries(raw).map(([party, value]) => {
      const partyPath = at(path, party);
      if (!context.partyById.has(party))
        throw new ModelError(partyPath, "notAParty", { party: quoted(party) });
      return { party, amount: parseWholeAmount(value, partyPath, context.unit), path: partyPath };
    }),
  };
}

function keyAt(keyId: string, path: string, context: ParseContext): Key {
  const key = context.keys.get(keyId);
  if (key === undefined) throw new ModelError(path, "noKey", { key: quoted(keyId) });
  return key;
}

function fromKey(keyId: string, path: string, context: ParseContext): FixedAmount[] {
  const key = keyAt(keyId, path, context);
  return [...key.values].map(([party, amount]) => {
    const valuePath = at(at(key.path, "values"), party);
    if (!amount.div(context.unit).isInteger()) {
      throw new ModelError(valuePath, "fixedNotWhole", {
        amount: formatTrimmed(amount, 12),
        unit: unitText(context.unit),
      });
    }
    return { party, amount, path: valuePath };
  });
}

function indexed(raw: Record<string, unknown>, path: string, context: ParseContext): FixedAmounts {
  const object = expectObject(raw, path, ["from", "factor"]);
  const keyId = expectText(required(object, "from", path), at(path, "from"));
  const key = keyAt(keyId, at(path, "from"), context);
  const factor = parseFactor(required(object, "factor", path), at(path, "factor"));
  const entries = [...key.values].sort(
    ([a], [b]) => (context.partyById.get(a)?.position ?? 0) - (context.partyById.get(b)?.position ?? 0),
  );
  const total = sum(entries.map(([, v]) => v))
    .mul(factor)
    .div(context.unit);
  const { numerators } = commonForm(entries.map(([, v]) => v));
  const units = scaledHalfUp(total, 0);
  const weight = numerators.reduce((s, n) => s + n, 0n);
  const { parts } = largestRemainder({
    units,
    numerators: numerators.map((n) => (weight === 0n ? 0n : units * n)),
    denominator: weight === 0n ? 1n : weight,
    shares: numerators,
    positions: entries.map(([party]) => context.partyById.get(party)?.position ?? 0),
  });
  const amounts = entries.map(([party], i) => ({
    party,
    amount: Rational.of(parts[i] ?? 0n).mul(context.unit),
    path: at(at(key.path, "values"), party),
  }));
  return { amounts, fromKey: keyId, factor };
}

/**
 * An index factor: a decimal ("1.032") or a percentage ("103.2%"), more than
 * zero. As a percentage it keeps to MODEL.md's "Limits" for percentages: at
 * most 40 digits written out, and 18 in numerator and denominator.
 */
function parseFactor(value: unknown, path: string): Rational {
  const text = typeof value === "string" ? value.trim() : undefined;
  const percent = text?.endsWith("%") === true ? text.slice(0, -1).trim() : undefined;
  if (percent !== undefined) checkDigits(percent, value, path);
  const factor =
    percent !== undefined ? decimalFromText(percent)?.div(Rational.of(100n)) : parseDecimal(value, path);
  if (factor === undefined) throw new ModelError(path, "notFactor", { found: describe(value) });
  const most = 10n ** BigInt(LIMITS.shareDigits);
  if (percent !== undefined && (factor.num >= most || factor.num <= -most || factor.den >= most))
    throw new ModelError(path, "percentTooLong", { found: describe(value), max: LIMITS.shareDigits });
  if (factor.sign() <= 0) throw new ModelError(path, "factorPositive", { found: describe(value) });
  return factor;
}
