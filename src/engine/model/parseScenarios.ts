import { describe } from "../exact/parseDecimal";
import { isRecord } from "../json/jsonNumber";
import { at, ModelError } from "./ModelError";
import { expectList, expectObject, expectText, optionalText, required } from "./fields";
import type { Scenario } from "./types";
import { quoted } from "./quote";

/**
 * Reads `scenarios`: an ordered list of `{ name, description?, patch }` with
 * unique names; each patch is a JSON Merge Patch object.
 *
 * @example
 * parseScenarios([{ name: "2020", patch: {} }])[0]?.name; // "2020"
 */
export function parseScenarios(value: unknown): Scenario[] {
  if (value === undefined) return [];
  const names = new Set<string>();
  return expectList(value, "scenarios").map((raw, index) => {
    const path = at("scenarios", index);
    const object = expectObject(raw, path, ["name", "description", "patch"]);
    const name = expectText(required(object, "name", path), at(path, "name"));
    if (names.has(name)) throw new ModelError(at(path, "name"), "duplicateScenario", { name: quoted(name) });
    names.add(name);
    const description = optionalText(object.description, at(path, "description"));
    const patch = required(object, "patch", path);
    if (!isRecord(patch))
      throw new ModelError(at(path, "patch"), "patchNotObject", { found: describe(patch) });
    return description === undefined ? { name, patch, path } : { name, description, patch, path };
  });
}
