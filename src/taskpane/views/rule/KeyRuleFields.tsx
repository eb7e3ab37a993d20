import { Field, Select } from "@fluentui/react-components";
import { setField } from "../../lineEdits";
import { AmongField } from "./AmongField";
import { fieldText, useRuleStyles, type Json, type RuleWords } from "./ruleParts";

interface KeyRuleFieldsProps {
  readonly words: RuleWords;
  readonly rule: Json;
  readonly onRule: (rule: Json) => void;
  readonly keys: readonly string[];
  readonly groups: readonly string[];
  readonly scope?: string;
}

/** A key rule's key and the receivers it splits among. */
export function KeyRuleFields({ words, rule, onRule, keys, groups, scope }: KeyRuleFieldsProps) {
  const styles = useRuleStyles();
  return (
    <div className={styles.row}>
      <Field label={words.key}>
        <Select value={fieldText(rule.key)} onChange={(_, d) => onRule(setField(rule, "key", d.value))}>
          {keys.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </Select>
      </Field>
      <AmongField words={words} rule={rule} onRule={onRule} groups={groups} scope={scope} />
    </div>
  );
}
