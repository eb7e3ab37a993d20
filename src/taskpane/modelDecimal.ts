/**
 * A number typed the Swedish way, as the model format writes it: spaces
 * (thousands) dropped and the decimal comma made a point, so "5 146" becomes
 * "5146", "1,032" becomes "1.032" and "103,2 %" becomes "103.2%". What is not
 * a number is kept as typed, so that the engine's refusal quotes the user's own words.
 *
 * @example
 * modelDecimal("12 500,75"); // "12500.75"
 */
export function modelDecimal(typed: string): string {
  const cleaned = typed.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  return /^[-+]?\d*\.?\d+%?$/.test(cleaned) ? cleaned : typed.trim();
}
