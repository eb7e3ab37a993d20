import { Button, Field, Input } from "@fluentui/react-components";
import { setField } from "../../lineEdits";
import { swedishAmount } from "../../../format/swedishAmount";
import { useField } from "../../fields/useField";
import { modelDecimal } from "../../modelDecimal";
import { Pairs } from "./Pairs";
import { fieldText, useRuleStyles, type Json, type RuleWords } from "./ruleParts";

interface BoundProps {
  readonly words: RuleWords;
  readonly rule: Json;
  readonly field: "min" | "max";
  readonly onRule: (rule: Json) => void;
  readonly parties: readonly string[];
}

/** A lower or upper bound: none, one amount for every receiver, or an amount per party. */
export function Bound({ words, rule, field, onRule, parties }: BoundProps) {
  const styles = useRuleStyles();
  const value = rule[field];
  const label = field === "min" ? words.min : words.max;
  const single = useField(field);
  if (typeof value === "object" && value !== null)
    return (
      <div className={styles.root} role="group" aria-label={words.perPartyBound(label)}>
        <Pairs
          words={words}
          rule={rule}
          field={field}
          choices={parties}
          onRule={onRule}
          addLabel={words.addBound(label)}
          valueLabel={label}
        />
        <Button onClick={() => onRule(setField(rule, field, ""))}>{words.sameForAll(label)}</Button>
      </div>
    );
  return (
    <div className={styles.root}>
      <Field label={label} {...single.validation}>
        <Input
          ref={single.ref}
          // An amount shown the Swedish way ("100 000") and read back exactly ("100000").
          value={swedishAmount(fieldText(value))}
          onChange={(_, d) => onRule(setField(rule, field, modelDecimal(d.value)))}
        />
      </Field>
      <Button onClick={() => onRule(setField(rule, field, {}))}>{words.perPartyBound(label)}</Button>
    </div>
  );
}
