import { commonForm } from "../exact/commonForm";
import { isRecord } from "../json/jsonNumber";
import { describe, parseDecimal, plainWhole } from "../exact/parseDecimal";
import type { Rational } from "../exact/rational";
import { at, ModelError } from "./ModelError";
import { expectObject, optionalText, required } from "./fields";
import type { Reuse } from "./earlierModel";
import type { Key, Party } from "./types";
import { quoted } from "./quote";

/** In `weights`, "equal" means equal parts, so no key may be called that. */
export const EQUAL_PARTS = "equal";

/**
 * Reads `keys`: key id → `{ label?, unit?, source?, date?, values }`, where
 * values are non-negative decimals for known parties. With `reuse`, a key
 * an earlier model read from the same object is taken over, not read again.
 *
 * @example
 * parseKeys({ pop: { values: { a: 5146 } } }, parties).get("pop")?.values.get("a")?.toString(); // "5146"
 */
export function parseKeys(
  value: unknown,
  parties: ReadonlyMap<string, Party>,
  reuse?: Reuse<Key>,
): Map<string, Key> {
  const keys = new Map<string, Key>();
  if (value === undefined) return keys;
  if (!isRecord(value)) throw new ModelError("keys", "notObject", { found: describe(value) });
  for (const [id, raw] of Object.entries(value)) {
    keys.set(id, reuse?.(id, raw) ?? parseKey(id, raw, parties));
  }
  return keys;
}

function parseKey(id: string, raw: unknown, parties: ReadonlyMap<string, Party>): Key {
  const path = at("keys", id);
  if (id === EQUAL_PARTS) throw new ModelError(path, "reservedKey", { id: EQUAL_PARTS });
  const object = expectObject(raw, path, ["label", "unit", "source", "date", "values"]);
  const valuesPath = at(path, "values");
  const rawValues = required(object, "values", path);
  if (!isRecord(rawValues)) throw new ModelError(valuesPath, "notObject", { found: describe(rawValues) });
  const values = new Map<string, Rational>();
  for (const [party, text] of Object.entries(rawValues)) {
    if (!parties.has(party))
      throw new ModelError(at(valuesPath, party), "notAParty", { party: quoted(party) });
    // A plain whole number needs neither the general reading nor, as it cannot be refused, its path.
    values.set(party, plainWhole(text) ?? keyValue(text, at(valuesPath, party)));
  }
  const { numerators, denominator } = commonForm([...values.values()]);
  const integers = new Map([...values.keys()].map((party, i) => [party, numerators[i] ?? 0n]));
  const key: Key = { id, values, integers, scale: denominator, path };
  return withTexts(key, object, path);
}

/** A key value that is not a plain whole number: any decimal, not negative. */
function keyValue(text: unknown, path: string): Rational {
  const number = parseDecimal(text, path);
  if (number.sign() < 0) throw new ModelError(path, "negativeKeyValue", { value: describe(text) });
  return number;
}

function withTexts(key: Key, object: Record<string, unknown>, path: string): Key {
  const texts: Record<string, string> = {};
  for (const field of ["label", "unit", "source", "date"] as const) {
    const text = optionalText(object[field], at(path, field));
    if (text !== undefined) texts[field] = text;
  }
  return { ...key, ...texts };
}
