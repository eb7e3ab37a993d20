/** The display languages of the workbook: Swedish, or English when Office speaks English. */
export type Language = "sv" | "en";

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
  total: "Summa",
  toSplit: "Att fördela",
  check: "Kontroll (0 = stämmer)",
  checkNote:
    "Kontrollen är 0 när delarna summerar till beloppet och avrundningen är aktuell. Ändrar du ett nyckelvärde blir den skild från 0 tills modellen körs igen.",
  perInhabitant: "kr per invånare",
  base: "Grundmodell",
  difference: "Skillnad",
  differencePercent: "Skillnad %",
  rule: "Regel",
  scenarioChart: "Summa per part och scenario",
  generated: "Skrivet av Fördela. Ändra inte här: bladet skrivs om när modellen körs igen.",
  roundedTo: (unit: string) => `Belopp i kr, avrundade till ${unit}`,
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
  amount: "Amount",
  total: "Total",
  toSplit: "To split",
  check: "Check (0 = adds up)",
  checkNote:
    "The check is 0 when the parts add up to the amount and the rounding is current. Change a key value and it differs from 0 until the model is run again.",
  perInhabitant: "SEK per inhabitant",
  base: "Base model",
  difference: "Difference",
  differencePercent: "Difference %",
  rule: "Rule",
  scenarioChart: "Total per party and scenario",
  generated: "Written by Fördela. Do not edit here: the sheet is rewritten when the model is run again.",
  roundedTo: (unit: string) => `Amounts in SEK, rounded to ${unit}`,
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
