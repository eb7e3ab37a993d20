import { Field, Select } from "@fluentui/react-components";
import { setField } from "../../lineEdits";
import { useField } from "../../fields/useField";
import { KeyOptions } from "./KeyOptions";
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
  const field = useField<HTMLSelectElement>("key");
  return (
    <div className={styles.row}>
      <Field label={words.key} {...field.validation}>
        <Select
          ref={field.ref}
          value={fieldText(rule.key)}
          onChange={(_, d) => onRule(setField(rule, "key", d.value))}
        >
          <KeyOptions keys={keys} />
        </Select>
      </Field>
      <AmongField words={words} rule={rule} onRule={onRule} groups={groups} scope={scope} />
    </div>
  );
}
