import { Button, Caption1Strong, Field, Input, Select } from "@fluentui/react-components";
import { decimalComma, swedishAmount } from "../../../format/swedishAmount";
import { at } from "../../../engine/model/fieldPath";
import { FieldScope } from "../../fields/FieldScope";
import { useField } from "../../fields/useField";
import { modelDecimal } from "../../modelDecimal";
import { useRuleNames } from "./ruleNames";
import { ownField } from "../../../engine/json/ownField";
import { RuleEditor } from "../RuleEditor";
import type { PairsProps } from "./Pairs";
import { useRuleStyles, type Json } from "./ruleParts";

interface PairRowProps extends PairsProps {
  /** The receiver (or key) of this row. */
  readonly id: string;
  /** Its share, weight or amount: the text, or for a group's share `{ share, split }`. */
  readonly value: unknown;
  /** Writes the row's receiver and value back. */
  readonly onEntry: (id: string, value: unknown) => void;
  /** The value a newly chosen receiver gets, keeping the share typed. */
  readonly onChoose: (id: string, share: string) => unknown;
  readonly onRemove: () => void;
}

/** A pair's value as typed: the share of a group's entry, or the entry itself. */
function shareOf(value: unknown): string {
  return typeof value === "object" && value !== null
    ? String((value as Json).share ?? "")
    : String(value ?? "");
}

/** A share or weight as a field shows it ("0,25", "1/4", "25%"), an amount the Swedish way ("100 000"). */
function shown(field: PairsProps["field"], typed: string): string {
  return field === "shares" || field === "weights" ? decimalComma(typed) : swedishAmount(typed);
}

/** What people read for a choice: a receiver's or party's name, a key's label, "lika delar" for equal parts. */
function useChoiceName(props: PairRowProps): (choice: string) => string {
  const names = useRuleNames();
  return (choice) => {
    const given = props.names?.get(choice);
    if (given !== undefined) return given;
    if (props.field !== "weights") return names.party(choice);
    return choice === "equal" ? props.words.equalParts : names.key(choice);
  };
}

/** One receiver (or key) with its share (or weight), and for a group the rule splitting its part. */
export function PairRow(props: PairRowProps) {
  const { words, field, choices, valueLabel, nested, id, value, onEntry, onChoose, onRemove } = props;
  const styles = useRuleStyles();
  const members = ownField(nested?.groups, id) as readonly string[] | undefined;
  const name = useChoiceName(props);
  const input = useField(at(field, id));
  return (
    <div className={styles.root}>
      <div className={styles.topRow}>
        <Field label={field === "weights" ? words.key : words.receiver}>
          <Select value={id} onChange={(_, d) => onEntry(d.value, onChoose(d.value, shareOf(value)))}>
            {choices.map((c) => (
              <option key={c} value={c}>
                {name(c)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={valueLabel} {...input.validation}>
          <Input
            ref={input.ref}
            value={shown(field, shareOf(value))}
            onChange={(_, d) => {
              const typed = modelDecimal(d.value);
              onEntry(id, members === undefined ? typed : { ...(value as Json), share: typed });
            }}
          />
        </Field>
        <Button className={styles.besideField} onClick={onRemove}>
          {words.removeRow}
        </Button>
      </div>
      {members !== undefined && nested !== undefined && (
        <div className={styles.nested}>
          <Caption1Strong>{words.groupSplit(id)}</Caption1Strong>
          <FieldScope path={at(at(field, id), "split")}>
            <RuleEditor
              {...nested}
              label={words.groupSplit(id)}
              scope={id}
              rule={((value as Json).split ?? { by: "equal" }) as Json}
              onRule={(split) => onEntry(id, { share: shareOf(value), split })}
              receivers={nested.receivers.filter((r) => members.includes(r.id))}
            />
          </FieldScope>
        </div>
      )}
    </div>
  );
}
