import type { Rule } from "./types";

/**
 * The ids of every key a rule reads, its nested splits and rests included:
 * `key`, the keys among `weights` (and "equal", which names none), a
 * `maxDecrease` floor's key and a fixed rule's key of amounts. Reading a
 * line and splitting it look at no other key.
 *
 * @example
 * keysRead({ by: "key", key: "folkmangd", ... }); // Set { "folkmangd" }
 */
export function keysRead(rule: Rule, into: Set<string> = new Set<string>()): Set<string> {
  if (rule.by === "key") into.add(rule.key);
  if (rule.by === "weights") rule.weights.forEach((w) => into.add(w.source));
  if (rule.by === "key" || rule.by === "equal" || rule.by === "weights") {
    if (rule.bounds.maxDecrease !== undefined) into.add(rule.bounds.maxDecrease.from);
  }
  if (rule.by === "shares") rule.entries.forEach((e) => e.split && keysRead(e.split, into));
  if (rule.by === "fixed") {
    if (rule.fromKey !== undefined) into.add(rule.fromKey);
    if (rule.bounds.maxDecrease !== undefined) into.add(rule.bounds.maxDecrease.from);
    if (rule.rest !== undefined) keysRead(rule.rest, into);
  }
  return into;
}

/**
 * The ids of the keys whose values reading a rule takes into it: a fixed
 * rule's key of amounts, its nested rules' included. Reading looks at every
 * other key it names only to see that it exists (parseRule, parseBounds), so
 * a line read once reads the same against new values in those keys.
 *
 * @example
 * keysTakenIn({ by: "fixed", fromKey: "fjol", rest: { by: "key", key: "folkmangd", ... }, ... }); // Set { "fjol" }
 */
export function keysTakenIn(rule: Rule, into: Set<string> = new Set<string>()): Set<string> {
  if (rule.by === "shares") rule.entries.forEach((e) => e.split && keysTakenIn(e.split, into));
  if (rule.by === "fixed") {
    if (rule.fromKey !== undefined) into.add(rule.fromKey);
    if (rule.rest !== undefined) keysTakenIn(rule.rest, into);
  }
  return into;
}
