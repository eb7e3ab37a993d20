import type { Language } from "../contracts/language";

const SV = {
  title: "Fördela",
  tagline: "Fördelar medel mellan region, kommuner och staten, exakt till kronan.",
  notInExcel: "Du är inte i Excel. Du provar Fördela mot en arbetsbok i minnet; inget sparas.",
  start: "Start",
  model: "Modell",
  result: "Resultat",
  more: "Mer",
  moreTabs: (n: number) => `Mer (${n} flikar till)`,
  templates: "Börja från ett exempel",
  stored: "Modeller i den här arbetsboken",
  noStored: "Arbetsboken har inga sparade modeller än.",
  open: "Öppna",
  parties: "Parter",
  keys: "Nycklar",
  lines: "Rader",
  scenarios: "Scenarier",
  modelJson: "Modellen som JSON",
  modelJsonHint: "Ändra och kör: felet visas med fältets sökväg.",
  run: "Kör och skriv till arbetsboken",
  running: "Räknar och skriver …",
  written: (n: number) => `Klart: ${n} blad skrivna.`,
  refused: "Modellen kunde inte köras",
  selectCell: "Markera cellen",
  scenario: "Scenario",
  base: "Grundmodell",
  party: "Part",
  amount: "Belopp",
  share: "Andel",
  adjustment: "Avrundning",
  total: "Summa",
  why: "Varför?",
  whyTitle: (party: string) => `Varför betalar ${party} detta?`,
  close: "Stäng",
  noResult: "Kör modellen för att se fördelningen.",
  line: "Rad",
  rule: "Regel",
  keyValue: "Nyckelvärde",
  exact: "Exakt belopp",
  rounded: "Avrundat",
  extraUnit: (place: number, leftover: string) =>
    `fick en extra enhet: plats ${place} i kön för de ${leftover} enheter som blev över (störst rest först, sedan störst andel, sedan ordningen bland parterna)`,
  noExtraUnit: (place: number, leftover: string) =>
    `fick ingen extra enhet: plats ${place} i kön, och ${leftover} enheter blev över`,
  fixedAmount: "fast belopp",
  preview: "Förhandsvisning av arbetsboken",
  invalidJson: (reason: string) => `Inte giltig JSON: ${reason}`,
  partiesKeys: "Parter och nycklar",
  paste: "Klistra in en tabell",
  pasteHint:
    "Till exempel en export från SCB:s Statistikdatabasen: första kolumnen är parten (”2380 Östersund” går bra), kolumner med tal blir nycklar.",
  addPasted: "Lägg till i modellen",
  openFile: "Öppna en CSV-fil",
  readSelection: "Läs de markerade cellerna",
  table: "Excel-tabell",
  readTable: "Läs tabellen",
  added: (parties: number, keys: number) => `Lade till ${parties} parter och ${keys} nycklar i modellen.`,
  summary: (parties: number, keys: number) => `Modellen har ${parties} parter och ${keys} nycklar.`,
  newModel: "Ny modell",
  clipboard: "Urklipp",
  decimal: "Decimaltecken i nyckelkolumnerna",
  decimalAuto: "Det som läser varje cell (fråga om båda gör det)",
  decimalComma: "Komma: 64 979,5",
  decimalPoint: "Punkt: 64,979.5",
  refusedRow: (line: number) => `Rad ${line}:`,
  lines_: "Rader och regler",
  partiesTab: "Parter",
  linesTab: "Regler",
  invalidModel: "Modellen är inte giltig JSON; rätta den under Modell först.",
};

export type Strings = typeof SV;

/** The English words, once {@link loadStrings} has fetched them (a chunk of their own: Swedish is the default). */
let english: Strings | undefined;

/**
 * Fetches the words of a language that the first script does not carry
 * (English); the pane awaits it before its first render in that language.
 *
 * @example
 * await loadStrings("en");
 * strings("en").run; // "Run and write to the workbook"
 */
export async function loadStrings(language: Language): Promise<void> {
  if (language === "sv" || english !== undefined) return;
  english = (await import(/* webpackChunkName: "english" */ "./stringsEn")).EN;
}

/**
 * The pane's words: Swedish, or English when Office's display language is
 * English (after {@link loadStrings}; asking for it before is a bug, said so).
 *
 * @example
 * strings(languageOf("sv-SE")).run; // "Kör och skriv till arbetsboken"
 */
export function strings(language: Language): Strings {
  if (language === "sv") return SV;
  if (english === undefined)
    throw new Error('the English words are not loaded yet: await loadStrings("en") first');
  return english;
}

export { languageOf } from "../contracts/language";
