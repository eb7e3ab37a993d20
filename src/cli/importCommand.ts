import { readFileSync } from "node:fs";
import { stringifyJson } from "../engine";
import { decodeText } from "../workbook/inputs/decodeText";
import { guessColumns, keyId } from "../workbook/inputs/guessColumns";
import type { DecimalMark } from "../workbook/inputs/numberColumn";
import { parseDelimited } from "../workbook/inputs/parseDelimited";
import { readInputs, type ColumnChoice, type Inputs, type TableData } from "../workbook/inputs/readInputs";
import type { Language } from "../workbook/render/labels";
import { CliError } from "./CliError";

/** What `fordela import` was told: the columns and decimal mark the user chose, if any. */
export interface ImportOptions {
  readonly party?: string;
  readonly name?: string;
  /** `COL=ID` each. */
  readonly keys: readonly string[];
  readonly decimal?: string;
  readonly language: Language;
}

/**
 * Reads a CSV or SCB export as the pane does and gives its parties and keys
 * as the JSON fragment `{ "parties": […], "keys": { … } }`. A refused file
 * throws the reader's InputError (FILE:LINE:COLUMN: reason); a missing file or
 * a wrong option, a CliError.
 *
 * @example
 * importFile("folkmangd.csv", { keys: [], language: "sv" }); // '{\n  "parties": [ … ],\n  "keys": { … }\n}\n'
 */
export function importFile(file: string, options: ImportOptions): string {
  const table = parseDelimited(decodeText(readBytes(file), file, options.language), file, options.language);
  return fragmentJson(readInputs(table, columnChoice(table, options), options.language));
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(file, "noSuchFile");
    if (code === "EISDIR") throw new CliError(file, "folderNotCsv");
    throw new CliError(file, "unreadable", { cause: code ?? String(error) });
  }
}

/** The pane's guess, with what the user named in its place. */
function columnChoice(table: TableData, options: ImportOptions): ColumnChoice {
  const guessed = guessColumns(table);
  const column = (option: string, named: string) => columnOf(table, option, named);
  const decimal = decimalOption(options.decimal);
  const name = options.name === undefined ? guessed.name : column("--name", options.name);
  const keys =
    options.keys.length === 0
      ? guessed.keys
      : new Map(
          options.keys.map((spec) => {
            const at = spec.lastIndexOf("=");
            if (at <= 0 || at === spec.length - 1) throw new CliError("--key", "keySpec", { spec });
            return [column("--key", spec.slice(0, at)), keyId(spec.slice(at + 1))] as const;
          }),
        );
  if (keys.size === 0) throw new CliError(table.sheet, "noKeyColumn");
  const ids = [...keys.values()];
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) throw new CliError("--key", "keyTwice", { key: twice });
  return {
    party: options.party === undefined ? guessed.party : column("--party", options.party),
    ...(name === undefined ? {} : { name }),
    keys,
    ...(decimal === undefined ? {} : { decimal }),
  };
}

/** A column by its heading (case ignored) or its number, counted from 1. */
function columnOf(table: TableData, option: string, named: string): number {
  const wanted = named.trim().toLowerCase();
  const byHeading = table.headers.findIndex((h) => h.trim().toLowerCase() === wanted);
  if (byHeading !== -1) return byHeading;
  const number = /^\d+$/.test(wanted) ? Number(wanted) : 0;
  if (number >= 1 && number <= table.headers.length) return number - 1;
  const headings = table.headers.map((h) => `"${h}"`).join(", ");
  throw new CliError(option, "noColumn", { named, headings, count: table.headers.length });
}

function decimalOption(value: string | undefined): DecimalMark | undefined {
  if (value === undefined || value === "comma" || value === "point") return value;
  throw new CliError("--decimal", "decimalMark", { value });
}

/**
 * The fragment as JSON text, with the engine's lossless writer: every value
 * is a string (key values as decimal strings, as MODEL.md allows), so nothing
 * passes through a JS number, and a party called `__proto__` is written as
 * any other.
 */
function fragmentJson(inputs: Inputs): string {
  return `${stringifyJson(inputs)}\n`;
}
