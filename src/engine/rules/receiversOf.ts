import { at, ModelError } from "../model/ModelError";
import type { Model, Party, ProportionalRule } from "../model/types";
import type { Scope } from "./types";
import { quoted } from "../model/quote";
import { memoPair, type PairCache } from "./memoPair";

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

/**
 * The parties a top-level rule splits among by default, as one array per
 * party list and key values (every line and scenario sharing them gets the
 * very same array, so what is cached per receivers, such as a key's shares,
 * is found again).
 */
function topDefault(model: Model, rule: ProportionalRule): readonly string[] {
  if (rule.by !== "key")
    return memoPair(ALL_PARTIES, model.parties, model.parties, () => model.parties.map((p) => p.id));
  const values = model.keys.get(rule.key)?.values;
  if (values === undefined) return noValues(rule);
  const receivers = memoPair(WITH_VALUE, model.parties, values, () =>
    model.parties.filter((p) => values.has(p.id)).map((p) => p.id),
  );
  return receivers.length === 0 ? noValues(rule) : receivers;
}

function noValues(rule: ProportionalRule & { by: "key" }): never {
  throw new ModelError(at(rule.path, "key"), "keyNoValues", { key: quoted(rule.key) });
}

const ALL_PARTIES: PairCache<readonly Party[], readonly Party[], readonly string[]> = new WeakMap();
const WITH_VALUE: PairCache<
  readonly Party[],
  ReadonlyMap<string, unknown>,
  readonly string[]
> = new WeakMap();
