import { Field, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import type { LineStrings } from "../../lineStrings";
import { useField } from "../../fields/useField";
import type { LinesDocument } from "./linesDocument";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
});

interface RoundingFieldsProps {
  readonly words: LineStrings;
  readonly document: LinesDocument;
  readonly save: (next: LinesDocument) => void;
}

/** The model's rounding: the unit every amount is rounded to, and the method that places the remainder. */
export function RoundingFields({ words, document, save }: RoundingFieldsProps) {
  const styles = useStyles();
  const rounding = document.rounding ?? {};
  const unit = useField<HTMLSelectElement>("rounding.unit");
  const method = useField<HTMLSelectElement>("rounding.method");
  const set = (field: "unit" | "method", value: string) =>
    save({ ...document, rounding: { ...rounding, [field]: value } });
  return (
    <>
      <Subtitle2 as="h2">{words.rounding}</Subtitle2>
      <div className={styles.row}>
        <Field label={words.roundingUnit} {...unit.validation}>
          <Select
            ref={unit.ref}
            value={String(rounding.unit ?? "1")}
            onChange={(_, d) => set("unit", d.value)}
          >
            {Object.entries(words.units).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={words.method} {...method.validation}>
          <Select
            ref={method.ref}
            value={String(rounding.method ?? "largest-remainder")}
            onChange={(_, d) => set("method", d.value)}
          >
            {Object.entries(words.methods).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </>
  );
}
