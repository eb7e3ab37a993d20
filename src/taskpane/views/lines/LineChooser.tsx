import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { addLine, removeLine } from "../../lineEdits";
import type { LineStrings } from "../../lineStrings";
import type { Strings } from "../../strings";
import type { LinesDocument } from "./linesDocument";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
});

interface LineChooserProps {
  readonly words: Strings & LineStrings;
  readonly document: LinesDocument;
  /** The line being edited, "" when there is none. */
  readonly id: string;
  readonly onChoose: (id: string) => void;
  readonly save: (next: LinesDocument) => void;
}

/** Which line is edited (by its label), and adding or removing a line. */
export function LineChooser({ words, document, id, onChoose, save }: LineChooserProps) {
  const styles = useStyles();
  const ids = Object.keys(document.lines ?? {});
  const add = () => {
    const next = addLine(document, words.newLine);
    save(next);
    onChoose(Object.keys(next.lines ?? {}).at(-1) ?? "");
  };
  return (
    <div className={styles.row}>
      {ids.length > 0 && (
        <Field label={words.line}>
          <Select value={id} onChange={(_, d) => onChoose(d.value)}>
            {ids.map((lineIdentifier) => (
              <option key={lineIdentifier} value={lineIdentifier}>
                {String(document.lines?.[lineIdentifier]?.label ?? lineIdentifier)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Button onClick={add}>{words.addLine}</Button>
      {document.lines?.[id] !== undefined && (
        <Button onClick={() => save(removeLine(document, id))}>{words.removeLine}</Button>
      )}
    </div>
  );
}
