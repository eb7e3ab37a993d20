/** About how many characters of a value a message quotes (MODEL.md "Errors"). */
export const QUOTE_LIMIT = 80;

/**
 * A value's text as a message quotes it: whole up to {@link QUOTE_LIMIT}
 * characters, else its start and an ellipsis, so that a refusal of a 1 MB
 * number stays one readable line.
 *
 * @example
 * quote("1250.50"); // "1250.50"
 * quote("9".repeat(1000000)).length; // 80
 */
export function quote(text: string): string {
  if (text.length <= QUOTE_LIMIT) return text;
  const cut = text.slice(0, QUOTE_LIMIT - 1);
  // Never split a surrogate pair: the message stays valid text.
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * Text as a JSON string literal in a message, cut like {@link quote}.
 *
 * @example
 * quoted("Östersund"); // '"Östersund"'
 */
export function quoted(text: string): string {
  // JSON.stringify of one string is the standard escape; no model passes through it.
  return quote(JSON.stringify(text));
}
