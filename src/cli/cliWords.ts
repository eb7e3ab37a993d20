import type { Language } from "../contracts/language";
import type { Cause } from "../engine";
import { swedishAmount } from "../format/swedishAmount";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const SV = {
  party: "Part",
  total: "Summa",
  scenario: (model: string, scenario: string) => `${model} — scenario: ${scenario}`,
  roundedTo: (unit: string, currency: string) => {
    if (currency !== "SEK") return `Belopp i ${currency}, avrundade till ${swedishAmount(unit)}`;
    const to = unit === "1" ? "hela kronor" : unit === "0.01" ? "öre" : `${swedishAmount(unit)} kr`;
    return `Belopp i kr, avrundade till ${to}`;
  },
  schedule: "Betalningsplan",
  bound: "Gräns",
  heldNote: (n: number) =>
    `${n} ${n === 1 ? "part hölls" : "parter hölls"} vid ett golv (lägsta belopp) eller tak (högsta belopp); talet är skillnaden mot vad deras andel gav`,
  scenarioColumn: "Scenario",
  parties: "Parter",
  lines: "Rader",
  tablesInWorkbook:
    "Tabellerna med varje parts belopp per rad finns i arbetsboken; --tables skriver ut dem här också.",
  wrote: (file: string) => `Skrev ${file}`,
  wroteOver: (file: string) => `Skrev ${file} (ersatte arbetsboken som fanns där)`,
  wroteFiles: (n: number, dir: string) => `Skrev ${count(n, "fil", "filer")} till ${dir}:`,
  replaced: (n: number, names: string) => `Ersatte ${n} som fanns där: ${names}`,
  valid: (model: string, parties: number, lines: number, scenarios: number) =>
    `OK: ${model}: ${count(parties, "part", "parter")}, ${count(lines, "rad", "rader")}, ${count(scenarios, "scenario", "scenarier")}`,
  base: "Grundmodellen",
  difference: "Skillnad",
  perInhabitant: "kr/inv.",
  comparing: (b: string, a: string) => `Jämförelse: ${b} mot ${a}`,
  causeNote:
    "Skillnaden delas i orsaker, mätta på oavrundade belopp i tur och ordning; de summerar exakt till skillnaden.",
  causes: {
    amounts: ["Radbelopp", "radernas belopp ändrades"],
    keys: ["Nyckelvärden", "nycklarnas värden ändrades (folkmängd, användare, fjolårets belopp …)"],
    other: ["Regler m.m.", "allt annat i modellen ändrades (regler, vikter, gränser, parter)"],
    rounding: ["Avrundning", "partens avrundningsjustering ändrades"],
  } as Readonly<Record<Cause, readonly [heading: string, meaning: string]>>,
  merged: (cause: string, into: string, reason: string) =>
    `Obs: ${cause} kunde inte mätas för sig och räknas under ${into} (${reason}).`,
};

const EN: typeof SV = {
  party: "Party",
  total: "Total",
  scenario: (model, scenario) => `${model} — scenario: ${scenario}`,
  roundedTo: (unit, currency) => {
    const to = unit === "1" ? "whole units" : unit;
    return `Amounts in ${currency === "SEK" ? "kr" : currency}, rounded to ${to}`;
  },
  schedule: "Payment plan",
  bound: "Bound",
  heldNote: (n) =>
    `${n} ${n === 1 ? "party was" : "parties were"} held at a floor (lowest amount) or ceiling (highest amount); the figure is the difference from what their share gave`,
  scenarioColumn: "Scenario",
  parties: "Parties",
  lines: "Lines",
  tablesInWorkbook:
    "The tables of each party's amount per line are in the workbook; --tables prints them here as well.",
  wrote: (file) => `Wrote ${file}`,
  wroteOver: (file) => `Wrote ${file} (replacing the workbook that was there)`,
  wroteFiles: (n, dir) => `Wrote ${count(n, "file", "files")} to ${dir}:`,
  replaced: (n, names) => `Replaced ${n} that were there: ${names}`,
  valid: (model, parties, lines, scenarios) =>
    `OK: ${model}: ${count(parties, "party", "parties")}, ${count(lines, "line", "lines")}, ${count(scenarios, "scenario", "scenarios")}`,
  base: "The base model",
  difference: "Difference",
  perInhabitant: "kr/inhab.",
  comparing: (b, a) => `Comparison: ${b} against ${a}`,
  causeNote:
    "The difference is split into causes, measured on unrounded amounts one after the other; they add up exactly to the difference.",
  causes: {
    amounts: ["Line amounts", "the lines' amounts changed"],
    keys: ["Key values", "the keys' values changed (population, users, last year's amounts …)"],
    other: ["Rules etc.", "everything else in the model changed (rules, weights, bounds, parties)"],
    rounding: ["Rounding", "the party's rounding adjustment changed"],
  },
  merged: (cause, into, reason) =>
    `Note: ${cause} could not be measured apart and is counted under ${into} (${reason}).`,
};

/** The command line's words that are not refusals: headings, notes, what it wrote. */
export type CliWords = typeof SV;

/**
 * The command line's words in a language.
 *
 * @example
 * cliWords("en").total; // "Total"
 */
export function cliWords(language: Language): CliWords {
  return language === "en" ? EN : SV;
}
