import type { MessageTable } from "../contracts/refusal";
import { decimalComma, swedishAmount } from "../format/swedishAmount";
import type { Language } from "../contracts/language";

/** A value as the user typed it, in Swedish quotation marks. */
const typed = (found: string) => `”${found}”`;
const near = (p: { sum: string; near?: string }, about: string, below: string) =>
  `${p.near === "about" ? about : p.near === "below" ? below : ""}${p.near ? decimalComma(p.sum) : p.sum}`;

/** The rounding unit in words, where the model is in kronor: "1" is "kronor", "100" "hundratal kronor". */
const SV_UNITS: Readonly<Record<string, string>> = {
  "0.01": "ören",
  "1": "kronor",
  "100": "hundratal kronor",
  "1000": "tusental kronor",
};
const EN_UNITS: Readonly<Record<string, string>> = {
  "0.01": "öre",
  "1": "kronor",
  "100": "hundreds of kronor",
  "1000": "thousands of kronor",
};

/**
 * What the pane's checks while typing say on a field, before any run: whole
 * sentences, Swedish first. The codes are the problems the pane finds itself;
 * the engine's own refusals keep the engine's words.
 */
const sv = {
  keyNotNumber: (p: { found: string }) =>
    `${typed(p.found)} är inte ett tal. Skriv bara siffror, till exempel 5 146.`,
  keyNegative: (p: { value: string }) =>
    `${swedishAmount(p.value)} är negativt, och ett nyckelvärde kan inte vara mindre än noll.`,
  amountNotNumber: (p: { found: string }) =>
    `${typed(p.found)} är inte ett belopp. Skriv bara siffror, till exempel 2 450 000.`,
  notWholeUnits: (p: { amount: string; unit: string; currency: string }) => {
    const unit = p.currency === "SEK" ? SV_UNITS[p.unit] : undefined;
    return unit === undefined
      ? `${swedishAmount(p.amount)} är inte en hel multipel av avrundningsenheten ${swedishAmount(p.unit)}.`
      : `${swedishAmount(p.amount)} är inte ett helt antal ${unit}, som modellen räknar i.`;
  },
  sumNotOne: (p: { what: string; sum: string; near?: string }) =>
    `${p.what === "weights" ? "Vikterna" : "Andelarna"} blir tillsammans ${near(p, "ungefär ", "mindre än ")}, inte 1.`,
  notShare: (p: { found: string }) =>
    `${typed(p.found)} är ingen andel. Skriv till exempel 1/4, 25 % eller 0,25.`,
  shareOutOfRange: (p: { found: string }) => `${typed(p.found)} ligger inte mellan 0 och 1.`,
};

export type FieldCode = keyof typeof sv;

const en: { readonly [C in FieldCode]: (typeof sv)[C] } = {
  keyNotNumber: (p) => `${typed(p.found)} is not a number. Type digits only, for example 5 146.`,
  keyNegative: (p) => `${swedishAmount(p.value)} is negative, and a key value cannot be less than zero.`,
  amountNotNumber: (p) => `${typed(p.found)} is not an amount. Type digits only, for example 2 450 000.`,
  notWholeUnits: (p) => {
    const unit = p.currency === "SEK" ? EN_UNITS[p.unit] : undefined;
    return unit === undefined
      ? `${swedishAmount(p.amount)} is not a whole multiple of the rounding unit ${swedishAmount(p.unit)}.`
      : `${swedishAmount(p.amount)} is not a whole number of ${unit}, which the model counts in.`;
  },
  sumNotOne: (p) =>
    `The ${p.what === "weights" ? "weights" : "shares"} add up to ${near(p, "about ", "less than ")}, not 1.`,
  notShare: (p) => `${typed(p.found)} is not a share. Type for example 1/4, 25 % or 0,25.`,
  shareOutOfRange: (p) => `${typed(p.found)} is not between 0 and 1.`,
};

/** The checks' message table, Swedish and English. */
export const FIELD_MESSAGES: MessageTable<typeof sv> = { sv, en };

const SV_WORDS = {
  summary: "Att rätta",
  summaryHint: "Gå till fältet:",
  refusal: "Modellen kunde inte köras",
};

export type FieldWords = typeof SV_WORDS;

const EN_WORDS: FieldWords = {
  summary: "To fix",
  summaryHint: "Go to the field:",
  refusal: "The model could not be run",
};

/**
 * The words around the summary of problems above the run button.
 *
 * @example
 * fieldWords("sv").summary; // "Att rätta"
 */
export function fieldWords(language: Language): FieldWords {
  return language === "en" ? EN_WORDS : SV_WORDS;
}
