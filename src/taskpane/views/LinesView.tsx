import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useWantedField } from "../fields/useField";
import { stringifyModel } from "../../engine/json/modelJson";
import type { Language } from "../../contracts/language";
import { lineStrings } from "../lineStrings";
import { parseModelText } from "../parseModelText";
import type { Strings } from "../strings";
import { LineChooser } from "./lines/LineChooser";
import { LineEditor } from "./lines/LineEditor";
import type { LinesDocument } from "./lines/linesDocument";
import { RoundingFields } from "./lines/RoundingFields";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface LinesViewProps {
  readonly words: Strings;
  readonly language: Language;
  readonly text: string;
  readonly onText: (text: string) => void;
}

/** Lines and rules: the rounding, then each line's label, amount or anchor, and its split. */
export function LinesView({ words: common, language, text, onText }: LinesViewProps) {
  const styles = useStyles();
  const words = { ...common, ...lineStrings(language) };
  const document = parseModelText<LinesDocument>(text);
  const ids = Object.keys(document?.lines ?? {});
  const [chosen, setChosen] = useState(ids[0] ?? "");
  // Sent to a field of a line (a refusal, a summary link): open on that line.
  const wanted = useWantedField()?.line;
  useEffect(() => {
    if (wanted !== undefined) setChosen(wanted);
  }, [wanted]);
  if (document === undefined) return <Caption1>{words.invalidModel}</Caption1>;
  const id = ids.includes(chosen) ? chosen : (ids[0] ?? "");
  const save = (next: LinesDocument) => onText(stringifyModel(next));
  return (
    <section className={styles.root} aria-label={words.lines_}>
      <RoundingFields words={words} document={document} save={save} />
      <Subtitle2 as="h2">{words.lines}</Subtitle2>
      <LineChooser words={words} document={document} id={id} onChoose={setChosen} save={save} />
      {document.lines?.[id] !== undefined && (
        <LineEditor words={words} document={document} id={id} save={save} />
      )}
    </section>
  );
}
