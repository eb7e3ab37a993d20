import type { Language } from "../contracts/language";
import type { Feature, MissingFeature } from "../contracts/workbookServices";

/** A feature's name as a subject ("Räkna om automatiskt kräver …"), and what the user misses without it. */
type FeatureWords = Record<Feature, { readonly name: string; readonly without: string }>;

const SV_FEATURES: FeatureWords = {
  liveRecompute: {
    name: "Räkna om automatiskt",
    without: "kör modellen igen med knappen när du har ändrat i Indata",
  },
  coauthorRefresh: {
    name: "Att listan över modeller följer en medförfattares ändringar",
    without: "öppna fönstret igen för att se dem",
  },
  savedBy: { name: "Att visa vem som sparade en modell", without: "bara när den sparades visas" },
  freeze: { name: "Låsta rubrikrader", without: "bladen skrivs utan dem" },
  staging: {
    name: "Att skriva en stor modell i steg",
    without: "den skrivs i en enda begäran, som Excel kan avvisa om den är mycket stor",
  },
  pageLayout: {
    name: "Utskriftsinställningarna för bladen",
    without: "bladen skrivs ut som Excel själv väljer",
  },
  oneUndo: {
    name: "Att ångra en hel körning med ett enda Ctrl+Z",
    without: "varje steg av skrivningen ångras för sig",
  },
};

const EN_FEATURES: FeatureWords = {
  liveRecompute: {
    name: "Recalculate automatically",
    without: "run the model again with the button after changing Indata",
  },
  coauthorRefresh: {
    name: "Keeping the list of models up to date with a co-author's changes",
    without: "open the pane again to see them",
  },
  savedBy: { name: "Showing who saved a model", without: "only when it was saved is shown" },
  freeze: { name: "Frozen heading rows", without: "the sheets are written without them" },
  staging: {
    name: "Writing a large model in steps",
    without: "it is written in one request, which Excel may refuse when it is very large",
  },
  pageLayout: { name: "The sheets' print settings", without: "the sheets print as Excel chooses" },
  oneUndo: {
    name: "Undoing a whole run with one Ctrl+Z",
    without: "each step of the write is undone on its own",
  },
};

const SV = {
  title: "Det här fungerar inte i den här Excel-versionen",
  missing: (m: MissingFeature) => {
    const words = SV_FEATURES[m.feature];
    return `${words.name} kräver ExcelApi ${m.set}, som den här Excel-versionen saknar: ${words.without}.`;
  },
};

export type FeatureStrings = typeof SV;

const EN: FeatureStrings = {
  title: "Not available in this version of Excel",
  missing: (m) => {
    const words = EN_FEATURES[m.feature];
    return `${words.name} needs ExcelApi ${m.set}, which this version of Excel lacks: ${words.without}.`;
  },
};

/**
 * The words for features an older Excel lacks, in the user's language.
 *
 * @example
 * featureStrings("sv").missing({ feature: "liveRecompute", set: "1.7" });
 * // "Räkna om automatiskt kräver ExcelApi 1.7, som den här Excel-versionen saknar: …"
 */
export function featureStrings(language: Language): FeatureStrings {
  return language === "en" ? EN : SV;
}
