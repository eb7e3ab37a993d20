import { Caption1, Caption1Strong, Field, Select } from "@fluentui/react-components";
import { restChoice, setField, setRest } from "../../lineEdits";
import { FieldScope } from "../../fields/FieldScope";
import { useField } from "../../fields/useField";
import { KeyOptions } from "./KeyOptions";
import { Bounds } from "./Bounds";
import { Pairs } from "./Pairs";
import type { RulePartProps } from "./ruleFieldProps";
import { useRuleStyles, type Json } from "./ruleParts";

/**
 * A fixed rule's rest (none, equal parts, a key or a mixed key) and, once it
 * has one, bounds on each party's whole amount: its fixed amount plus its
 * part of the rest (MODEL.md), such as the state's Finsam floor.
 */
export function FixedRest({ words, rule, onRule, keys, parties }: RulePartProps) {
  const styles = useRuleStyles();
  const rest = rule.rest as Json | undefined;
  const field = useField<HTMLSelectElement>("rest");
  return (
    <>
      <div className={styles.row}>
        <Field label={words.rest} {...field.validation}>
          <Select
            ref={field.ref}
            value={restChoice(rule)}
            onChange={(_, d) => onRule(setRest(rule, d.value, keys))}
          >
            <option value="">{words.noRest}</option>
            <option value="equal">{words.equalParts}</option>
            <KeyOptions keys={keys} prefix="key:" />
            <option value="weights">{words.restWeights}</option>
          </Select>
        </Field>
      </div>
      {rest?.by === "weights" && (
        <div className={styles.nested} role="group" aria-label={words.restWeightsLabel}>
          <FieldScope path="rest">
            <Pairs
              words={words}
              rule={rest}
              field="weights"
              choices={["equal", ...keys]}
              onRule={(next) => onRule(setField(rule, "rest", next))}
              addLabel={words.addWeight}
              valueLabel={words.weight}
            />
          </FieldScope>
        </div>
      )}
      {rest !== undefined && (
        <div className={styles.nested} role="group" aria-label={words.wholeBounds}>
          <Caption1Strong block>{words.wholeBounds}</Caption1Strong>
          <Caption1 block>{words.wholeBoundsHint}</Caption1>
          <Bounds words={words} rule={rule} onRule={onRule} keys={keys} parties={parties} />
        </div>
      )}
    </>
  );
}
