import { useState, type ChangeEvent } from "react";
import type { Language } from "../../../contracts/language";
import { isWorkbookRefusal } from "../../../contracts/workbookError";
import type { TableData } from "../../../contracts/workbookServices";
import { stringifyModel } from "../../../engine/json/modelJson";
import { decodeText } from "../../../workbook/inputs/decodeText";
import { guessColumns } from "../../../workbook/inputs/guessColumns";
import { InputError } from "../../../workbook/inputs/InputError";
import { mergeInputs } from "../../../workbook/inputs/mergeInputs";
import type { DecimalMark } from "../../../workbook/inputs/numberColumn";
import { parseDelimited } from "../../../workbook/inputs/parseDelimited";
import { readInputs } from "../../../workbook/inputs/readInputs";
import type { Strings } from "../../strings";

/** A model as the parties-and-keys view merges into it. */
export type PartiesDocument = Parameters<typeof mergeInputs>[0];

/** What the last import said: how much it added, or its refusal with the cell or the file's row it points at. */
export interface ImportMessage {
  readonly text: string;
  readonly error: boolean;
  readonly address?: string;
  readonly row?: { readonly line: number; readonly fields: string };
}

/** A refusal as the view shows it: its words, the cell it names, and for a file or pasted text its row. */
function refusalMessage(error: unknown): ImportMessage {
  const address = isWorkbookRefusal(error) ? error.address : undefined;
  return {
    text: error instanceof Error ? error.message : String(error),
    error: true,
    ...(address ? { address } : {}),
    // a refusal in a file or pasted text is shown against its row
    ...(error instanceof InputError && error.fields !== undefined
      ? { row: { line: error.line, fields: error.fields.join(" | ") } }
      : {}),
  };
}

/**
 * Reading parties and keys into the model from a table (Excel's, pasted or a
 * file), with the decimal mark the user chose or the one guessed, and what
 * the last import said.
 *
 * @example
 * const { add, message } = useTableImport(document, onText, words, "sv");
 */
export function useTableImport(
  document: PartiesDocument | undefined,
  onText: (text: string) => void,
  words: Strings,
  language: Language,
) {
  const [message, setMessage] = useState<ImportMessage | undefined>(undefined);
  const [decimal, setDecimal] = useState<DecimalMark | "">("");
  const add = (read: () => TableData) => {
    try {
      const table = read();
      const guessed = guessColumns(table);
      const inputs = readInputs(table, decimal === "" ? guessed : { ...guessed, decimal }, language);
      onText(stringifyModel(mergeInputs(document ?? {}, inputs)));
      setMessage({ text: words.added(inputs.parties.length, Object.keys(inputs.keys).length), error: false });
    } catch (error) {
      setMessage(refusalMessage(error));
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
  return { message, decimal, setDecimal, add, fail, openFile };
}

/** The table import's state and actions. */
export type TableImport = ReturnType<typeof useTableImport>;
