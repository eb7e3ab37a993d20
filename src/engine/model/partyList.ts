import { describe } from "../exact/parseDecimal";
import { at, ModelError } from "./ModelError";
import { expectList } from "./fields";
import type { Party } from "./types";
import { quoted } from "./quote";

/**
 * Reads a list of party ids: each must name a party, once.
 *
 * @example
 * partyList(["a"], "groups.g", new Map([["a", party]])); // ["a"]
 */
export function partyList(value: unknown, path: string, parties: ReadonlyMap<string, Party>): string[] {
  const list = expectList(value, path);
  if (list.length === 0) throw new ModelError(path, "emptyPartyList");
  const seen = new Set<string>();
  return list.map((id, index) => {
    const itemPath = at(path, index);
    if (typeof id !== "string" || !parties.has(id)) {
      throw new ModelError(itemPath, "notAParty", { party: describe(id) });
    }
    if (seen.has(id)) throw new ModelError(itemPath, "listedTwice", { party: quoted(id) });
    seen.add(id);
    return id;
  });
}
