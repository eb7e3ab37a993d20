import type { PrintOptions } from "./printLayout";
import type { Labels } from "./labels";

/** An ampersand starts a code in a header or footer; a literal one is doubled. */
function literal(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * A printed sheet's header (the model left; the sheet and what it shows,
 * the base model or a scenario, right) and footer (the date it was printed
 * left, the page of the pages right).
 *
 * @example
 * pageTexts(labels("sv"), "Turism 2025", "Fördelning", "Grundmodell").footer.right; // "Sida &P av &N"
 */
export function pageTexts(words: Labels, model: string, sheet: string, about: string): PrintOptions {
  return {
    header: { left: literal(model), center: "", right: literal(`${sheet} · ${about}`) },
    footer: { left: words.printedOn, center: "", right: words.pageOf },
  };
}
