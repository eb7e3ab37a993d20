import { createContext, useContext } from "react";

/** What people read for the ids a rule names: parties' names and keys' labels, by id. */
export interface RuleNames {
  readonly parties: ReadonlyMap<string, string>;
  readonly keys: ReadonlyMap<string, string>;
}

/** The names for the rule editor, provided by the lines view from the model; ids where there are none. */
export const RuleNamesContext = createContext<RuleNames>({ parties: new Map(), keys: new Map() });

/**
 * The names of a model's parties and keys, for the rule editor.
 *
 * @example
 * ruleNames({ parties: [{ id: "2303", name: "Ragunda" }], keys: { k: { label: "Folkmängd" } } }).keys.get("k"); // "Folkmängd"
 */
export function ruleNames(document: {
  readonly parties?: readonly { id: string; name: string }[];
  readonly keys?: Record<string, unknown>;
}): RuleNames {
  const keys = Object.entries(document.keys ?? {}).flatMap(([id, key]): [string, string][] => {
    const label = typeof key === "object" && key !== null ? (key as { label?: unknown }).label : undefined;
    return typeof label === "string" && label.trim() !== "" ? [[id, label]] : [];
  });
  return {
    parties: new Map((document.parties ?? []).map((p) => [p.id, typeof p.name === "string" ? p.name : p.id])),
    keys: new Map(keys),
  };
}

/**
 * A party's name and a key's label by id, as the rule editor shows them.
 *
 * @example
 * const names = useRuleNames(); names.key("folkmangd"); // "Folkmängd 31 dec 2024"
 */
export function useRuleNames() {
  const { parties, keys } = useContext(RuleNamesContext);
  return {
    party: (id: string) => parties.get(id) ?? id,
    key: (id: string) => keys.get(id) ?? id,
  };
}
