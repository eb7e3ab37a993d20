import type { Json, RuleWords } from "./ruleParts";

/** What the parts of a fixed rule and a rule's bounds are given. */
export interface RulePartProps {
  readonly words: RuleWords;
  readonly rule: Json;
  readonly onRule: (rule: Json) => void;
  readonly keys: readonly string[];
  /** The parties (not groups) that can receive an amount. */
  readonly parties: readonly string[];
}
