import { at, ModelError } from "./ModelError";
import { expectList, expectObject, expectText, optionalText, required } from "./fields";
import type { Party } from "./types";
import { quoted } from "./quote";

/**
 * Reads `parties`: an ordered, non-empty list of `{ id, name, code? }` with unique ids.
 *
 * @example
 * parseParties([{ id: "2303", name: "Ragunda" }])[0]?.position; // 0
 */
export function parseParties(value: unknown): Party[] {
  const list = expectList(value, "parties");
  if (list.length === 0) throw new ModelError("parties", "noParties");
  const seen = new Set<string>();
  return list.map((raw, position) => {
    const path = at("parties", position);
    const object = expectObject(raw, path, ["id", "name", "code"]);
    const id = expectText(required(object, "id", path), at(path, "id"));
    if (seen.has(id)) throw new ModelError(at(path, "id"), "duplicatePartyId", { id: quoted(id) });
    seen.add(id);
    const name = expectText(required(object, "name", path), at(path, "name"));
    const code = optionalText(object.code, at(path, "code"));
    return code === undefined ? { id, name, position } : { id, name, code, position };
  });
}
