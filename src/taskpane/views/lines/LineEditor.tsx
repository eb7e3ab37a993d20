import { Field, Input } from "@fluentui/react-components";
import { at } from "../../../engine/model/fieldPath";
import { FieldScope } from "../../fields/FieldScope";
import { useField } from "../../fields/useField";
import { updateLine } from "../../lineEdits";
import type { LineStrings } from "../../lineStrings";
import type { Strings } from "../../strings";
import { RuleEditor } from "../RuleEditor";
import { RuleNamesContext, ruleNames } from "../rule/ruleNames";
import { LineAmountFields } from "./LineAmountFields";
import { groupMembers, type Json, type LinesDocument } from "./linesDocument";

interface LineEditorProps {
  readonly words: Strings & LineStrings;
  readonly document: LinesDocument;
  /** The line edited; it is in the document. */
  readonly id: string;
  readonly save: (next: LinesDocument) => void;
}

/**
 * One line: its label, its amount or anchor, and the rule that splits it,
 * each field with its problem on it; parties and keys named as people read them.
 */
export function LineEditor({ words, document, id, save }: LineEditorProps) {
  const path = at("lines", id);
  const label = useField(at(path, "label"));
  const line = document.lines?.[id] ?? {};
  const change = (patch: (line: Json) => Json) => save(updateLine(document, id, patch));
  const groups = groupMembers(document.groups);
  const parties = document.parties ?? [];
  return (
    <>
      <Field label={words.lineLabel} {...label.validation}>
        <Input
          ref={label.ref}
          value={String(line.label ?? "")}
          onChange={(_, d) => change((l) => ({ ...l, label: d.value }))}
        />
      </Field>
      <LineAmountFields words={words} path={path} line={line} parties={parties} change={change} />
      <RuleNamesContext.Provider value={ruleNames(document)}>
        <FieldScope path={at(path, "split")}>
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
        </FieldScope>
      </RuleNamesContext.Provider>
    </>
  );
}
