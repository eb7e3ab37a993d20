import type { Language } from "../contracts/language";

/** When a save happened, as the user reads it: "2026-12-04 21:05". */
export function when(savedAt: string): string {
  return savedAt.slice(0, 16).replace("T", " ");
}

/** Who saved, as the end of a sentence: " av Anna" / " by Anna", nothing when unknown. */
export function by(savedBy: string, language: Language): string {
  if (savedBy === "") return "";
  return language === "en" ? ` by ${savedBy}` : ` av ${savedBy}`;
}

/** The words of the stored models: Start's list, saving, and a co-author's save. */
const SV = {
  saved: (savedAt: string, savedBy: string) => `Sparad ${when(savedAt)}${by(savedBy, "sv")}`,
  save: "Spara den öppna modellen",
  savedNow: (name: string) => `Sparade ${name} i arbetsboken.`,
  rename: "Byt namn",
  newName: "Nytt namn",
  renameDone: "Spara namnet",
  duplicate: "Kopiera",
  copyOf: (name: string) => `${name} (kopia)`,
  remove: "Ta bort",
  removed: (name: string) => `Tog bort ${name} ur arbetsboken.`,
  confirmRemove: (name: string) => `Ta bort ${name} ur arbetsboken`,
  cancel: "Avbryt",
  actions: (name: string) => `Åtgärder för ${name}`,
  conflictTitle: "Någon annan har sparat modellen",
  conflict: (name: string, savedAt: string, savedBy: string, deleted: boolean) =>
    deleted
      ? `${name} togs bort ${when(savedAt)}${by(savedBy, "sv")} efter att du öppnade den. Din version är inte sparad.`
      : `${name} sparades ${when(savedAt)}${by(savedBy, "sv")} efter att du öppnade den. Din version är inte sparad, och ingen av dem har skrivits över.`,
  takeTheirs: "Ta deras version",
  editedTitle: "Ändringar i Fördelas blad",
  overwrite: "Skriv över",
  keepBoth: "Behåll båda (spara min som kopia)",
  refreshed: (name: string) => `${name} har ändrats av någon annan; du ser nu den senaste versionen.`,
  problems: "Modeller som inte kan läsas",
  autoRun: "Räkna om automatiskt när nyckelvärden eller belopp ändras i Indata",
};

export type StoreStrings = typeof SV;

/** The English words, once {@link loadStoreStrings} has fetched them (Swedish is the default). */
let english: StoreStrings | undefined;

/**
 * Fetches the stored models' words in a language the first script does not
 * carry (English); the pane awaits it before its first render in that language.
 *
 * @example
 * await loadStoreStrings("en");
 * storeStrings("en").takeTheirs; // "Take their version"
 */
export async function loadStoreStrings(language: Language): Promise<void> {
  if (language === "sv" || english !== undefined) return;
  english = (await import(/* webpackChunkName: "english" */ "./storeStringsEn")).EN;
}

/**
 * The words of the stored models, in the user's language.
 *
 * @example
 * storeStrings("sv").takeTheirs; // "Ta deras version"
 */
export function storeStrings(language: Language): StoreStrings {
  if (language === "sv") return SV;
  if (english === undefined)
    throw new Error('the English words are not loaded yet: await loadStoreStrings("en") first');
  return english;
}
