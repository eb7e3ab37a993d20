import { at, ModelError } from "./ModelError";
import type { ParseContext } from "./context";
import { partyList } from "./partyList";
import type { Among } from "./types";
import { quoted } from "./quote";

/**
 * Reads a rule's `among`: a group id or a list of party ids; left out, the
 * default of where the rule stands.
 *
 * @example
 * parseAmong({ among: "kommunerna" }, "lines.a.split", context); // { kind: "parties", parties: [...] }
 */
export function parseAmong(rule: Record<string, unknown>, path: string, context: ParseContext): Among {
  const value = rule.among;
  const amongPath = at(path, "among");
  if (value === undefined) return { kind: "default" };
  if (typeof value === "string") {
    const members = context.groups.get(value);
    if (members === undefined) throw new ModelError(amongPath, "noGroup", { group: quoted(value) });
    return { kind: "parties", parties: members, path: amongPath };
  }
  return { kind: "parties", parties: partyList(value, amongPath, context.partyById), path: amongPath };
}
