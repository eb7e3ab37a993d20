import { swedishAmount } from "../../format/swedishAmount";
import { Caption1, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { stringifyModel } from "../../engine/json/modelJson";
import { defineField } from "../../engine/json/mergePatch";
import { ownField } from "../../engine/json/ownField";
import { at } from "../../engine/model/fieldPath";
import { useField, useFlagged, useWantedField } from "../fields/useField";
import { modelDecimal } from "../modelDecimal";
import { parseModelText } from "../parseModelText";
import type { ScenarioStrings } from "../scenarioStrings";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type Json = Record<string, unknown>;
type Document = Json & {
  keys?: Record<string, Json & { values?: Json; label?: unknown }>;
  parties?: { id: string; name: string }[];
};

export interface KeyValuesEditorProps {
  readonly words: Pick<Strings, "invalidModel"> & Pick<ScenarioStrings, "key" | "noKeys" | "inBase">;
  readonly text: string;
  readonly onText: (text: string) => void;
  /** The base model, to show its value beside a value that differs. */
  readonly base?: Document;
}

/** A key value the Swedish way ("64 979", "0,5"); what is not a number, as typed. */
function shown(value: unknown): string {
  return value === undefined ? "" : swedishAmount(String(value));
}

/** What people read for a key: its label, or its id where it has none. */
export function keyLabel(document: Document | undefined, key: string): string {
  const label = ownField(document?.keys, key) as { label?: unknown } | undefined;
  return typeof label?.label === "string" && label.label.trim() !== "" ? label.label : key;
}

/** The key chosen to edit: the first at first, and the key of a value the user is sent to (a refusal, a summary link). */
function useChosenKey(first: string) {
  const [chosen, setChosen] = useState(first);
  const wanted = useWantedField()?.key;
  useEffect(() => {
    if (wanted !== undefined) setChosen(wanted);
  }, [wanted]);
  return [chosen, setChosen] as const;
}

/**
 * The parties a key's editor shows: those the key covers, in the base or the
 * scenario (and a value just cleared stays, to be typed again), or one whose
 * missing value a refusal names; all of them for a key without values yet.
 */
function coveredParties<P extends { id: string }>(
  parties: readonly P[],
  shown: (id: string) => boolean,
): readonly P[] {
  const inKey = parties.filter((p) => shown(p.id));
  return inKey.length > 0 ? inKey : parties;
}

/** One key's values, party by party, each in its own field. */
export function KeyValuesEditor({ words, text, onText, base }: KeyValuesEditorProps) {
  const styles = useStyles();
  const document = parseModelText<Document>(text);
  const keys = Object.keys(document?.keys ?? {});
  const [chosen, setChosen] = useChosenKey(keys[0] ?? "");
  const flagged = useFlagged();
  const seen = useRef(new Set<string>());
  const keyField = useField<HTMLSelectElement>(at("keys", keys.includes(chosen) ? chosen : (keys[0] ?? "")));
  if (document === undefined) return <Caption1>{words.invalidModel}</Caption1>;
  if (keys.length === 0) return <Caption1>{words.noKeys}</Caption1>;
  const key = keys.includes(chosen) ? chosen : (keys[0] ?? "");
  const values = document.keys?.[key]?.values ?? {};
  const before = base?.keys?.[key]?.values ?? {};
  const valuePath = (party: string) => at(at(at("keys", key), "values"), party);
  const covered = coveredParties(document.parties ?? [], (id) =>
    [
      Object.hasOwn(values, id),
      Object.hasOwn(before, id),
      flagged(valuePath(id)),
      seen.current.has(`${key}\n${id}`),
    ].some(Boolean),
  );
  for (const p of covered) seen.current.add(`${key}\n${p.id}`);
  const set = (party: string, typed: string) => {
    const next = { ...values };
    if (typed.trim() === "") delete next[party];
    else defineField(next, party, modelDecimal(typed));
    const keysNow = document.keys ?? {};
    onText(stringifyModel({ ...document, keys: { ...keysNow, [key]: { ...keysNow[key], values: next } } }));
  };
  return (
    <div className={styles.root}>
      <Field label={words.key} {...keyField.validation}>
        <Select ref={keyField.ref} value={key} onChange={(_, d) => setChosen(d.value)}>
          {keys.map((k) => (
            <option key={k} value={k}>
              {keyLabel(document, k)}
            </option>
          ))}
        </Select>
      </Field>
      {covered.map((party) => (
        <KeyValueField
          key={party.id}
          path={valuePath(party.id)}
          label={party.name}
          value={ownField(values, party.id)}
          {...(base === undefined ? {} : { inBase: words.inBase(shown(ownField(before, party.id)) || "–") })}
          differs={
            base !== undefined &&
            String(ownField(before, party.id) ?? "") !== String(ownField(values, party.id) ?? "")
          }
          onChange={(typed) => set(party.id, typed)}
        />
      ))}
    </div>
  );
}

interface KeyValueFieldProps {
  readonly path: string;
  readonly label: string;
  readonly value: unknown;
  /** In a scenario: whether the value differs from the base model's, and the base's value in words. */
  readonly differs: boolean;
  readonly inBase?: string;
  readonly onChange: (typed: string) => void;
}

/** A party's value in a key, shown the Swedish way and read back exactly, with its problem on it. */
function KeyValueField({ path, label, value, differs, inBase, onChange }: KeyValueFieldProps) {
  const field = useField(path);
  return (
    <Field label={label} {...(differs ? { hint: inBase } : {})} {...field.validation}>
      <Input ref={field.ref} value={shown(value)} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
