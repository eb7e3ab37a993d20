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

/** The words of every refusal, one table per language. */
export interface Words {
  readonly language: Language;
  readonly arguments: Record<Argument, string>;
  readonly row: string;
  readonly column: string;
  readonly notNumber: (typed: string) => string;
  readonly blank: string;
  readonly negative: (typed: string) => string;
  readonly tooManyDigits: (typed: string) => string;
  readonly tooPrecise: (typed: string) => string;
  readonly notShare: (typed: string) => string;
  readonly sumZero: string;
  readonly columnSumZero: (column: number) => string;
  readonly notWhole: (amount: string, unit: string) => string;
  readonly badUnit: (typed: string) => string;
  readonly badMethod: (typed: string, allowed: string) => string;
  readonly weightsSum: (total: string, off: string, short: boolean) => string;
  readonly weightCount: (weights: number, columns: number) => string;
  readonly notVector: string;
  readonly notColumn: string;
  readonly notSingle: string;
  readonly ragged: string;
  readonly tooMany: (count: number, limit: number) => string;
  readonly notExact: (amount: string) => string;
  readonly seatsWhole: (typed: string) => string;
  readonly noModel: (name: string, names: string) => string;
  readonly noScenario: (name: string, names: string) => string;
  readonly refusedModel: (reason: string) => string;
  readonly storeUnavailable: (reason: string) => string;
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
  notNumber: (typed) => `${typed} är inget tal`,
  blank: "cellen är tom; skriv 0 om den ska få noll",
  negative: (typed) => `${typed} är negativt; en nyckel är 0 eller mer`,
  tooManyDigits: (typed) => `${typed} har fler än 40 siffror`,
  tooPrecise: (typed) => `${typed} har en täljare eller nämnare med fler än 18 siffror`,
  notShare: (typed) => `andelen ${typed} ligger inte mellan 0 och 1`,
  sumZero: "nycklarna blir tillsammans 0, så det finns inget att fördela efter",
  columnSumZero: (column) => `nyckeln i kolumn ${column} blir tillsammans 0 men har en vikt`,
  notWhole: (amount, unit) => `${amount} är inte ett helt antal av enheten ${unit}`,
  badUnit: (typed) => `${typed} duger inte som enhet; skriv ett positivt decimaltal som 1, 0,01 eller 100`,
  badMethod: (typed, allowed) => `${typed} är ingen metod; välj ${allowed}`,
  weightsSum: (total, off, short) =>
    `vikterna blir tillsammans ${total}, inte 1 (${off} för ${short ? "lite" : "mycket"}). ` +
    `Vikter räknade som =1/3 blir aldrig exakt 1: skriv dem som text, t.ex. "1/3" eller "25%", så är de exakta`,
  weightCount: (weights, columns) =>
    `det finns ${weights} vikter för ${columns} nyckelkolumner; ge en vikt per kolumn`,
  notVector: "ska vara en rad eller en kolumn",
  notColumn: "ska vara en kolumn, en part per rad",
  notSingle: "ska vara en enda cell",
  ragged: "raderna är olika långa",
  tooMany: (count, limit) => `${count} värden är fler än de ${limit} som Fördela tar`,
  notExact: (amount) => `${amount} har fler siffror än Excel kan hålla exakt (15); välj en större enhet`,
  seatsWhole: (typed) => `${typed} är inget helt antal platser (0 eller mer)`,
  noModel: (name, names) =>
    `arbetsboken har ingen modell som heter ${name}${names ? `; den har ${names}` : ""}`,
  noScenario: (name, names) =>
    `modellen har inget scenario som heter ${name}${names ? `; den har ${names}` : ""}`,
  refusedModel: (reason) => `modellen kan inte räknas: ${reason}`,
  storeUnavailable: (reason) => `de sparade modellerna kan inte läsas: ${reason}`,
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
  notNumber: (typed) => `${typed} is not a number`,
  blank: "the cell is blank; type 0 if it should get nothing",
  negative: (typed) => `${typed} is negative; a key is 0 or more`,
  tooManyDigits: (typed) => `${typed} has more than 40 digits`,
  tooPrecise: (typed) => `${typed} has a numerator or denominator of more than 18 digits`,
  notShare: (typed) => `the share ${typed} is not between 0 and 1`,
  sumZero: "the keys add up to 0, so there is nothing to split by",
  columnSumZero: (column) => `the key in column ${column} adds up to 0 but has a weight`,
  notWhole: (amount, unit) => `${amount} is not a whole number of units of ${unit}`,
  badUnit: (typed) => `${typed} will not do as a unit; type a positive decimal such as 1, 0.01 or 100`,
  badMethod: (typed, allowed) => `${typed} is not a method; choose ${allowed}`,
  weightsSum: (total, off, short) =>
    `the weights add up to ${total}, not 1 (${off} too ${short ? "little" : "much"}). ` +
    `Weights computed as =1/3 never add up to exactly 1: type them as text, such as "1/3" or "25%", and they are exact`,
  weightCount: (weights, columns) =>
    `there are ${weights} weights for ${columns} key columns; give one weight per column`,
  notVector: "must be one row or one column",
  notColumn: "must be one column, one party per row",
  notSingle: "must be a single cell",
  ragged: "the rows have different lengths",
  tooMany: (count, limit) => `${count} values are more than the ${limit} Fördela takes`,
  notExact: (amount) => `${amount} has more digits than Excel holds exactly (15); choose a larger unit`,
  seatsWhole: (typed) => `${typed} is not a whole number of seats (0 or more)`,
  noModel: (name, names) => `the workbook has no model named ${name}${names ? `; it has ${names}` : ""}`,
  noScenario: (name, names) => `the model has no scenario named ${name}${names ? `; it has ${names}` : ""}`,
  refusedModel: (reason) => `the model cannot be computed: ${reason}`,
  storeUnavailable: (reason) => `the stored models cannot be read: ${reason}`,
  total: "Total",
  party: "Party",
};

/**
 * The refusals' words in a language: Swedish by default, English on request.
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
