import { Field, Select } from "@fluentui/react-components";
import { setField } from "../../lineEdits";
import { useField } from "../../fields/useField";
import type { Json, RuleWords } from "./ruleParts";

interface AmongFieldProps {
  readonly words: RuleWords;
  readonly rule: Json;
  readonly onRule: (rule: Json) => void;
  /** The model's group ids. */
  readonly groups: readonly string[];
  /** The group whose part this rule splits, for a rule nested in a shares rule. */
  readonly scope?: string;
}

/** Which receivers a key or equal rule splits among: every party (or the scope's members) or one group. */
export function AmongField({ words, rule, onRule, groups, scope }: AmongFieldProps) {
  const field = useField<HTMLSelectElement>("among");
  return (
    <Field label={words.among} {...field.validation}>
      <Select
        ref={field.ref}
        value={typeof rule.among === "string" ? rule.among : ""}
        onChange={(_, d) => onRule(setField(rule, "among", d.value))}
      >
        <option value="">{scope === undefined ? words.amongDefault : words.amongGroup(scope)}</option>
        {groups.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </Select>
    </Field>
  );
}
