import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { updateLine } from "../../lineEdits";
import type { LineStrings } from "../../lineStrings";
import type { Strings } from "../../strings";
import { RuleEditor } from "../RuleEditor";
import { LineAmountFields } from "./LineAmountFields";
import { groupMembers, type Json, type LinesDocument } from "./linesDocument";

const useStyles = makeStyles({
  refusal: { color: tokens.colorPaletteRedForeground1 },
});

interface LineEditorProps {
  readonly words: Strings & LineStrings;
  readonly document: LinesDocument;
  /** The line edited; it is in the document. */
  readonly id: string;
  readonly save: (next: LinesDocument) => void;
  /** A refusal that points into this line, shown under it. */
  readonly refusal?: { readonly path?: string; readonly message: string };
}

/** One line: its label, its amount or anchor, the rule that splits it, and a refusal pointing into it. */
export function LineEditor({ words, document, id, save, refusal }: LineEditorProps) {
  const styles = useStyles();
  const line = document.lines?.[id] ?? {};
  const change = (patch: (line: Json) => Json) => save(updateLine(document, id, patch));
  const groups = groupMembers(document.groups);
  const parties = document.parties ?? [];
  return (
    <>
      <Field label={words.lineLabel}>
        <Input
          value={String(line.label ?? "")}
          onChange={(_, d) => change((l) => ({ ...l, label: d.value }))}
        />
      </Field>
      <LineAmountFields words={words} line={line} parties={parties} change={change} />
      <RuleEditor
        words={words}
        label={String(line.label ?? id)}
        rule={(line.split ?? { by: "equal" }) as Json}
        onRule={(split) => change((l) => ({ ...l, split }))}
        keys={Object.keys(document.keys ?? {})}
        groups={groups}
        receivers={[
          ...parties.map((p) => ({ id: p.id, name: p.name })),
          ...Object.keys(groups).map((g) => ({ id: g, name: g })),
        ]}
      />
      {refusal !== undefined && (
        <Caption1 role="alert" className={styles.refusal}>
          {refusal.message}
        </Caption1>
      )}
    </>
  );
}
