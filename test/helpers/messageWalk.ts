import type { Language } from "../../src/contracts/language";
import { LANGUAGES } from "../../src/contracts/language";
import type { MessageTable, Phrases } from "../../src/contracts/refusal";

/**
 * Parameters that answer any name with a sample value: a decimal a message
 * can format as an amount. A phrase that reads a parameter its code does not
 * pass would still get text, so the walk checks the words, not the call sites.
 */
const SAMPLE = new Proxy({}, { get: (_, name) => (name === Symbol.toPrimitive ? undefined : "12") });

/** Every code of a table, with its words in each language for sample parameters. */
export function walk(table: MessageTable<Phrases>): { code: string; language: Language; text: string }[] {
  return Object.keys(table.sv).flatMap((code) =>
    LANGUAGES.map((language) => {
      const phrase = (table[language] as Record<string, (p: unknown) => string>)[code];
      return { code, language, text: phrase === undefined ? "" : phrase(SAMPLE) };
    }),
  );
}

/** Words a sentence cannot end on ("… key values cannot be"). */
const HANGING: Record<Language, readonly string[]> = {
  sv: ["och", "eller", "att", "som", "kan", "är", "vara", "för", "med", "av", "i", "på", "en", "ett"],
  en: [
    "and",
    "or",
    "to",
    "that",
    "not",
    "be",
    "cannot",
    "is",
    "for",
    "with",
    "of",
    "in",
    "on",
    "the",
    "a",
    "an",
  ],
};

/**
 * Why a reason is not a whole sentence by the tables' convention, or undefined
 * when it is: a reason after a path is a clause (lowercase or a quoted value
 * first, no full stop at the end); a reason with no path is whole sentences
 * (a capital first, a full stop at the end). Never empty, never a left-over
 * placeholder, never ending on a word that leaves the sentence hanging.
 */
export function sentenceProblem(text: string, language: Language): string | undefined {
  if (text.trim() === "") return "it is empty";
  if (text !== text.trim()) return "it has space at an end";
  if (/\$\{|undefined|NaN|\[object|\{\{|%s|\{[A-Za-z_]\w*\}/.test(text)) return "it has a placeholder left";
  if (/[,;:–-]$/.test(text)) return "it stops at a comma, colon or dash";
  const last =
    text
      .replace(/[.!?)]+$/, "")
      .split(/\s+/)
      .at(-1) ?? "";
  if (HANGING[language].includes(last)) return "it ends on a word that leaves it hanging";
  const first = text[0] ?? "";
  if (/\p{Lu}/u.test(first))
    return /[.!?]$/.test(text) ? undefined : "a sentence with a capital does not end with a full stop";
  if (/[\p{Ll}"'\d−-]/u.test(first))
    return /\.$/.test(text) && !/\.\.\.$|…$/.test(text)
      ? "a clause after a path ends with a full stop"
      : undefined;
  return "it starts with neither a letter, a quote nor a number";
}

/**
 * The parameters a code's words read, in each language: a parameter one
 * language leaves out is a detail the other reader gets and this one does not.
 */
export function paramsRead(table: MessageTable<Phrases>, code: string, language: Language): string[] {
  const read = new Set<string>();
  const params = new Proxy(
    {},
    {
      get: (_, name) => {
        if (name === Symbol.toPrimitive) return undefined;
        read.add(String(name));
        return "12";
      },
    },
  );
  (table[language] as Record<string, (p: unknown) => string>)[code]?.(params);
  return [...read].sort();
}

/** English words that have no place in a Swedish sentence (Swedish has none of them as a word of its own). */
const ENGLISH =
  /(?<!\p{L})(the|is|are|not|and|or|of|to|with|must|cannot|should|value|values|file|sheet|row|column|order|mark|number|empty|missing|key|keys|weights?|shares?|amount)(?!\p{L})/iu;

/**
 * The first English word in Swedish words, or undefined: names in quotes,
 * options (`--out`) and file names are left out, for they are names.
 */
export function englishWord(text: string): string | undefined {
  const words = text
    .replace(/"[^"]*"/g, "")
    .replace(/--?[\w-]+/g, "")
    .replace(/\S+\.\w+/g, "");
  return ENGLISH.exec(words)?.[0];
}
