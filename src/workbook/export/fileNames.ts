import { cutTo, nameText } from "../description/xmlSafe";

/** Windows refuses these in file names; "/" also Linux and macOS, ":" macOS's Finder. */
const NOT_IN_FILE_NAMES = /[<>:"/\\|?*]/g;
/** Names Windows keeps for devices, with or without an extension: "CON", "nul.txt", "COM1", "LPT¹". */
const RESERVED = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(?=\.|$)/i;
/** At most this many characters before the extension. */
export const MAX_FILE_NAME = 100;
/** Linux counts a name's bytes (255 at most); this leaves room for the extension. */
const MAX_BYTES = 240;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * A file name's stem that Windows, macOS and Linux all take: no control
 * characters, none of `<>:"/\|?*` (replaced by "-"), no reserved device
 * name (an "_" is added), no leading dots (hidden files) nor trailing dots
 * and spaces, at most 100 characters and 240 bytes, in Unicode's composed
 * form (as macOS compares names). May be empty, when nothing is left.
 *
 * @example
 * safeFileStem("CON"); // "CON_"
 * safeFileStem("A:B. "); // "A-B"
 */
export function safeFileStem(text: string): string {
  let stem = nameText(text).normalize("NFC").replace(NOT_IN_FILE_NAMES, "-");
  stem = stem.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
  stem = cutTo(stem, MAX_FILE_NAME);
  while (bytes(stem) > MAX_BYTES) stem = cutTo(stem, stem.length - 1);
  stem = stem.replace(/[\s.]+$/, "");
  return stem.replace(RESERVED, "$1_");
}

/** How file systems that ignore case (Windows, macOS) compare names. */
export const sameFileKey = (name: string) => name.normalize("NFC").toLowerCase();

/**
 * Gives each file a name of its own, as Windows and macOS compare names
 * (case ignored): the wanted stems in order, a clashing one with the
 * alternative (the party's code) and then " (2)", " (3)" … — each still
 * within the limits of {@link safeFileStem}. `taken` holds names already
 * used (fordelning.csv).
 *
 * @example
 * const name = uniqueFileNames(".xlsx", ["fordelning.csv"]);
 * [name("A:B"), name("A*B", "2380")]; // ["A-B.xlsx", "A-B 2380.xlsx"]
 */
export function uniqueFileNames(
  extension: string,
  taken: readonly string[] = [],
): (wanted: string, alternative?: string) => string {
  const used = new Set(taken.map(sameFileKey));
  const free = (stem: string) => !used.has(sameFileKey(`${stem}${extension}`));
  return (wanted, alternative) => {
    const stem = safeFileStem(wanted) || "part";
    const candidates = [stem];
    if (alternative !== undefined) candidates.push(withSuffix(stem, ` ${safeFileStem(alternative)}`));
    let name = candidates.find(free);
    for (let n = 2; name === undefined; n++) name = [withSuffix(stem, ` (${n})`)].find(free);
    used.add(sameFileKey(`${name}${extension}`));
    return `${name}${extension}`;
  };
}

/** A stem with a suffix, the stem cut so that the whole stays within the limits. */
function withSuffix(stem: string, suffix: string): string {
  let base = cutTo(stem, MAX_FILE_NAME - suffix.length);
  while (base !== "" && bytes(base + suffix) > MAX_BYTES) base = cutTo(base, base.length - 1);
  return `${base.replace(/[\s.]+$/, "")}${suffix}`;
}
