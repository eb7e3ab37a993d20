/** The languages Fördela speaks to users: Swedish by default, English on request. */
export type Language = "sv" | "en";

/** Every language, Swedish first (the default). */
export const LANGUAGES: readonly Language[] = ["sv", "en"];

/**
 * The language from Office's display language ("sv-SE", "en-GB", …): English for English, else Swedish.
 *
 * @example
 * languageOf("en-GB"); // "en"
 */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "sv";
}
