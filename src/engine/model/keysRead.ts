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
