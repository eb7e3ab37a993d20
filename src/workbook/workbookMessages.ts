import { words, type MessageTable, type Params } from "../contracts/refusal";
import { ENGINE_MESSAGES } from "../engine/messages/engineMessages";
import { decimalComma } from "../format/swedishAmount";

/*
 * The workbook layer's words, by code: what can be wrong in a table of
 * parties and keys (a file, pasted text or a sheet's table), in a cell typed
 * into Indata, in the model store and in a write to Excel. A reason after a
 * path (a cell, FILE:LINE:COLUMN, a stored model's name) is a clause; a
 * reason with no path is whole sentences.
 */

const sv = {
  // a table of parties and keys; the path is the cell or FILE:LINE:COLUMN
  notANumber: (p: { text: string }) => `"${p.text}" är inte ett tal`,
  blank: () => "cellen är tom; skriv ett tal (0 om parten inte ska ha någon del)",
  missing: (p: { text: string }) =>
    `"${p.text}" betyder att värdet saknas; skriv ett tal (0 om parten inte ska ha någon del)`,
  notWith: (p: { text: string; mark: string }) =>
    `"${p.text}" är inte ett tal med ${p.mark === "comma" ? "decimalkomma" : "decimalpunkt"}, som resten av kolumnen`,
  ambiguous: (p: { text: string; comma: string; point: string }) =>
    `"${p.text}" kan vara ${decimalComma(String(p.comma))} (decimalkomma) eller ${decimalComma(String(p.point))} (decimalpunkt); välj decimaltecken`,
  negative: (p: { text: string }) => `${p.text} är negativt, och ett nyckelvärde kan inte vara negativt`,
  duplicate: (p: { id: string; row: number }) => `parten "${p.id}" finns redan på rad ${p.row}`,
  noParty: () => "raden saknar part",
  zeroKey: (p: { key: string }) => `nyckeln "${p.key}" summerar till 0, så inget kan fördelas efter den`,
  empty: () => "tabellen har inga rader",
  unclosedQuote: () => "citattecknet här stängs aldrig",
  badQuote: () => "efter ett citerat fält ska det komma en avgränsare eller ett radslut",
  nul: () =>
    "filen innehåller NUL-tecken: den är troligen UTF-16 utan byteordningsmärke; spara den som UTF-8",
  badUtf16: () => "filen börjar som UTF-16 men är inte giltig UTF-16",
  noTable: () =>
    "hittar ingen tabell: en rubrikrad och minst två kolumner, åtskilda med semikolon, tabb eller komma",
  width: (p: { fields: number; width: number }) =>
    `raden har ${p.fields} ${Number(p.fields) === 1 ? "kolumn" : "kolumner"} men rubriken ${p.width}; blandas avgränsare?`,
  // a key value or a line's amount typed into Indata; the path is the cell
  keyNotNumber: () => "ett nyckelvärde måste vara ett tal; cellen har fått tillbaka modellens värde",
  amountNotNumber: () => "ett belopp måste vara ett tal; cellen har fått tillbaka modellens värde",
  keyRefused: (p: { field: string; engineCode: string }) =>
    `${p.field === "" ? "" : `${p.field}: `}${words(ENGINE_MESSAGES, "sv", p.engineCode, p as Params)}; cellen har fått tillbaka modellens värde`,
  // the model store; the path is the stored model's name
  newerStore: (p: { format: number }) =>
    `sparad av en nyare version av Fördela (lagringsformat ${p.format}); uppdatera Fördela för att öppna den`,
  damagedRows: (p: { count: number }) =>
    Number(p.count) === 1
      ? "en rad i Fördelas modellblad kan inte läsas; den har lämnats orörd i arbetsboken"
      : `${p.count} rader i Fördelas modellblad kan inte läsas; de har lämnats orörda i arbetsboken`,
  legacyBroken: () =>
    "en modell i arbetsbokens inställningar är skadad och kan inte flyttas; den har lämnats kvar där",
  legacyMissing: () => "en del av en modell i arbetsbokens inställningar saknas; den har lämnats kvar där",
  nameTaken: (p: { name: string }) =>
    `Det finns redan en modell som heter "${p.name}" i arbetsboken. Välj ett annat namn.`,
  noName: () => "Modellen behöver ett namn.",
  storeBusy: () => "Modellen kunde inte sparas: andra sparade samtidigt i samma rader. Försök igen.",
  noModel: (p: { id: string }) => `Det finns ingen modell "${p.id}" i arbetsboken.`,
  // a write to Excel
  tooOld: (p: { api: string }) =>
    `Fördela behöver Excel med ExcelApi ${p.api} eller senare (Excel 2019, Microsoft 365 eller Excel på webben). Uppdatera Excel eller öppna arbetsboken i Excel på webben.`,
  sheetClash: (p: { name: string }) =>
    `Arbetsboken har redan ett blad som heter "${p.name}" och som Fördela inte har skrivit. Byt namn på bladet och kör igen; Fördela skriver aldrig över dina egna blad.`,
  editedSheets: (p: { sheets: string; count: number }) =>
    `Någon har ändrat i Fördelas blad ${p.sheets} sedan Fördela skrev ${Number(p.count) === 1 ? "det" : "dem"}. En ny körning skriver över ändringarna. Skriva över dem?`,
  writeInterrupted: (p: { cause: string }) =>
    `Skrivningen till arbetsboken avbröts (${p.cause}). Inget av den lämnades kvar: arbetsboken är som före körningen. Kör igen.`,
  swapInterrupted: (p: { cause: string }) =>
    `Skrivningen till arbetsboken avbröts i sista steget (${p.cause}). Några av Fördelas blad kan vara omskrivna bara till en del: kör igen så skrivs alla om.`,
};

