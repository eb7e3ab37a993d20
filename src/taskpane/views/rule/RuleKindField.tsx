import { Field, Select } from "@fluentui/react-components";
import { newRule, type RuleKind } from "../../lineEdits";
import { useField } from "../../fields/useField";
import type { Json, RuleWords } from "./ruleParts";

interface RuleKindFieldProps {
  readonly words: RuleWords;
  readonly kind: RuleKind;
  readonly onRule: (rule: Json) => void;
  readonly keys: readonly string[];
}

/** The rule's kind; choosing another starts a new rule of that kind. */
export function RuleKindField({ words, kind, onRule, keys }: RuleKindFieldProps) {
  const field = useField<HTMLSelectElement>("by");
  return (
    <Field label={words.ruleKind} {...field.validation}>
      <Select ref={field.ref} value={kind} onChange={(_, d) => onRule(newRule(d.value as RuleKind, keys))}>
        {Object.entries(words.kinds).map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
