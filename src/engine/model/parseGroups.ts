import { isRecord } from "../json/jsonNumber";
import { describe } from "../exact/parseDecimal";
import { at, ModelError } from "./ModelError";
import { partyList } from "./partyList";
import type { Party } from "./types";

/**
 * Reads `groups`: group id → the party ids in it. A group id never equals a party id.
 *
 * @example
 * parseGroups({ kommunerna: ["2303"] }, parties).get("kommunerna"); // ["2303"]
 */
export function parseGroups(value: unknown, parties: ReadonlyMap<string, Party>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  if (value === undefined) return groups;
  if (!isRecord(value)) throw new ModelError("groups", "notObject", { found: describe(value) });
  for (const [id, members] of Object.entries(value)) {
    const path = at("groups", id);
    if (parties.has(id)) throw new ModelError(path, "groupIsParty");
    groups.set(id, partyList(members, path, parties));
  }
  return groups;
}
