import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { ownField } from "../../../engine/json/ownField";
import type { RuleEditorProps } from "../RuleEditor";
import { useField } from "../../fields/useField";
import { PairRow } from "./PairRow";
import type { Json, RuleWords } from "./ruleParts";

const useStyles = makeStyles({ problem: { color: tokens.colorPaletteRedForeground1 } });

export interface PairsProps {
  readonly words: RuleWords;
  readonly rule: Json;
  readonly field: "weights" | "shares" | "amounts" | "min" | "max";
  readonly choices: readonly string[];
  /** What people read for a choice: a party's name, not its id; the id where there is none. */
  readonly names?: ReadonlyMap<string, string>;
  readonly onRule: (rule: Json) => void;
  readonly addLabel: string;
  readonly valueLabel: string;
  /** For shares: the outer rule's editor, whose groups each get a nested rule. */
  readonly nested?: RuleEditorProps;
}

/** Rows of receiver (or key) and its share (or weight): "1/4", "25%" or "0.25". */
export function Pairs(props: PairsProps) {
  const { rule, field, choices, onRule, addLabel, nested } = props;
  const entries = Object.entries((rule[field] ?? {}) as Json);
  // A problem with the whole list sits on its last entry, or with none on the button that adds one.
  const list = useField<HTMLButtonElement>(field);
  const styles = useStyles();
  const problemId = useId();
  const problem = entries.length === 0 ? list.validation.validationMessage : undefined;
  const write = (next: [string, unknown][]) => onRule({ ...rule, [field]: Object.fromEntries(next) });
  // A group's share carries the rule that splits it among the group's members.
  const entryFor = (id: string, share: string) =>
    ownField(nested?.groups, id) === undefined ? share : { share, split: { by: "equal" } };
  const add = () => {
    const free = choices.find((c) => !entries.some(([id]) => id === c));
    if (free !== undefined) write([...entries, [free, entryFor(free, "0")]]);
  };
  return (
    <>
      {entries.map(([id, value], i) => (
        <PairRow
          key={`${id}-${i}`}
          {...props}
          id={id}
          value={value}
          onEntry={(nextId, next) => write(entries.map((e, j) => (j === i ? [nextId, next] : e)))}
          onChoose={(nextId, share) => entryFor(nextId, share)}
          onRemove={() => write(entries.filter((_, j) => j !== i))}
        />
      ))}
      <Button
        ref={list.ref}
        onClick={add}
        {...(problem === undefined ? {} : { "aria-describedby": problemId })}
      >
        {addLabel}
      </Button>
      {problem !== undefined && (
        <Caption1 id={problemId} className={styles.problem}>
          {problem}
        </Caption1>
      )}
    </>
  );
}
