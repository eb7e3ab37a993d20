import type { Language } from "../contracts/language";

/** The words of the result view's comparison and download, in the result chunk with them. */
const SV = {
  allocation: "Fördelning",
  comparison: "Jämförelse",
  compareB: "Scenario",
  compareA: "jämfört med",
  difference: "Skillnad",
  percent: "%",
  perInhabitant: "kr/inv.",
  totalDifference: (b: string, a: string, difference: string) =>
    `${b} jämfört med ${a}: ${difference} kr för alla parter tillsammans.`,
  causesFor: "Orsaker för",
  causesTitle: (party: string, difference: string) => `${party}: ${difference} kr, orsak för orsak`,
  cause: "Orsak",
  causeHint:
    "Orsakerna mäts på exakta belopp i tur och ordning (radbelopp, nyckelvärden, regler m.m.) och sist avrundningen. De summerar exakt till skillnaden.",
  noScenarios: "Modellen har inga scenarier att jämföra. Lägg till ett under Scenarier och kör igen.",
  comparing: "Jämför …",
  download: "Ladda ner utskick (zip)",
  downloadHint:
    "En utskriftsklar arbetsbok per part (A4) och fordelning.csv för alla parter, för scenariot ovan.",
  downloading: "Skapar filerna …",
  downloaded: (name: string) => `Sparade ${name}.`,
  failed: (reason: string) => `Det gick inte: ${reason}`,
};

export type ResultStrings = typeof SV;

const EN: ResultStrings = {
  allocation: "Allocation",
  comparison: "Comparison",
  compareB: "Scenario",
  compareA: "compared with",
  difference: "Difference",
  percent: "%",
  perInhabitant: "SEK/inh.",
  totalDifference: (b: string, a: string, difference: string) =>
    `${b} compared with ${a}: ${difference} SEK for all parties together.`,
  causesFor: "Causes for",
  causesTitle: (party: string, difference: string) => `${party}: ${difference} SEK, cause by cause`,
  cause: "Cause",
  causeHint:
    "The causes are measured on exact amounts in turn (line amounts, key values, rules etc.) and last the rounding. They add up exactly to the difference.",
  noScenarios: "The model has no scenarios to compare. Add one under Scenarios and run again.",
  comparing: "Comparing …",
  download: "Download statements (zip)",
  downloadHint:
    "A print-ready workbook per party (A4) and fordelning.csv for all parties, for the scenario above.",
  downloading: "Creating the files …",
  downloaded: (name: string) => `Saved ${name}.`,
  failed: (reason: string) => `That did not work: ${reason}`,
};

/**
 * The result view's words for the comparison and the download.
 *
 * @example
 * resultStrings("sv").download; // "Ladda ner utskick (zip)"
 */
export function resultStrings(language: Language): ResultStrings {
  return language === "en" ? EN : SV;
}
