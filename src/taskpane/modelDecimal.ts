/**
 * A number typed the Swedish way, as the model format writes it: spaces
 * (thousands) dropped and the decimal comma made a point, so "5 146" becomes
 * "5146", "1,032" becomes "1.032" and "103,2 %" becomes "103.2%". What is not
 * a number is kept as typed, spaces and all (so that "sju tusen" can be typed
 * letter by letter into a field that shows what the model holds), and the
 * engine's refusal quotes the user's own words; only blank text is "".
 *
 * @example
 * modelDecimal("12 500,75"); // "12500.75"
 */
export function modelDecimal(typed: string): string {
  const cleaned = typed.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (/^[-+]?\d*\.?\d+%?$/.test(cleaned)) return cleaned;
  return typed.trim() === "" ? "" : typed;
}
