import type { Language } from "../../contracts/language";

/** The display languages of the workbook: Swedish, or English when Office speaks English. */
export type { Language };

const SV = {
  indata: "Indata",
  fordelning: "Fördelning",
  summering: "Summering",
  scenarier: "Scenarier",
  party: "Part",
  id: "Id",
  name: "Namn",
  code: "Kod",
  source: "Källa",
  date: "Datum",
  unit: "Enhet",
  keys: "Nycklar",
  keyValue: "Nyckelvärde",
  share: "Andel",
  exact: "Exakt belopp",
  adjustment: "Avrundning",
  amount: "Belopp",
  heldAt: "Hölls vid gräns",
  total: "Summa",
  toSplit: "Att fördela",
  keySum: (key: string, parties: number) => `Summa ${key} (${parties} parter)`,
  check: "Kontroll (0 = stämmer)",
  checkNote:
    "Kontrollen är 0 när delarna summerar till beloppet och avrundningen är aktuell. Ändrar du ett nyckelvärde eller ett belopp i Indata blir den skild från 0 tills modellen körs igen.",
  perInhabitant: "kr per invånare",
  base: "Grundmodell",
  difference: "Skillnad",
  differencePercent: "Skillnad %",
  rule: "Regel",
  scenarioChart: "Summa per part och scenario",
  generated: "Skrivet av Fördela. Ändra inte här: bladet skrivs om när modellen körs igen.",
  roundedTo: (unit: string) => `Belopp i kr, avrundade till ${unit}`,
  betalningsplan: "Betalningsplan",
  due: "Förfaller",
  exactPeriod: "Exakt per period",
  planNote:
    "Varje parts perioder summerar exakt till dess belopp, och varje periods summa ligger inom en avrundningsenhet från sitt exakta värde (kontrollerad avrundning).",
  jamforelse: "Jämförelse",
  comparing: (b: string, a: string) => `Jämförelse: ${b} mot ${a}`,
  versus: (b: string, a: string) => `${b} mot ${a}`,
  causeNote:
    "Skillnaden delas i orsaker, mätta på oavrundade belopp i tur och ordning: radernas belopp, nycklarnas värden, allt annat (regler, vikter, gränser), och sist avrundningen. Orsakerna summerar exakt till skillnaden.",
  causes: ["Radbelopp", "Nyckelvärden", "Regler m.m.", "Avrundning"] as readonly string[],
  differenceChart: "Skillnad per part",
  waterfallChart: "Skillnadens orsaker för vald part",
  chooseParty: "Vald part (skriv en parts namn):",
  waterfallSeries: [
    "Bas",
    "Bas−",
    "Ökning",
    "Ökning−",
    "Minskning",
    "Minskning−",
    "Skillnad",
    "Skillnad−",
  ] as readonly string[],
  mergedCause: (cause: string, reason: string) =>
    `Obs: ${cause} kunde inte mätas för sig och räknas under Regler m.m. (${reason}).`,
  statementFor: (party: string) => `Underlag för ${party}`,
  statementSheet: (party: string) => `Underlag ${party}`,
  scenarioNamed: (name: string) => `Scenario: ${name}`,
  line: "Rad",
  keyValues: "Nyckeltal bakom beloppen",
  valueFor: (party: string) => `Värde för ${party}`,
  allParties: "Summa för alla parter",
  period: "Period",
  statementNote:
    "Andel är partens del av raden före avrundning; Avrundning visar hur mycket beloppet avrundades.",
  // Page header and footer, in Excel's codes: &D the date, &P the page, &N the pages.
  printedOn: "Fördela, utskrivet &D",
  pageOf: "Sida &P av &N",
  withScenarios: "Grundmodell och scenarier",
};

export type Labels = typeof SV;

const EN: Labels = {
  indata: "Inputs",
  fordelning: "Allocation",
  summering: "Summary",
  scenarier: "Scenarios",
  party: "Party",
  id: "Id",
  name: "Name",
  code: "Code",
  source: "Source",
  date: "Date",
  unit: "Unit",
  keys: "Keys",
  keyValue: "Key value",
  share: "Share",
  exact: "Exact amount",
  adjustment: "Rounding",
  heldAt: "Held at a bound",
  amount: "Amount",
  total: "Total",
  toSplit: "To split",
  keySum: (key: string, parties: number) => `Total ${key} (${parties} parties)`,
  check: "Check (0 = adds up)",
  checkNote:
    "The check is 0 when the parts add up to the amount and the rounding is current. Change a key value or an amount in Indata and it differs from 0 until the model is run again.",
  perInhabitant: "SEK per inhabitant",
  base: "Base model",
  difference: "Difference",
  differencePercent: "Difference %",
  rule: "Rule",
  scenarioChart: "Total per party and scenario",
  generated: "Written by Fördela. Do not edit here: the sheet is rewritten when the model is run again.",
  roundedTo: (unit: string) => `Amounts in SEK, rounded to ${unit}`,
  betalningsplan: "Payment plan",
  due: "Due",
  exactPeriod: "Exact per period",
  planNote:
    "Each party's periods add up exactly to its amount, and each period's sum is within one rounding unit of its exact value (controlled rounding).",
  jamforelse: "Comparison",
  comparing: (b: string, a: string) => `Comparison: ${b} against ${a}`,
  versus: (b: string, a: string) => `${b} against ${a}`,
  causeNote:
    "The difference is split into causes measured on unrounded amounts in turn: the lines' amounts, the keys' values, everything else (rules, weights, bounds), and last the rounding. The causes add up exactly to the difference.",
  causes: ["Line amounts", "Key values", "Rules etc.", "Rounding"],
  differenceChart: "Difference per party",
  waterfallChart: "Causes of the difference for the chosen party",
  chooseParty: "Chosen party (type a party's name):",
  waterfallSeries: [
    "Base",
    "Base−",
    "Increase",
    "Increase−",
    "Decrease",
    "Decrease−",
    "Difference",
    "Difference−",
  ],
  mergedCause: (cause: string, reason: string) =>
    `Note: ${cause} could not be measured on its own and is counted under Rules etc. (${reason}).`,
  statementFor: (party: string) => `Statement for ${party}`,
  statementSheet: (party: string) => `Statement ${party}`,
  scenarioNamed: (name: string) => `Scenario: ${name}`,
  line: "Line",
  keyValues: "Key values behind the amounts",
  valueFor: (party: string) => `Value for ${party}`,
  allParties: "Total for all parties",
  period: "Period",
  statementNote:
    "Share is the party's part of the line before rounding; Rounding shows how much the amount was rounded.",
  printedOn: "Fördela, printed &D",
  pageOf: "Page &P of &N",
  withScenarios: "Base model and scenarios",
};

/**
 * The workbook's words in a language.
 *
 * @example
 * labels("en").fordelning; // "Allocation"
 */
export function labels(language: Language): Labels {
  return language === "en" ? EN : SV;
}
