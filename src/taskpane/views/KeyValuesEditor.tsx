import { decimalComma } from "../../format/swedishAmount";
import { Caption1, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { stringifyModel } from "../../engine/json/modelJson";
import { defineField } from "../../engine/json/mergePatch";
import { ownField } from "../../engine/json/ownField";
import { modelDecimal } from "../modelDecimal";
import { parseModelText } from "../parseModelText";
import type { ScenarioStrings } from "../scenarioStrings";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type Json = Record<string, unknown>;
type Document = Json & {
  keys?: Record<string, Json & { values?: Json }>;
  parties?: { id: string; name: string }[];
};

export interface KeyValuesEditorProps {
  readonly words: Strings & ScenarioStrings;
  readonly text: string;
  readonly onText: (text: string) => void;
  /** The base model, to show its value beside a value that differs. */
  readonly base?: Document;
}

function shown(value: unknown): string {
  return value === undefined ? "" : decimalComma(String(value));
}

/** One key's values, party by party, each in its own field. */
export function KeyValuesEditor({ words, text, onText, base }: KeyValuesEditorProps) {
  const styles = useStyles();
  const document = parseModelText<Document>(text);
  const keys = Object.keys(document?.keys ?? {});
  const [chosen, setChosen] = useState(keys[0] ?? "");
  if (document === undefined) return <Caption1>{words.invalidModel}</Caption1>;
  if (keys.length === 0) return <Caption1>{words.noKeys}</Caption1>;
  const key = keys.includes(chosen) ? chosen : (keys[0] ?? "");
  const values = document.keys?.[key]?.values ?? {};
  const before = base?.keys?.[key]?.values ?? {};
  // The parties the key covers, in the base or the scenario; all of them for a key without values yet.
  const parties = document.parties ?? [];
  const inKey = parties.filter((p) => Object.hasOwn(values, p.id) || Object.hasOwn(before, p.id));
  const covered = inKey.length > 0 ? inKey : parties;
  const set = (party: string, typed: string) => {
    const next = { ...values };
    if (typed.trim() === "") delete next[party];
    else defineField(next, party, modelDecimal(typed));
    const keysNow = document.keys ?? {};
    onText(stringifyModel({ ...document, keys: { ...keysNow, [key]: { ...keysNow[key], values: next } } }));
  };
  return (
    <div className={styles.root}>
      <Field label={words.key}>
        <Select value={key} onChange={(_, d) => setChosen(d.value)}>
          {keys.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </Select>
      </Field>
      {covered.map((party) => {
        const differs =
          base !== undefined &&
          String(ownField(before, party.id) ?? "") !== String(ownField(values, party.id) ?? "");
        return (
          <Field
            key={party.id}
            label={party.name}
            {...(differs ? { hint: words.inBase(shown(ownField(before, party.id)) || "–") } : {})}
          >
            <Input value={shown(ownField(values, party.id))} onChange={(_, d) => set(party.id, d.value)} />
          </Field>
        );
      })}
    </div>
  );
}
