import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState, type ChangeEvent } from "react";
import { guessColumns } from "../../workbook/inputs/guessColumns";
import { mergeInputs } from "../../workbook/inputs/mergeInputs";
import { decodeText } from "../../workbook/inputs/decodeText";
import { InputError } from "../../workbook/inputs/InputError";
import type { DecimalMark } from "../../workbook/inputs/numberColumn";
import { parseDelimited } from "../../workbook/inputs/parseDelimited";
import { readInputs, type TableData } from "../../workbook/inputs/readInputs";
import type { WorkbookServices } from "../../contracts/workbookServices";
import { isWorkbookRefusal } from "../../contracts/workbookError";
import type { Language } from "../../contracts/language";
import { stringifyModel } from "../../engine/json/modelJson";
import { parseModelText } from "../parseModelText";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  paste: { fontFamily: tokens.fontFamilyMonospace, minHeight: "140px" },
  refusedRow: { display: "block", overflowWrap: "anywhere" },
});

export interface PartiesKeysViewProps {
  readonly words: Strings;
  readonly language: Language;
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly services: WorkbookServices;
}

type Document = Parameters<typeof mergeInputs>[0];

function current(text: string, words: Strings): Document | undefined {
  if (text.trim() === "") return { format: "fordela/1", name: words.newModel, parties: [], lines: {} };
  return parseModelText<Document>(text);
}

/** Parties and keys: from the selected cells in Excel, a pasted table or a CSV file (SCB's exports too). */
export function PartiesKeysView({ words, language, text, onText, services }: PartiesKeysViewProps) {
  const styles = useStyles();
  const [pasted, setPasted] = useState("");
  const [message, setMessage] = useState<
    { text: string; error: boolean; address?: string; row?: { line: number; fields: string } } | undefined
  >(undefined);
  const [decimal, setDecimal] = useState<DecimalMark | "">("");
  const document = current(text, words);
  const [tables, setTables] = useState<string[]>([]);
  const [table, setTable] = useState("");
  useEffect(() => {
    if (services.inExcel) services.listTables().then(setTables, () => setTables([]));
  }, [services]);
  const add = (read: () => TableData) => {
    try {
      const table = read();
      const guessed = guessColumns(table);
      const inputs = readInputs(table, decimal === "" ? guessed : { ...guessed, decimal }, language);
      onText(stringifyModel(mergeInputs(document ?? {}, inputs)));
      setMessage({ text: words.added(inputs.parties.length, Object.keys(inputs.keys).length), error: false });
    } catch (error) {
      const address = isWorkbookRefusal(error) ? error.address : undefined;
      setMessage({
        text: error instanceof Error ? error.message : String(error),
        error: true,
        ...(address ? { address } : {}),
        // a refusal in a file or pasted text is shown against its row
        ...(error instanceof InputError && error.fields !== undefined
          ? { row: { line: error.line, fields: error.fields.join(" | ") } }
          : {}),
      });
    }
  };
  const fail = (error: unknown) =>
    setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    add(() => parseDelimited(decodeText(bytes, file.name, language), file.name, language));
  };
  return (
    <section className={styles.root} aria-label={words.partiesKeys}>
      {document !== undefined && (
        <Body1>{words.summary(document.parties?.length ?? 0, Object.keys(document.keys ?? {}).length)}</Body1>
      )}
      {services.inExcel && tables.length > 0 && (
        <div className={styles.row}>
          <Field label={words.table}>
            <Select value={table || tables[0]} onChange={(_, data) => setTable(data.value)}>
              {tables.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </Select>
          </Field>
          <Button
            onClick={() => services.readTable(table || (tables[0] ?? "")).then((t) => add(() => t), fail)}
          >
            {words.readTable}
          </Button>
        </div>
      )}
      {services.inExcel && (
        <Button onClick={() => services.readSelection().then((t) => add(() => t), fail)}>
          {words.readSelection}
        </Button>
      )}
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
      {message !== undefined && (
        <div role={message.error ? "alert" : "status"}>
          <Caption1>{message.text}</Caption1>
          {message.row !== undefined && (
            <Caption1 as="p" className={styles.refusedRow}>
              {words.refusedRow(message.row.line)} <code>{message.row.fields}</code>
            </Caption1>
          )}
          {message.address !== undefined && services.inExcel && (
            <Button size="small" onClick={() => void services.selectCell(message.address ?? "")}>
              {words.selectCell}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
