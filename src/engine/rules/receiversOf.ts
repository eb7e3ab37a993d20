import { at, ModelError } from "../model/ModelError";
import type { Model, ProportionalRule } from "../model/types";
import type { Scope } from "./types";
import { quoted } from "../model/quote";

/**
 * Who a key, equal or weights rule splits among: its `among`; else the
 * group's members (or, in a rest, its parent's); at the top of a line, the
 * parties with a value in the key (key rules) or all parties.
 *
 * @example
 * receiversOf(model, { by: "equal", among: { kind: "default" }, ... }, undefined); // every party id
 */
export function receiversOf(model: Model, rule: ProportionalRule, scope: Scope): readonly string[] {
  const receivers = rule.among.kind === "parties" ? rule.among.parties : (scope ?? topDefault(model, rule));
  if (receivers.length === 0) throw new ModelError(rule.path, "noReceivers");
  return receivers;
}

function topDefault(model: Model, rule: ProportionalRule): readonly string[] {
  if (rule.by !== "key") return model.parties.map((p) => p.id);
  const values = model.keys.get(rule.key)?.values;
  const receivers = model.parties.filter((p) => values?.has(p.id)).map((p) => p.id);
  if (receivers.length === 0)
    throw new ModelError(at(rule.path, "key"), "keyNoValues", { key: quoted(rule.key) });
  return receivers;
}
