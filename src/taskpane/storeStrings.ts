import type { Language } from "../contracts/language";

/** When a save happened, as the user reads it: "2026-12-04 21:05". */
function when(savedAt: string): string {
  return savedAt.slice(0, 16).replace("T", " ");
}

function by(savedBy: string, language: Language): string {
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

const EN: StoreStrings = {
  saved: (savedAt, savedBy) => `Saved ${when(savedAt)}${by(savedBy, "en")}`,
  save: "Save the open model",
  savedNow: (name) => `Saved ${name} in the workbook.`,
  rename: "Rename",
  newName: "New name",
  renameDone: "Save the name",
  duplicate: "Copy",
  copyOf: (name) => `${name} (copy)`,
  remove: "Delete",
  removed: (name) => `Deleted ${name} from the workbook.`,
  confirmRemove: (name) => `Delete ${name} from the workbook`,
  cancel: "Cancel",
  actions: (name) => `Actions for ${name}`,
  conflictTitle: "Someone else has saved the model",
  conflict: (name, savedAt, savedBy, deleted) =>
    deleted
      ? `${name} was deleted ${when(savedAt)}${by(savedBy, "en")} after you opened it. Your version is not saved.`
      : `${name} was saved ${when(savedAt)}${by(savedBy, "en")} after you opened it. Your version is not saved, and neither has been overwritten.`,
  takeTheirs: "Take their version",
  editedTitle: "Changes in Fördela's sheets",
  overwrite: "Overwrite",
  keepBoth: "Keep both (save mine as a copy)",
  refreshed: (name) => `${name} was changed by someone else; you now see the latest version.`,
  problems: "Models that cannot be read",
  autoRun: "Recalculate automatically when key values or amounts change in Indata",
};

/**
 * The words of the stored models, in the user's language.
 *
 * @example
 * storeStrings("en").takeTheirs; // "Take their version"
 */
export function storeStrings(language: Language): StoreStrings {
  return language === "en" ? EN : SV;
}
