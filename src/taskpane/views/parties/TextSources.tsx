import { Button, Field, makeStyles, Select, Textarea, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Language } from "../../../contracts/language";
import type { DecimalMark } from "../../../workbook/inputs/numberColumn";
import { parseDelimited } from "../../../workbook/inputs/parseDelimited";
import type { Strings } from "../../strings";
import type { TableImport } from "./useTableImport";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  paste: { fontFamily: tokens.fontFamilyMonospace, minHeight: "140px" },
  // In the page for the button to open and for a test to fill, but out of sight: the browser's own
  // button speaks the browser's language ("Choose File"), not the pane's.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

interface TextSourcesProps {
  readonly words: Strings;
  readonly language: Language;
  readonly importer: TableImport;
}

/** A table pasted as text or a CSV file (SCB's exports too), with the decimal mark its numbers use. */
export function TextSources({ words, language, importer }: TextSourcesProps) {
  const styles = useStyles();
  const [pasted, setPasted] = useState("");
  const file = useRef<HTMLInputElement>(null);
  const { decimal, setDecimal, add, openFile } = importer;
  return (
    <>
      <Field label={words.paste} hint={words.pasteHint}>
        <Textarea
          textarea={{ className: styles.paste }}
          value={pasted}
          onChange={(_, data) => setPasted(data.value)}
          spellCheck={false}
        />
      </Field>
      <Field label={words.decimal}>
        <Select value={decimal} onChange={(_, data) => setDecimal(data.value as DecimalMark | "")}>
          <option value="">{words.decimalAuto}</option>
          <option value="comma">{words.decimalComma}</option>
          <option value="point">{words.decimalPoint}</option>
        </Select>
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={pasted.trim() === ""}
          onClick={() => add(() => parseDelimited(pasted, words.clipboard, language))}
        >
          {words.addPasted}
        </Button>
        <Button onClick={() => file.current?.click()}>{words.openFile}</Button>
        {/* Out of the tab order and hidden from screen readers: the button is the one control they reach. */}
        <input
          ref={file}
          type="file"
          className={styles.hidden}
          aria-label={words.openFile}
          aria-hidden="true"
          tabIndex={-1}
          accept=".csv,.txt,text/csv,text/plain"
          // Emptied once read, so that the same file, corrected, can be opened again.
          onChange={(e) => {
            const input = e.currentTarget;
            void openFile(e).finally(() => (input.value = ""));
          }}
        />
      </div>
    </>
  );
}
