import type { Language } from "../contracts/language";

/** The arguments a message can name, in the user's words. */
export type Argument =
  "amount" | "keys" | "unit" | "method" | "keyRange" | "weights" | "seats" | "votes" | "model" | "scenario";

/** Where in an argument a value sits: its row and column inside the range, counted from 1. */
export interface Place {
  readonly argument: Argument;
  readonly row?: number;
  readonly column?: number;
}

/** The words around the refusals, one set per language: the arguments' names and the result table's headings. */
export interface Words {
  readonly language: Language;
  readonly arguments: Record<Argument, string>;
  readonly row: string;
  readonly column: string;
  readonly total: string;
  readonly party: string;
}

const SV: Words = {
  language: "sv",
  arguments: {
    amount: "belopp",
    keys: "nycklar",
    unit: "enhet",
    method: "metod",
    keyRange: "nyckelområde",
    weights: "vikter",
    seats: "platser",
    votes: "röster",
    model: "modell",
    scenario: "scenario",
  },
  row: "rad",
  column: "kolumn",
  total: "Summa",
  party: "Part",
};

const EN: Words = {
  language: "en",
  arguments: {
    amount: "amount",
    keys: "keys",
    unit: "unit",
    method: "method",
    keyRange: "key_range",
    weights: "weights",
    seats: "seats",
    votes: "votes",
    model: "model",
    scenario: "scenario",
  },
  row: "row",
  column: "column",
  total: "Total",
  party: "Party",
};

/**
 * The words around the refusals in a language: Swedish by default, English on request.
 *
 * @example
 * wordsFor("en").arguments.keys; // "keys"
 */
export function wordsFor(language: Language): Words {
  return language === "en" ? EN : SV;
}

/**
 * Names a place in the user's words: `nycklar, rad 3`, or just `belopp`.
 *
 * @example
 * placeName(wordsFor("sv"), { argument: "keys", row: 3 }); // "nycklar, rad 3"
 */
export function placeName(words: Words, place: Place): string {
  const parts = [words.arguments[place.argument]];
  if (place.row !== undefined) parts.push(`${words.row} ${place.row}`);
  if (place.column !== undefined) parts.push(`${words.column} ${place.column}`);
  return parts.join(", ");
}
