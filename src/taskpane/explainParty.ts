import { formatTrimmed, Rational, type Evaluation, type Step } from "../engine";
import { decimalComma, swedishAmount } from "../format/swedishAmount";
import { describeRule, receiverName } from "../workbook/render/describeRule";
import { heldText } from "../workbook/render/heldText";
import type { Language } from "../contracts/language";
import type { Strings } from "./strings";

/** One step of an explanation, ready to show: the rule, the share, the exact and the rounded amount, and why. */
export interface ExplainedStep {
  readonly receiver: string;
  readonly rule: string;
  readonly share?: string;
  readonly exact: string;
  readonly rounded: string;
  readonly note?: string;
}

export interface ExplainedLine {
  readonly line: string;
  readonly amount: string;
  readonly steps: readonly ExplainedStep[];
  /** Set when a bound held the party: at which, and by how much ("Hölls vid golvet …"). */
  readonly held?: string;
}

/**
 * Explains, line by line, how a party's amount came about: the rule at each
 * level, its share, the exact amount, what it was rounded to, and whether the
 * tie-break gave it one of the units left over. Needs an evaluation made with
 * `{ explain: true }`.
 *
 * @example
 * explainParty(evaluateModel(model, { explain: true }), "2303", "sv", strings("sv"))[0]?.steps[1]?.rounded; // "47 455"
 */
export function explainParty(
  evaluation: Evaluation,
  party: string,
  language: Language,
  words: Strings,
): ExplainedLine[] {
  const { model } = evaluation;
  const money = (units: Rational) => swedishAmount(formatTrimmed(units.mul(model.unit), 2));
  const rules = new Map<string, string>();
  const collect = (rule: Parameters<typeof describeRule>[1]) => {
    rules.set(rule.path, describeRule(model, rule, language));
    if (rule.by === "shares") rule.entries.forEach((e) => e.split && collect(e.split));
    if (rule.by === "fixed" && rule.rest) collect(rule.rest);
  };
  model.lines.forEach((line) => collect(line.split));
  return model.lines.flatMap((line) => {
    const part = evaluation.lines.get(line.id)?.allocation.get(party);
    if (part === undefined) return [];
    const steps = part.steps.map((step) =>
      explainStep(step, receiverName(model, step.receiver), rules.get(step.rule) ?? "", money, words),
    );
    const held = part.held === undefined ? {} : { held: heldText(model, part.held, language) };
    return [{ line: line.label, amount: money(Rational.of(part.units)), steps, ...held }];
  });
}

function explainStep(
  step: Step,
  receiver: string,
  rule: string,
  money: (units: Rational) => string,
  words: Strings,
): ExplainedStep {
  const share =
    step.share === undefined
      ? undefined
      : `${decimalComma(formatTrimmed(step.share.mul(Rational.of(100n)), 4))} %`;
  const leftover = step.leftover ?? 0n;
  const note =
    step.share === undefined
      ? words.fixedAmount
      : step.rank === undefined || leftover === 0n
        ? undefined
        : BigInt(step.rank) < leftover
          ? words.extraUnit(step.rank + 1, leftover.toString())
          : step.exact.isInteger()
            ? undefined
            : words.noExtraUnit(step.rank + 1, leftover.toString());
  const base = { receiver, rule, exact: money(step.exact), rounded: money(Rational.of(step.units)) };
  return { ...base, ...(share === undefined ? {} : { share }), ...(note === undefined ? {} : { note }) };
}
