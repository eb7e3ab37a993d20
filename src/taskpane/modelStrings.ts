import type { Language } from "../contracts/language";

/** The words of the Modell view's run options, in its chunk. */
const SV = {
  statements: "Skriv också ett underlag per part (ett blad per part, utskriftsklart på A4)",
};

export type ModelStrings = typeof SV;

const EN: ModelStrings = {
  statements: "Also write a statement per party (a sheet per party, print-ready on A4)",
};

/**
 * The Modell view's own words.
 *
 * @example
 * modelStrings("en").statements; // "Also write a statement per party …"
 */
export function modelStrings(language: Language): ModelStrings {
  return language === "en" ? EN : SV;
}
