import { Button, Field, makeStyles, Select, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../../contracts/language";
import type { DecimalMark } from "../../../workbook/inputs/numberColumn";
import { parseDelimited } from "../../../workbook/inputs/parseDelimited";
import type { Strings } from "../../strings";
import type { TableImport } from "./useTableImport";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  paste: { fontFamily: tokens.fontFamilyMonospace, minHeight: "140px" },
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
        <Field label={words.openFile}>
          <input
            type="file"
            aria-label={words.openFile}
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => void openFile(e)}
          />
        </Field>
      </div>
    </>
  );
}
