import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { addLine, removeLine, updateLine } from "../lineEdits";
import type { Language } from "../../workbook/render/labels";
import { lineStrings } from "../lineStrings";
import { modelDecimal } from "../modelDecimal";
import { swedishAmount } from "../../format/swedishAmount";
import { stringifyModel } from "../../engine/json/modelJson";
import { parseModelText } from "../parseModelText";
import type { Strings } from "../strings";
import { RuleEditor } from "./RuleEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  refusal: { color: tokens.colorPaletteRedForeground1 },
});

type Json = Record<string, unknown>;
type Document = Json & {
  lines?: Record<string, Json>;
  keys?: Json;
  groups?: Json;
  parties?: { id: string; name: string }[];
  rounding?: Json;
};

export interface LinesViewProps {
  readonly words: Strings;
  readonly language: Language;
  readonly text: string;
  readonly onText: (text: string) => void;
  /** The last refusal, shown beside the line its path points into. */
  readonly refusal?: { readonly path?: string; readonly message: string };
}

/** Lines and rules: the rounding, then each line's label, amount or anchor, and its split. */
export function LinesView({ words: common, language, text, onText, refusal }: LinesViewProps) {
  const styles = useStyles();
  const words = { ...common, ...lineStrings(language) };
  const document = parseModelText<Document>(text);
  const ids = Object.keys(document?.lines ?? {});
  // After a refusal, open on the line it points into.
  const refused = ids.find(
    (lineIdentifier) =>
      refusal?.path === `lines.${lineIdentifier}` || refusal?.path?.startsWith(`lines.${lineIdentifier}.`),
  );
  const [chosen, setChosen] = useState(refused ?? ids[0] ?? "");
  if (document === undefined) return <Caption1>{words.invalidModel}</Caption1>;
  const id = ids.includes(chosen) ? chosen : (ids[0] ?? "");
  const line = document.lines?.[id];
  const save = (next: Document) => onText(stringifyModel(next));
  const change = (patch: (line: Json) => Json) => save(updateLine(document, id, patch));
  const keys = Object.keys(document.keys ?? {});
  const groups = groupMembers(document.groups);
  const parties = document.parties ?? [];
  const rounding = document.rounding ?? {};
  const anchor = line?.anchor as Json | undefined;
  return (
    <section className={styles.root} aria-label={words.lines_}>
      <Subtitle2 as="h2">{words.rounding}</Subtitle2>
      <div className={styles.row}>
        <Field label={words.roundingUnit}>
          <Select
            value={String(rounding.unit ?? "1")}
            onChange={(_, d) => save({ ...document, rounding: { ...rounding, unit: d.value } })}
          >
            {Object.entries(words.units).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={words.method}>
          <Select
            value={String(rounding.method ?? "largest-remainder")}
            onChange={(_, d) => save({ ...document, rounding: { ...rounding, method: d.value } })}
          >
            {Object.entries(words.methods).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Subtitle2 as="h2">{words.lines}</Subtitle2>
      <div className={styles.row}>
        {ids.length > 0 && (
          <Field label={words.line}>
            <Select value={id} onChange={(_, d) => setChosen(d.value)}>
              {ids.map((lineIdentifier) => (
                <option key={lineIdentifier} value={lineIdentifier}>
                  {String(document.lines?.[lineIdentifier]?.label ?? lineIdentifier)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Button
          onClick={() => {
            const next = addLine(document, words.newLine);
            save(next);
            setChosen(Object.keys(next.lines ?? {}).at(-1) ?? "");
          }}
        >
          {words.addLine}
        </Button>
        {line !== undefined && (
          <Button onClick={() => save(removeLine(document, id))}>{words.removeLine}</Button>
        )}
      </div>
      {line !== undefined && (
        <>
          <Field label={words.lineLabel}>
            <Input
              value={String(line.label ?? "")}
              onChange={(_, d) => change((l) => ({ ...l, label: d.value }))}
            />
          </Field>
          <div className={styles.row}>
            <Field label={words.anchorParty}>
              <Select
                value={String(anchor?.party ?? "")}
                onChange={(_, d) =>
                  change((l) => {
                    // A line has an amount or an anchor, never both.
                    const rest = { ...l };
                    delete rest.anchor;
                    delete rest.amount;
                    return d.value === ""
                      ? { ...rest, amount: String(l.amount ?? anchor?.amount ?? "0") }
                      : {
                          ...rest,
                          anchor: { party: d.value, amount: String(anchor?.amount ?? l.amount ?? "0") },
                        };
                  })
                }
              >
                <option value="">{words.noAnchor}</option>
                {parties.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={anchor === undefined ? words.lineAmount : words.anchorAmount}>
              <Input
                // Shown the Swedish way ("2 450 000"), read back exactly ("2450000"); what is not a number stays as typed.
                value={swedishAmount(
                  String(anchor === undefined ? (line.amount ?? "") : (anchor.amount ?? "")),
                )}
                onChange={(_, d) =>
                  change((l) =>
                    anchor === undefined
                      ? { ...l, amount: modelDecimal(d.value) }
                      : { ...l, anchor: { ...anchor, amount: modelDecimal(d.value) } },
                  )
                }
              />
            </Field>
          </div>
          <RuleEditor
            words={words}
            label={String(line.label ?? id)}
            rule={(line.split ?? { by: "equal" }) as Json}
            onRule={(split) => change((l) => ({ ...l, split }))}
            keys={keys}
            groups={groups}
            receivers={[
              ...parties.map((p) => ({ id: p.id, name: p.name })),
              ...Object.keys(groups).map((g) => ({ id: g, name: g })),
            ]}
          />
          {refused === id && refusal !== undefined && (
            <Caption1 role="alert" className={styles.refusal}>
              {refusal.message}
            </Caption1>
          )}
        </>
      )}
    </section>
  );
}

/** The model's groups as id → member ids, whatever was typed in the JSON (the engine refuses what is wrong). */
function groupMembers(groups: Json | undefined): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(groups ?? {}).map(([id, members]) => [
      id,
      Array.isArray(members) ? members.filter((m): m is string => typeof m === "string") : [],
    ]),
  );
}
