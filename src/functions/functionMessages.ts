import type { MessageTable } from "../contracts/refusal";

/*
 * The worksheet functions' refusals, by code, Swedish and English. Each
 * follows its place ("nycklar, rad 3: …"), so each is a clause. Values come
 * as the user sees them in the functions' language: text in quotes, numbers
 * with a decimal comma in Swedish.
 */

const EXACT_SV =
  'Vikter räknade som =1/3 blir aldrig exakt 1: skriv dem som text, t.ex. "1/3" eller "25%", så är de exakta';
const EXACT_EN =
  'Weights computed as =1/3 never add up to exactly 1: type them as text, such as "1/3" or "25%", and they are exact';

const sv = {
  notNumber: (p: { typed: string }) => `${p.typed} är inget tal`,
  blank: () => "cellen är tom; skriv 0 om den ska få noll",
  negative: (p: { typed: string }) => `${p.typed} är negativt; en nyckel är 0 eller mer`,
  tooManyDigits: (p: { typed: string }) => `${p.typed} har fler än 40 siffror`,
  tooPrecise: (p: { typed: string }) => `${p.typed} har en täljare eller nämnare med fler än 18 siffror`,
  notShare: (p: { typed: string }) => `andelen ${p.typed} ligger inte mellan 0 och 1`,
  sumZero: () => "nycklarna blir tillsammans 0, så det finns inget att fördela efter",
  columnSumZero: (p: { column: number }) => `nyckeln i kolumn ${p.column} blir tillsammans 0 men har en vikt`,
  notWhole: (p: { amount: string; unit: string }) =>
    `${p.amount} är inte ett helt antal av enheten ${p.unit}`,
  badUnit: (p: { typed: string }) =>
    `${p.typed} duger inte som enhet; skriv ett positivt decimaltal som 1, 0,01 eller 100`,
  badMethod: (p: { typed: string; allowed: string }) => `${p.typed} är ingen metod; välj ${p.allowed}`,
  weightsTooLittle: (p: { total: string; off: string }) =>
    `vikterna blir tillsammans ${p.total}, inte 1 (${p.off} för lite). ${EXACT_SV}`,
  weightsTooMuch: (p: { total: string; off: string }) =>
    `vikterna blir tillsammans ${p.total}, inte 1 (${p.off} för mycket). ${EXACT_SV}`,
  weightCount: (p: { weights: number; columns: number }) =>
    `det finns ${p.weights} vikter för ${p.columns} nyckelkolumner; ge en vikt per kolumn`,
  notVector: () => "ska vara en rad eller en kolumn",
  notColumn: () => "ska vara en kolumn, en part per rad",
  notSingle: () => "ska vara en enda cell",
  ragged: () => "raderna är olika långa",
  tooMany: (p: { count: number; limit: number }) =>
    `${p.count} värden är fler än de ${p.limit} som Fördela tar`,
  notExact: (p: { amount: string }) =>
    `${p.amount} har fler siffror än Excel kan hålla exakt (15); välj en större enhet`,
  seatsWhole: (p: { typed: string }) => `${p.typed} är inget helt antal platser (0 eller mer)`,
  noModel: (p: { name: string }) => `arbetsboken har ingen modell som heter ${p.name}`,
  noModelOf: (p: { name: string; names: string }) =>
    `arbetsboken har ingen modell som heter ${p.name}; den har ${p.names}`,
  noScenario: (p: { name: string }) => `modellen har inget scenario som heter ${p.name}`,
  noScenarioOf: (p: { name: string; names: string }) =>
    `modellen har inget scenario som heter ${p.name}; den har ${p.names}`,
  refusedModel: (p: { reason: string }) => `modellen kan inte räknas: ${p.reason}`,
  storeUnavailable: (p: { reason: string }) => `de sparade modellerna kan inte läsas: ${p.reason}`,
};

const en: MessageTable<typeof sv>["en"] = {
  notNumber: (p) => `${p.typed} is not a number`,
  blank: () => "the cell is blank; type 0 if it should get nothing",
  negative: (p) => `${p.typed} is negative; a key is 0 or more`,
  tooManyDigits: (p) => `${p.typed} has more than 40 digits`,
  tooPrecise: (p) => `${p.typed} has a numerator or denominator of more than 18 digits`,
  notShare: (p) => `the share ${p.typed} is not between 0 and 1`,
  sumZero: () => "the keys add up to 0, so there is nothing to split by",
  columnSumZero: (p) => `the key in column ${p.column} adds up to 0 but has a weight`,
  notWhole: (p) => `${p.amount} is not a whole number of units of ${p.unit}`,
  badUnit: (p) => `${p.typed} will not do as a unit; type a positive decimal such as 1, 0.01 or 100`,
  badMethod: (p) => `${p.typed} is not a method; choose ${p.allowed}`,
  weightsTooLittle: (p) => `the weights add up to ${p.total}, not 1 (${p.off} too little). ${EXACT_EN}`,
  weightsTooMuch: (p) => `the weights add up to ${p.total}, not 1 (${p.off} too much). ${EXACT_EN}`,
  weightCount: (p) =>
    `there are ${p.weights} weights for ${p.columns} key columns; give one weight per column`,
  notVector: () => "must be one row or one column",
  notColumn: () => "must be one column, one party per row",
  notSingle: () => "must be a single cell",
  ragged: () => "the rows have different lengths",
  tooMany: (p) => `${p.count} values are more than the ${p.limit} Fördela takes`,
  notExact: (p) => `${p.amount} has more digits than Excel holds exactly (15); choose a larger unit`,
  seatsWhole: (p) => `${p.typed} is not a whole number of seats (0 or more)`,
  noModel: (p) => `the workbook has no model named ${p.name}`,
  noModelOf: (p) => `the workbook has no model named ${p.name}; it has ${p.names}`,
  noScenario: (p) => `the model has no scenario named ${p.name}`,
  noScenarioOf: (p) => `the model has no scenario named ${p.name}; it has ${p.names}`,
  refusedModel: (p) => `the model cannot be computed: ${p.reason}`,
  storeUnavailable: (p) => `the stored models cannot be read: ${p.reason}`,
};

/**
 * The worksheet functions' words for their refusals, Swedish and English; a
 * code missing from either does not typecheck.
 *
 * @example
 * FUNCTION_MESSAGES.en.ragged({}); // "the rows have different lengths"
 */
export const FUNCTION_MESSAGES: MessageTable<typeof sv> = { sv, en };

/** The worksheet functions' refusal codes. */
export type FunctionCode = keyof typeof sv;

/** The parameters a code takes ({} for a code without). */
export type FunctionParams<C extends FunctionCode> =
  Parameters<(typeof sv)[C]> extends [infer P] ? P : Record<string, never>;
