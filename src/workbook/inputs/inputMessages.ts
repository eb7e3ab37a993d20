import { decimalComma } from "../../format/swedishAmount";
import type { Language } from "../render/labels";

/** What can be wrong in a table of parties and keys, in the user's words. */
export const INPUT_MESSAGES = {
  sv: {
    notANumber: (text: string) => `"${text}" är inte ett tal`,
    blank: "cellen är tom; skriv ett tal (0 om parten inte ska ha någon del)",
    missing: (text: string) =>
      `"${text}" betyder att värdet saknas; skriv ett tal (0 om parten inte ska ha någon del)`,
    notWith: (text: string, mark: "comma" | "point") =>
      `"${text}" är inte ett tal med ${mark === "comma" ? "decimalkomma" : "decimalpunkt"}, som resten av kolumnen`,
    ambiguous: (text: string, comma: string, point: string) =>
      `"${text}" kan vara ${decimalComma(comma)} (decimalkomma) eller ${decimalComma(point)} (decimalpunkt); välj decimaltecken`,
    negative: (text: string) => `${text} är negativt, och ett nyckelvärde kan inte vara negativt`,
    duplicate: (id: string, row: string) => `parten "${id}" finns redan på rad ${row}`,
    noParty: "raden saknar part",
    zeroKey: (key: string) => `nyckeln "${key}" summerar till 0, så inget kan fördelas efter den`,
    empty: "tabellen har inga rader",
    unclosedQuote: "citattecknet här stängs aldrig",
    badQuote: "efter ett citerat fält ska det komma en avgränsare eller ett radslut",
    nul: "filen innehåller NUL-tecken: den är troligen UTF-16 utan byte order mark; spara den som UTF-8",
    badUtf16: "filen börjar som UTF-16 men är inte giltig UTF-16",
    noTable:
      "hittar ingen tabell: en rubrikrad och minst två kolumner, åtskilda med semikolon, tabb eller komma",
    width: (fields: number, width: number) =>
      `raden har ${fields} ${fields === 1 ? "kolumn" : "kolumner"} men rubriken ${width}; blandas avgränsare?`,
  },
  en: {
    notANumber: (text: string) => `"${text}" is not a number`,
    blank: "the cell is empty; enter a number (0 if the party should get nothing)",
    missing: (text: string) =>
      `"${text}" means the value is missing; enter a number (0 if the party should get nothing)`,
    notWith: (text: string, mark: "comma" | "point") =>
      `"${text}" is not a number with a decimal ${mark}, like the rest of the column`,
    ambiguous: (text: string, comma: string, point: string) =>
      `"${text}" can be ${comma} (decimal comma) or ${point} (decimal point); choose the decimal mark`,
    negative: (text: string) => `${text} is negative, and a key value cannot be negative`,
    duplicate: (id: string, row: string) => `the party "${id}" is already on row ${row}`,
    noParty: "the row has no party",
    zeroKey: (key: string) => `the key "${key}" adds up to 0, so nothing can be split by it`,
    empty: "the table has no rows",
    unclosedQuote: "the quote here is never closed",
    badQuote: "a quoted field must be followed by a delimiter or the end of the line",
    nul: "the file holds NUL characters: it is probably UTF-16 without a byte order mark; save it as UTF-8",
    badUtf16: "the file starts as UTF-16 but is not valid UTF-16",
    noTable: "no table found: a heading and at least two columns, separated by semicolon, tab or comma",
    width: (fields: number, width: number) =>
      `the row has ${fields} ${fields === 1 ? "column" : "columns"} but the heading ${width}; mixed delimiters?`,
  },
} satisfies Record<Language, unknown>;