const en: MessageTable<typeof sv>["en"] = {
  notANumber: (p) => `"${p.text}" is not a number`,
  blank: () => "the cell is empty; enter a number (0 if the party should get nothing)",
  missing: (p) =>
    `"${p.text}" means the value is missing; enter a number (0 if the party should get nothing)`,
  notWith: (p) => `"${p.text}" is not a number with a decimal ${p.mark}, like the rest of the column`,
  ambiguous: (p) =>
    `"${p.text}" can be ${p.comma} (decimal comma) or ${p.point} (decimal point); choose the decimal mark`,
  negative: (p) => `${p.text} is negative, and a key value cannot be negative`,
  duplicate: (p) => `the party "${p.id}" is already on row ${p.row}`,
  noParty: () => "the row has no party",
  zeroKey: (p) => `the key "${p.key}" adds up to 0, so nothing can be split by it`,
  empty: () => "the table has no rows",
  unclosedQuote: () => "the quote here is never closed",
  badQuote: () => "a quoted field must be followed by a delimiter or the end of the line",
  nul: () =>
    "the file holds NUL characters: it is probably UTF-16 without a byte order mark; save it as UTF-8",
  badUtf16: () => "the file starts as UTF-16 but is not valid UTF-16",
  noTable: () => "no table found: a heading and at least two columns, separated by semicolon, tab or comma",
  width: (p) =>
    `the row has ${p.fields} ${Number(p.fields) === 1 ? "column" : "columns"} but the heading ${p.width}; mixed delimiters?`,
  keyNotNumber: () => "a key value must be a number; the cell has been given the model's value back",
  amountNotNumber: () => "an amount must be a number; the cell has been given the model's value back",
  keyRefused: (p) =>
    `${p.field === "" ? "" : `${p.field}: `}${words(ENGINE_MESSAGES, "en", p.engineCode, p as Params)}; the cell has been given the model's value back`,
  newerStore: (p) =>
    `saved by a newer version of Fördela (store format ${p.format}); update Fördela to open it`,
  damagedRows: (p) =>
    Number(p.count) === 1
      ? `${p.count} row of Fördela's model sheet cannot be read; it has been left in the workbook as it was`
      : `${p.count} rows of Fördela's model sheet cannot be read; they have been left in the workbook as they were`,
  legacyBroken: () =>
    "a model in the workbook's settings is damaged and cannot be moved; it has been left there",
  legacyMissing: () => "part of a model in the workbook's settings is missing; it has been left there",
  nameTaken: (p) => `The workbook already has a model called "${p.name}". Choose another name.`,
  noName: () => "The model needs a name.",
  storeBusy: () =>
    "The model could not be saved: others saved into the same rows at the same time. Try again.",
  noModel: (p) => `The workbook has no model "${p.id}".`,
  tooOld: (p) =>
    `Fördela needs Excel with ExcelApi ${p.api} or newer (Excel 2019, Microsoft 365 or Excel on the web). Update Excel or open the workbook in Excel on the web.`,
  sheetClash: (p) =>
    `The workbook already has a sheet called "${p.name}" that Fördela did not write. Rename or move that sheet, and run again; Fördela never writes over a sheet of yours.`,
  editedSheets: (p) =>
    `Someone has changed Fördela's ${Number(p.count) === 1 ? "sheet" : "sheets"} ${p.sheets} since Fördela wrote ${Number(p.count) === 1 ? "it" : "them"}. Running again writes over those changes. Overwrite them?`,
  writeInterrupted: (p) =>
    `Writing to the workbook was cut off (${p.cause}). Nothing of it was left behind: the workbook is as it was before the run. Run again.`,
  swapInterrupted: (p) =>
    `Writing to the workbook was cut off at its last step (${p.cause}). Some of Fördela's sheets may be only partly rewritten: run again to rewrite them all.`,
};

/**
 * The workbook layer's words for its refusals, Swedish and English; a code
 * missing from either does not typecheck.
 *
 * @example
 * WORKBOOK_MESSAGES.sv.noParty({}); // "raden saknar part"
 */
export const WORKBOOK_MESSAGES: MessageTable<typeof sv> = { sv, en };

/** The workbook layer's refusal codes. */
export type WorkbookCode = keyof typeof sv;

/** The parameters a workbook refusal code takes ({} for a code without). */
export type WorkbookParams<C extends WorkbookCode> =
  Parameters<(typeof sv)[C]> extends [infer P] ? P : Record<string, never>;
