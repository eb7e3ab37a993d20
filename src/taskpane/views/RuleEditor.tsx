import type { RuleKind } from "../lineEdits";
import { RuleKindField } from "./rule/RuleKindField";
import { RuleKindFields } from "./rule/RuleKindFields";
import { useRuleStyles, type Json, type RuleWords } from "./rule/ruleParts";

export interface RuleEditorProps {
  readonly words: RuleWords;
  readonly rule: Json;
  readonly onRule: (rule: Json) => void;
  readonly keys: readonly string[];
  /** The model's groups: id → its members' party ids. */
  readonly groups: Readonly<Record<string, readonly string[]>>;
  /** Parties and groups that can receive a share. */
  readonly receivers: readonly { id: string; name: string }[];
  readonly label: string;
  /** The group whose part this rule splits, for a rule nested in a shares rule. */
  readonly scope?: string;
}

/**
 * One split rule, edited in fields: its kind, then what that kind needs, then
 * its bounds. A group's part in a shares rule is split by a rule of its own,
 * edited by a RuleEditor nested under the group's share.
 */
export function RuleEditor(props: RuleEditorProps) {
  const { words, rule, onRule, keys, label } = props;
  const styles = useRuleStyles();
  const kind = String(rule.by) as RuleKind;
  return (
    <div className={styles.root} role="group" aria-label={label}>
      <RuleKindField words={words} kind={kind} onRule={onRule} keys={keys} />
      <RuleKindFields kind={kind} editor={props} />
    </div>
  );
}
