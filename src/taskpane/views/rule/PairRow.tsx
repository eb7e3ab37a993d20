import { Button, Caption1Strong, Field, Input, Select } from "@fluentui/react-components";
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

/** One receiver (or key) with its share (or weight), and for a group the rule splitting its part. */
export function PairRow(props: PairRowProps) {
  const { words, field, choices, names, valueLabel, nested, id, value, onEntry, onChoose, onRemove } = props;
  const styles = useRuleStyles();
  const members = ownField(nested?.groups, id) as readonly string[] | undefined;
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field label={field === "weights" ? words.key : words.receiver}>
          <Select value={id} onChange={(_, d) => onEntry(d.value, onChoose(d.value, shareOf(value)))}>
            {choices.map((c) => (
              <option key={c} value={c}>
                {names?.get(c) ?? c}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={valueLabel}>
          <Input
            value={shareOf(value)}
            onChange={(_, d) =>
              onEntry(id, members === undefined ? d.value : { ...(value as Json), share: d.value })
            }
          />
        </Field>
        <Button onClick={onRemove}>{words.removeRow}</Button>
      </div>
      {members !== undefined && nested !== undefined && (
        <div className={styles.nested}>
          <Caption1Strong>{words.groupSplit(id)}</Caption1Strong>
          <RuleEditor
            {...nested}
            label={words.groupSplit(id)}
            scope={id}
            rule={((value as Json).split ?? { by: "equal" }) as Json}
            onRule={(split) => onEntry(id, { share: shareOf(value), split })}
            receivers={nested.receivers.filter((r) => members.includes(r.id))}
          />
        </div>
      )}
    </div>
  );
}
