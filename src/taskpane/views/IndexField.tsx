import { Field, Select } from "@fluentui/react-components";

export interface IndexFieldProps {
  readonly label: string;
  /** The names to choose among; the choice is a name's place in this list. */
  readonly names: readonly string[];
  readonly value: number;
  readonly onChange: (index: number) => void;
  readonly className?: string;
}

/** A labelled drop-down of names, chosen by place: scenarios, where names may repeat. */
export function IndexField({ label, names, value, onChange, className }: IndexFieldProps) {
  return (
    <Field label={label} {...(className === undefined ? {} : { className })}>
      <Select value={String(value)} onChange={(_, data) => onChange(Number(data.value))}>
        {names.map((name, i) => (
          <option key={`${name}-${i}`} value={i}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
