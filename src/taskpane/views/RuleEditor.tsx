import {
  Button,
  Caption1,
  Caption1Strong,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from "@fluentui/react-components";
import { JsonNumber } from "../../engine/json/jsonNumber";
import { ownField } from "../../engine/json/ownField";
import {
  fixedSource,
  newRule,
  restChoice,
  setField,
  setFixedSource,
  setRest,
  type RuleKind,
} from "../lineEdits";
import type { LineStrings } from "../lineStrings";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  nested: {
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
});

type Json = Record<string, unknown>;

export interface RuleEditorProps {
  readonly words: Strings & LineStrings;
  readonly rule: Json;
  readonly onRule: (rule: Json) => void;
  readonly keys: readonly string[];
  /** The model's groups: id → its members' party ids. */
  readonly groups: Readonly<Record<string, readonly string[]>>;
  /** Parties and groups that can receive a share. */
  readonly receivers: readonly { id: string; name: string }[];
  readonly label: string;
  /** The group whose part this rule splits, for a rule nested in a shares rule. */
  readonly scope?: string;
}

/**
 * One split rule, edited in fields: its kind, then what that kind needs, then
 * its bounds. A group's part in a shares rule is split by a rule of its own,
 * edited by a RuleEditor nested under the group's share.
 */
export function RuleEditor(props: RuleEditorProps) {
  const { words, rule, onRule, keys, receivers, label, scope } = props;
  const styles = useStyles();
  const kind = String(rule.by) as RuleKind;
  const groups = Object.keys(props.groups);
  const parties = receivers.filter((r) => !groups.includes(r.id)).map((r) => r.id);
  const text = (value: unknown) =>
    typeof value === "string" || typeof value === "number" || value instanceof JsonNumber
      ? String(value)
      : "";
  const among = (
    <Field label={words.among}>
      <Select
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
  return (
    <div className={styles.root} role="group" aria-label={label}>
      <Field label={words.ruleKind}>
        <Select value={kind} onChange={(_, d) => onRule(newRule(d.value as RuleKind, keys))}>
          {Object.entries(words.kinds).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      {kind === "key" && (
        <div className={styles.row}>
          <Field label={words.key}>
            <Select value={text(rule.key)} onChange={(_, d) => onRule(setField(rule, "key", d.value))}>
              {keys.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </Select>
          </Field>
          {among}
        </div>
      )}
      {kind === "equal" && among}
      {kind === "weights" && (
        <Pairs
          words={words}
          rule={rule}
          field="weights"
          choices={["equal", ...keys]}
          onRule={onRule}
          addLabel={words.addWeight}
          valueLabel={words.weight}
        />
      )}
      {kind === "shares" && (
        <Pairs
          words={words}
          rule={rule}
          field="shares"
          choices={receivers.map((r) => r.id)}
          names={new Map(receivers.map((r) => [r.id, r.name]))}
          onRule={onRule}
          addLabel={words.addShare}
          valueLabel={words.share}
          nested={props}
        />
      )}
      {kind === "fixed" && (
        <FixedAmounts words={words} rule={rule} onRule={onRule} keys={keys} parties={parties} />
      )}
      {kind === "fixed" && (
        <FixedRest words={words} rule={rule} onRule={onRule} keys={keys} parties={parties} />
      )}
      {(kind === "key" || kind === "equal" || kind === "weights") && (
        <Bounds words={words} rule={rule} onRule={onRule} keys={keys} parties={parties} />
      )}
    </div>
  );
}

interface PairsProps {
  readonly words: Strings & LineStrings;
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
function Pairs({ words, rule, field, choices, names, onRule, addLabel, valueLabel, nested }: PairsProps) {
  const styles = useStyles();
  const entries = Object.entries((rule[field] ?? {}) as Json);
  const write = (next: [string, unknown][]) => onRule({ ...rule, [field]: Object.fromEntries(next) });
  const shareOf = (value: unknown) =>
    typeof value === "object" && value !== null ? String((value as Json).share ?? "") : String(value ?? "");
  // A group's share carries the rule that splits it among the group's members.
  const entryFor = (id: string, share: string) =>
    ownField(nested?.groups, id) === undefined ? share : { share, split: { by: "equal" } };
  return (
    <>
      {entries.map(([id, value], i) => {
        const members = ownField(nested?.groups, id) as readonly string[] | undefined;
        const setEntry = (next: unknown) => write(entries.map((e, j) => (j === i ? [id, next] : e)));
        return (
          <div key={`${id}-${i}`} className={styles.root}>
            <div className={styles.row}>
              <Field label={field === "weights" ? words.key : words.receiver}>
                <Select
                  value={id}
                  onChange={(_, d) =>
                    write(entries.map((e, j) => (j === i ? [d.value, entryFor(d.value, shareOf(value))] : e)))
                  }
                >
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
                    setEntry(members === undefined ? d.value : { ...(value as Json), share: d.value })
                  }
                />
              </Field>
              <Button onClick={() => write(entries.filter((_, j) => j !== i))}>{words.removeRow}</Button>
            </div>
            {members !== undefined && nested !== undefined && (
              <div className={styles.nested}>
                <Caption1Strong>{words.groupSplit(id)}</Caption1Strong>
                <RuleEditor
                  {...nested}
                  label={words.groupSplit(id)}
                  scope={id}
                  rule={((value as Json).split ?? { by: "equal" }) as Json}
                  onRule={(split) => setEntry({ share: shareOf(value), split })}
                  receivers={nested.receivers.filter((r) => members.includes(r.id))}
                />
              </div>
            )}
          </div>
        );
      })}
      <Button
        onClick={() => {
          const free = choices.find((c) => !entries.some(([id]) => id === c));
          if (free === undefined) return;
          write([...entries, [free, entryFor(free, "0")]]);
        }}
      >
        {addLabel}
      </Button>
    </>
  );
}

interface FixedAmountsProps {
  readonly words: Strings & LineStrings;
  readonly rule: Json;
  readonly onRule: (rule: Json) => void;
  readonly keys: readonly string[];
  readonly parties: readonly string[];
}

/** A fixed rule's amounts: a key's values ("same as last year"), times an index factor if given, or typed per party. */
function FixedAmounts({ words, rule, onRule, keys, parties }: FixedAmountsProps) {
  const styles = useStyles();
  const source = fixedSource(rule);
  return (
    <>
      <div className={styles.row}>
        <Field label={words.fixedFrom}>
          <Select
            value={source.key ?? ""}
            onChange={(_, d) => onRule(setFixedSource(rule, d.value || undefined, source.factor))}
          >
            <option value="">{words.perParty}</option>
            {keys.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </Select>
        </Field>
        {source.key !== undefined && (
          <Field label={words.factor} hint={words.factorHint}>
            <Input
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

interface FixedRestProps {
  readonly words: Strings & LineStrings;
  readonly rule: Json;
  readonly onRule: (rule: Json) => void;
  readonly keys: readonly string[];
  readonly parties: readonly string[];
}

/**
 * A fixed rule's rest (none, equal parts, a key or a mixed key) and, once it
 * has one, bounds on each party's whole amount: its fixed amount plus its
 * part of the rest (MODEL.md), such as the state's Finsam floor.
 */
function FixedRest({ words, rule, onRule, keys, parties }: FixedRestProps) {
  const styles = useStyles();
  const rest = rule.rest as Json | undefined;
  return (
    <>
      <div className={styles.row}>
        <Field label={words.rest}>
          <Select value={restChoice(rule)} onChange={(_, d) => onRule(setRest(rule, d.value, keys))}>
            <option value="">{words.noRest}</option>
            <option value="equal">{words.equalParts}</option>
            {keys.map((k) => (
              <option key={k} value={`key:${k}`}>
                {k}
              </option>
            ))}
            <option value="weights">{words.restWeights}</option>
          </Select>
        </Field>
      </div>
      {rest?.by === "weights" && (
        <div className={styles.nested} role="group" aria-label={words.restWeightsLabel}>
          <Pairs
            words={words}
            rule={rest}
            field="weights"
            choices={["equal", ...keys]}
            onRule={(next) => onRule(setField(rule, "rest", next))}
            addLabel={words.addWeight}
            valueLabel={words.weight}
          />
        </div>
      )}
      {rest !== undefined && (
        <div className={styles.nested} role="group" aria-label={words.wholeBounds}>
          <Caption1Strong>{words.wholeBounds}</Caption1Strong>
          <Caption1>{words.wholeBoundsHint}</Caption1>
          <Bounds words={words} rule={rule} onRule={onRule} keys={keys} parties={parties} />
        </div>
      )}
    </>
  );
}

/** A rule's minimum, maximum and largest decrease against a key (last year's amounts). */
function Bounds({ words, rule, onRule, keys, parties }: FixedRestProps) {
  const styles = useStyles();
  const text = (value: unknown) =>
    typeof value === "string" || typeof value === "number" || value instanceof JsonNumber
      ? String(value)
      : "";
  const decrease = rule.maxDecrease as Json | undefined;
  return (
    <div className={styles.row}>
      <Bound words={words} rule={rule} field="min" onRule={onRule} parties={parties} />
      <Bound words={words} rule={rule} field="max" onRule={onRule} parties={parties} />
      <Field label={words.maxDecrease}>
        <Select
          value={text(decrease?.from)}
          onChange={(_, d) =>
            onRule(
              setField(
                rule,
                "maxDecrease",
                d.value === "" ? "" : { from: d.value, percent: text(decrease?.percent) || "10%" },
              ),
            )
          }
        >
          <option value="">{words.none}</option>
          {keys.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </Select>
      </Field>
      {decrease !== undefined && (
        <Field label={words.maxDecreasePercent}>
          <Input
            value={text(decrease.percent)}
            onChange={(_, d) => onRule(setField(rule, "maxDecrease", { ...decrease, percent: d.value }))}
          />
        </Field>
      )}
    </div>
  );
}

interface BoundProps {
  readonly words: Strings & LineStrings;
  readonly rule: Json;
  readonly field: "min" | "max";
  readonly onRule: (rule: Json) => void;
  readonly parties: readonly string[];
}

/** A lower or upper bound: none, one amount for every receiver, or an amount per party. */
function Bound({ words, rule, field, onRule, parties }: BoundProps) {
  const styles = useStyles();
  const value = rule[field];
  const label = field === "min" ? words.min : words.max;
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
      <Field label={label}>
        <Input
          value={
            typeof value === "string" || typeof value === "number" || value instanceof JsonNumber
              ? String(value)
              : ""
          }
          onChange={(_, d) => onRule(setField(rule, field, d.value))}
        />
      </Field>
      <Button onClick={() => onRule(setField(rule, field, {}))}>{words.perPartyBound(label)}</Button>
    </div>
  );
}
