import { Field, Input, Select } from "@fluentui/react-components";
import { fixedSource, setFixedSource } from "../../lineEdits";
import { useField } from "../../fields/useField";
import { KeyOptions } from "./KeyOptions";
import { Pairs } from "./Pairs";
import type { RulePartProps } from "./ruleFieldProps";
import { useRuleStyles } from "./ruleParts";

/** A fixed rule's amounts: a key's values ("same as last year"), times an index factor if given, or typed per party. */
export function FixedAmounts({ words, rule, onRule, keys, parties }: RulePartProps) {
  const styles = useRuleStyles();
  const source = fixedSource(rule);
  const from = useField<HTMLSelectElement>("amounts");
  const factor = useField("amounts.factor");
  return (
    <>
      <div className={styles.row}>
        <Field label={words.fixedFrom} {...from.validation}>
          <Select
            ref={from.ref}
            value={source.key ?? ""}
            onChange={(_, d) => onRule(setFixedSource(rule, d.value || undefined, source.factor))}
          >
            <option value="">{words.perParty}</option>
            <KeyOptions keys={keys} />
          </Select>
        </Field>
        {source.key !== undefined && (
          <Field label={words.factor} hint={words.factorHint} {...factor.validation}>
            <Input
              ref={factor.ref}
              value={source.factor}
              onChange={(_, d) => onRule(setFixedSource(rule, source.key, d.value))}
            />
          </Field>
        )}
      </div>
      {source.key === undefined && (
        <Pairs
          words={words}
          rule={rule}
          field="amounts"
          choices={parties}
          onRule={onRule}
          addLabel={words.addAmount}
          valueLabel={words.fixedAmount}
        />
      )}
    </>
  );
}
