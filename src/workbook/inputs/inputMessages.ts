import type { Language } from "../render/labels";

/** What can be wrong in a table of parties and keys, in the user's words. */
export const INPUT_MESSAGES = {
  sv: {
    notANumber: (text: string) => `"${text}" är inte ett tal`,
    blank: "cellen är tom; skriv ett tal (0 om parten inte ska ha någon del)",
    negative: (text: string) => `${text} är negativt, och ett nyckelvärde kan inte vara det`,
    duplicate: (id: string, row: string) => `parten "${id}" finns redan på rad ${row}`,
    noParty: "raden saknar part",
    zeroKey: (key: string) => `nyckeln "${key}" summerar till 0, så inget kan fördelas efter den`,
    empty: "tabellen har inga rader",
  },
  en: {
    notANumber: (text: string) => `"${text}" is not a number`,
    blank: "the cell is empty; enter a number (0 if the party should get nothing)",
    negative: (text: string) => `${text} is negative, and a key value cannot be`,
    duplicate: (id: string, row: string) => `the party "${id}" is already on row ${row}`,
    noParty: "the row has no party",
    zeroKey: (key: string) => `the key "${key}" adds up to 0, so nothing can be split by it`,
    empty: "the table has no rows",
  },
} satisfies Record<Language, unknown>;
