import { decimalComma, swedishAmount } from "../../format/swedishAmount";
import {
  EQUAL_PARTS,
  formatTrimmed,
  Rational,
  type BoundAmounts,
  type Bounds,
  type Model,
  type Rule,
} from "../../engine";
import type { Language } from "./labels";

const FRACTIONS_SV: Record<string, string> = {
  "1/2": "hälften",
  "1/3": "en tredjedel",
  "1/4": "en fjärdedel",
  "3/4": "tre fjärdedelar",
  "2/3": "två tredjedelar",
  "1/5": "en femtedel",
};
const FRACTIONS_EN: Record<string, string> = {
  "1/2": "half",
  "1/3": "a third",
  "1/4": "a quarter",
  "3/4": "three quarters",
  "2/3": "two thirds",
  "1/5": "a fifth",
};

/**
 * A share in words where it has a common name ("en fjärdedel"), else as a percentage.
 *
 * @example
 * fraction(Rational.of(1n, 4n), "sv"); // "en fjärdedel"
 */
export function fraction(share: Rational, language: Language): string {
  const text = share.toString();
  const words = (language === "en" ? FRACTIONS_EN : FRACTIONS_SV)[text];
  if (words !== undefined) return words;
  return `${percentText(share, language)} %`;
}

/** A share as a percentage with up to two decimals: "30", "12,5". */
function percentText(share: Rational, language: Language): string {
  const text = formatTrimmed(share.mul(Rational.of(100n)), 2);
  return language === "en" ? text : decimalComma(text);
}

/**
 * A receiver as a person reads it: a party's name, or a group's id with a capital ("Kommunerna").
 *
 * @example
 * receiverName(model, "kommunerna"); // "Kommunerna"
 */
export function receiverName(model: Model, id: string): string {
  return model.partyById.get(id)?.name ?? id.charAt(0).toUpperCase() + id.slice(1);
}

function keyName(model: Model, keyId: string): string {
  const key = model.keys.get(keyId);
  return (key?.label ?? keyId).toLowerCase();
}

/**
 * A split rule in plain words, for the sheet and the statements:
 * "Staten hälften, Region Jämtland Härjedalen en fjärdedel, Kommunerna en fjärdedel (efter folkmängd 31 december 2024)".
 *
 * @example
 * describeRule(model, { by: "equal", ... }, "sv"); // "lika delar"
 */
export function describeRule(model: Model, rule: Rule, language: Language): string {
  const sv = language === "sv";
  switch (rule.by) {
    case "shares":
      return rule.entries
        .map(
          (e) =>
            `${receiverName(model, e.receiver)} ${fraction(e.share, language)}${e.split ? ` (${describeRule(model, e.split, language)})` : ""}`,
        )
        .join(", ");
    case "key":
      return `${sv ? "efter" : "by"} ${keyName(model, rule.key)}${bounds(rule.bounds, sv)}`;
    case "equal":
      return `${sv ? "lika delar" : "equal parts"}${bounds(rule.bounds, sv)}`;
    // A mix of keys is written in per cent, as weights are ("75 % efter försörjningsmått").
    case "weights":
      return (
        rule.weights
          .map(
            (w) =>
              `${percentText(w.weight, language)} % ${w.source === EQUAL_PARTS ? (sv ? "i lika delar" : "in equal parts") : `${sv ? "efter" : "by"} ${keyName(model, w.source)}`}`,
          )
          .join(sv ? " och " : " and ") + bounds(rule.bounds, sv)
      );
    case "fixed":
      return `${fixedAmounts(model, rule, sv)}${rule.rest ? `${sv ? ", resten " : ", the rest "}${describeRule(model, rule.rest, language)}` : ""}${wholeBounds(model, rule.bounds, language)}`;
  }
}

/**
 * Bounds on each party's whole amount from a fixed rule with a rest:
 * ", ingen under 90 % av fjolårets belopp".
 */
function wholeBounds(model: Model, b: Bounds, language: Language): string {
  const sv = language === "sv";
  const amount = (bound: BoundAmounts) =>
    bound.kind === "all" ? `${swedishAmount(formatTrimmed(bound.amount, 2))} kr` : undefined;
  const parts: string[] = [];
  if (b.min !== undefined) {
    const each = amount(b.min);
    parts.push(
      each === undefined
        ? sv
          ? "med lägsta belopp"
          : "with minimums"
        : `${sv ? "ingen under" : "nobody below"} ${each}`,
    );
  }
  if (b.max !== undefined) {
    const each = amount(b.max);
    parts.push(
      each === undefined
        ? sv
          ? "med högsta belopp"
          : "with maximums"
        : `${sv ? "ingen över" : "nobody above"} ${each}`,
    );
  }
  if (b.maxDecrease !== undefined) {
    const keep = percentText(Rational.ONE.sub(b.maxDecrease.percent), language);
    const from = keyName(model, b.maxDecrease.from);
    parts.push(sv ? `ingen under ${keep} % av ${from}` : `nobody below ${keep} % of ${from}`);
  }
  return parts.length === 0 ? "" : `, ${parts.join(", ")}`;
}

/** The same amount to every party of a fixed rule: "400 000 kr per förbund" (the key's unit), "400 000 kr var". */
function sameAmount(model: Model, rule: Extract<Rule, { by: "fixed" }>, sv: boolean): string | undefined {
  const first = rule.amounts[0]?.amount;
  if (first === undefined || rule.amounts.length < 2 || rule.factor !== undefined) return undefined;
  if (!rule.amounts.every((a) => a.amount.equals(first))) return undefined;
  const money = swedishAmount(formatTrimmed(first, 2));
  const unit = rule.fromKey === undefined ? undefined : model.keys.get(rule.fromKey)?.unit;
  if (unit?.includes(" per ") === true) return `${money} ${unit}`;
  return sv ? `${money} kr var` : `${money} kr each`;
}

function fixedAmounts(model: Model, rule: Extract<Rule, { by: "fixed" }>, sv: boolean): string {
  const same = sameAmount(model, rule, sv);
  if (same !== undefined) return same;
  if (rule.fromKey === undefined) return sv ? "fasta belopp" : "fixed amounts";
  const source = keyName(model, rule.fromKey);
  if (rule.factor === undefined) return sv ? `fasta belopp: ${source}` : `fixed amounts: ${source}`;
  const factor = formatTrimmed(rule.factor, 6);
  return sv ? `fasta belopp: ${source} × ${decimalComma(factor)}` : `fixed amounts: ${source} × ${factor}`;
}

function bounds(
  b: { min?: unknown; max?: unknown; maxDecrease?: { percent: Rational } },
  sv: boolean,
): string {
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(sv ? "med lägsta belopp" : "with minimums");
  if (b.max !== undefined) parts.push(sv ? "med högsta belopp" : "with maximums");
  if (b.maxDecrease !== undefined) {
    const percent = percentText(b.maxDecrease.percent, sv ? "sv" : "en");
    parts.push(sv ? `högst ${percent} % minskning` : `at most ${percent} % decrease`);
  }
  return parts.length === 0 ? "" : `, ${parts.join(", ")}`;
}
