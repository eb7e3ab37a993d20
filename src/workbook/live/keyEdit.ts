import { isRecord, JsonNumber } from "../../engine/json/jsonNumber";
import { parseModelJson, stringifyModel } from "../../engine/json/modelJson";
import { decimalFromText } from "../../engine/exact/parseDecimal";
import { ModelError } from "../../engine/model/ModelError";
import { parseModel } from "../../engine/model/parseModel";
import { cellAddress } from "../description/address";
import { toNumber } from "../render/indataSheet";
import type { Language } from "../render/labels";
import { WorkbookError } from "../office/WorkbookError";

/** Where Indata's table starts: the parties from this row, the keys from this column (as renderIndata lays them out). */
const FIRST_PARTY_ROW = 7;
const FIRST_KEY_COL = 3;

/** What an edit of a cell in Indata means for the model. */
export type KeyEdit =
  | { readonly kind: "ignored" }
  | { readonly kind: "unchanged" }
  | { readonly kind: "changed"; readonly text: string; readonly party: string; readonly key: string }
  | {
      readonly kind: "refused";
      /** The refusal as data, on the cell; its message in the language asked for. */
      readonly refusal: WorkbookError<"keyNotNumber" | "keyRefused">;
      readonly message: string;
      readonly address: string;
      /** What the cell held before: the model's value, written back. */
      readonly restore: number | "";
    };

/**
 * Reads an edit of one cell of Indata back into the model's text: a key
 * value of a party (the table's rows are the model's parties in order, its
 * key columns the model's keys in order). A value that is not a number, or
 * that the model refuses, is refused on its cell with the value to put back.
 * The number is taken as Excel shows it (15 significant digits), written
 * into the model's text as those digits, never as a binary double.
 *
 * @example
 * applyKeyEdit(text, "Indata", 9, 3, 6000, "sv"); // { kind: "changed", text, party: "2303", key: "folkmangd" }
 */
export function applyKeyEdit(
  text: string,
  sheet: string,
  row: number,
  col: number,
  value: unknown,
  language: Language,
): KeyEdit {
  const document = parseModelJson(text);
  const model = parseModel(document);
  const party = model.parties[row - FIRST_PARTY_ROW];
  const key = [...model.keys.values()][col - FIRST_KEY_COL];
  if (party === undefined || key === undefined || !isRecord(document) || !isRecord(document.keys))
    return { kind: "ignored" };
  const address = `${sheet}!${cellAddress(row, col)}`;
  const before = key.values.get(party.id);
  const restore = before === undefined ? "" : toNumber(before);
  const digits = typeof value === "number" && Number.isFinite(value) ? excelDigits(value) : undefined;
  if (digits === undefined) return refused(new WorkbookError(address, "keyNotNumber", {}, language), restore);
  const keyDoc = document.keys[key.id];
  if (!isRecord(keyDoc) || !isRecord(keyDoc.values)) return { kind: "ignored" };
  const typed = decimalFromText(digits);
  if (before !== undefined && typed !== undefined && before.equals(typed)) return { kind: "unchanged" };
  keyDoc.values[party.id] = new JsonNumber(digits);
  try {
    parseModel(document);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    const reason = error.messageIn(language);
    return refused(new WorkbookError(address, "keyRefused", { reason }, language), restore);
  }
  return { kind: "changed", text: stringifyModel(document), party: party.id, key: key.id };
}

function refused(refusal: WorkbookError<"keyNotNumber" | "keyRefused">, restore: number | ""): KeyEdit {
  return { kind: "refused", refusal, message: refusal.message, address: refusal.path, restore };
}

/** A cell's number as Excel shows it: at most 15 significant digits, in plain decimal notation. */
function excelDigits(value: number): string {
  const shown = Number(value.toPrecision(15));
  const plain = shown.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  return plain === "-0" ? "0" : plain;
}
