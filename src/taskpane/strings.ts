import type { Language } from "../contracts/language";

const SV = {
  title: "Fördela",
  tagline: "Fördelar medel mellan region, kommuner och staten, exakt till kronan.",
  notInExcel: "Du är inte i Excel. Du provar Fördela mot en arbetsbok i minnet; inget sparas.",
  start: "Start",
  model: "Modell",
  result: "Resultat",
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

const EN: Strings = {
  title: "Fördela",
  tagline: "Splits funding between a region, its kommuner and the state, exact to the krona.",
  notInExcel: "You are not in Excel. You are trying Fördela against a workbook in memory; nothing is saved.",
  start: "Start",
  model: "Model",
  result: "Result",
  templates: "Start from an example",
  stored: "Models in this workbook",
  noStored: "The workbook has no saved models yet.",
  open: "Open",
  parties: "Parties",
  keys: "Keys",
  lines: "Lines",
  scenarios: "Scenarios",
  modelJson: "The model as JSON",
  modelJsonHint: "Edit and run: a refusal names the field's path.",
  run: "Run and write to the workbook",
  running: "Calculating and writing …",
  written: (n: number) => `Done: ${n} sheets written.`,
  refused: "The model could not be run",
  selectCell: "Select the cell",
  scenario: "Scenario",
  base: "Base model",
  party: "Party",
  amount: "Amount",
  share: "Share",
  adjustment: "Rounding",
  total: "Total",
  why: "Why?",
  whyTitle: (party: string) => `Why does ${party} pay this?`,
  close: "Close",
  noResult: "Run the model to see the allocation.",
  line: "Line",
  rule: "Rule",
  keyValue: "Key value",
  exact: "Exact amount",
  rounded: "Rounded",
  extraUnit: (place: number, leftover: string) =>
    `got an extra unit: place ${place} in the queue for the ${leftover} units left over (largest remainder first, then larger share, then party order)`,
  noExtraUnit: (place: number, leftover: string) =>
    `got no extra unit: place ${place} in the queue, and ${leftover} units were left over`,
  fixedAmount: "fixed amount",
  preview: "Preview of the workbook",
  invalidJson: (reason: string) => `Not valid JSON: ${reason}`,
  partiesKeys: "Parties and keys",
  paste: "Paste a table",
  pasteHint:
    "For example an export from SCB's Statistikdatabasen: the first column is the party (“2380 Östersund” will do), columns of numbers become keys.",
  addPasted: "Add to the model",
  openFile: "Open a CSV file",
  readSelection: "Read the selected cells",
  table: "Excel table",
  readTable: "Read the table",
  added: (parties: number, keys: number) => `Added ${parties} parties and ${keys} keys to the model.`,
  summary: (parties: number, keys: number) => `The model has ${parties} parties and ${keys} keys.`,
  newModel: "New model",
  clipboard: "Clipboard",
  decimal: "Decimal mark in the key columns",
  decimalAuto: "The one that reads every cell (ask if both do)",
  decimalComma: "Comma: 64 979,5",
  decimalPoint: "Point: 64,979.5",
  refusedRow: (line: number) => `Line ${line}:`,
  lines_: "Lines and rules",
  partiesTab: "Parties",
  linesTab: "Rules",
  invalidModel: "The model is not valid JSON; correct it under Model first.",
};

/**
 * The pane's words: Swedish, or English when Office's display language is English.
 *
 * @example
 * strings(languageOf("en-US")).run; // "Run and write to the workbook"
 */
export function strings(language: Language): Strings {
  return language === "en" ? EN : SV;
}

/**
 * The pane's language from Office's display language ("sv-SE", "en-GB", …): English for English, else Swedish.
 *
 * @example
 * languageOf("en-GB"); // "en"
 */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "sv";
}
