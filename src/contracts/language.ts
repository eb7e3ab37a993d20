/** The languages Fördela speaks to users: Swedish by default, English on request. */
export type Language = "sv" | "en";

/** Every language, Swedish first (the default). */
export const LANGUAGES: readonly Language[] = ["sv", "en"];
