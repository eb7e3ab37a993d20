import type { Line, Model } from "../../engine";
import { describeRule, fraction, receiverName } from "./describeRule";
import type { Language } from "./labels";

/**
 * How a line reaches one party, in a sentence for its statement:
 * "Kommunerna betalar tillsammans en fjärdedel, fördelad efter folkmängd 31 dec 2024".
 *
 * @example
 * partyRuleText(model, line, "2380", "sv"); // "Kommunerna betalar tillsammans en fjärdedel, fördelad efter folkmängd …"
 */
export function partyRuleText(model: Model, line: Line, party: string, language: Language): string {
  const sv = language === "sv";
  const rule = line.split;
  if (rule.by === "equal") return sv ? "Fördelas i lika delar" : "Split in equal parts";
  if (rule.by !== "shares") return `${sv ? "Fördelas" : "Split"} ${describeRule(model, rule, language)}`;
  const entry = rule.entries.find((e) => e.receiver === party || e.group?.includes(party) === true);
  if (entry === undefined) return describeRule(model, rule, language);
  const share = fraction(entry.share, language);
  if (entry.split === undefined)
    return sv
      ? `${receiverName(model, party)} betalar ${share}`
      : `${receiverName(model, party)} pays ${share}`;
  const nested = describeRule(model, entry.split, language);
  const group = receiverName(model, entry.receiver);
  return sv
    ? `${group} betalar tillsammans ${share}, fördelad ${nested}`
    : `${group} together pay ${share}, split ${nested}`;
}
