import { Field, Input, Select } from "@fluentui/react-components";
import { setField } from "../../lineEdits";
import { useField } from "../../fields/useField";
import { KeyOptions } from "./KeyOptions";
import { Bound } from "./Bound";
import type { RulePartProps } from "./ruleFieldProps";
import { fieldText, useRuleStyles, type Json } from "./ruleParts";

/** A rule's minimum, maximum and largest decrease against a key (last year's amounts). */
export function Bounds({ words, rule, onRule, keys, parties }: RulePartProps) {
  const styles = useRuleStyles();
  const decrease = rule.maxDecrease as Json | undefined;
  const from = useField<HTMLSelectElement>("maxDecrease");
  const percent = useField("maxDecrease.percent");
  const chooseFrom = (from: string) =>
    onRule(
      setField(
        rule,
        "maxDecrease",
        from === "" ? "" : { from, percent: fieldText(decrease?.percent) || "10%" },
      ),
    );
  return (
    <div className={styles.row}>
      <Bound words={words} rule={rule} field="min" onRule={onRule} parties={parties} />
      <Bound words={words} rule={rule} field="max" onRule={onRule} parties={parties} />
      <Field label={words.maxDecrease} {...from.validation}>
        <Select ref={from.ref} value={fieldText(decrease?.from)} onChange={(_, d) => chooseFrom(d.value)}>
          <option value="">{words.none}</option>
          <KeyOptions keys={keys} />
        </Select>
      </Field>
      {decrease !== undefined && (
        <Field label={words.maxDecreasePercent} {...percent.validation}>
          <Input
            ref={percent.ref}
            value={fieldText(decrease.percent)}
            onChange={(_, d) => onRule(setField(rule, "maxDecrease", { ...decrease, percent: d.value }))}
          />
        </Field>
      )}
    </div>
  );
}
