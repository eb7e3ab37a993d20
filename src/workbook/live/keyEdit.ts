import type { Model } from "../../engine";
import type { Rational } from "../../engine/exact/rational";
import { isRecord, JsonNumber, type JsonRecord } from "../../engine/json/jsonNumber";
import { defineField } from "../../engine/json/mergePatch";
import { parseModelJson, stringifyModel } from "../../engine/json/modelJson";
import { decimalFromText } from "../../engine/exact/parseDecimal";
import { ModelError } from "../../engine/model/ModelError";
import { parseModel } from "../../engine/model/parseModel";
import { cellAddress } from "../description/address";
import { amountLines, toNumber } from "../render/indataSheet";
import type { Language } from "../render/labels";
import { WorkbookError } from "../office/WorkbookError";

/** Where Indata's table starts: the parties from this row, the keys from this column (as renderIndata lays them out). */
const FIRST_PARTY_ROW = 7;
const FIRST_KEY_COL = 3;

/** What an edit of a cell in Indata means for the model. */
export type KeyEdit =
  | { readonly kind: "ignored" }
  | { readonly kind: "unchanged" }
  /** `field`: the model's path of the value changed, e.g. "keys.folkmangd.values.2303" or "lines.bidrag.amount". */
  | { readonly kind: "changed"; readonly text: string; readonly field: string }
  | {
      readonly kind: "refused";
      /** The refusal as data, on the cell; its message in the language asked for. */
      readonly refusal: WorkbookError<"keyNotNumber" | "amountNotNumber" | "keyRefused">;
      readonly message: string;
      readonly address: string;
      /** What the cell held before: the model's value, written back. */
      readonly restore: number | "";
    };

/** The cell edited, and where its value sits in the model's document. */
interface Target {
  readonly address: string;
  readonly before: Rational | undefined;
  /** The refusal of a cell that does not hold a number. */
  readonly notNumber: "keyNotNumber" | "amountNotNumber";
  readonly field: string;
  /** Puts the new digits into the document; false where the document is not as the model says. */
  readonly set: (document: JsonRecord, digits: string) => boolean;
}

/**
 * Reads an edit of one cell of Indata back into the model's text: a key
 * value of a party (the table's rows are the model's parties in order, its
 * key columns the model's keys in order), or a line's amount (the column
 * beside the table, see amountLines). A value that is not a number, or that
 * the model refuses (an amount that is not a whole rounding unit, a negative
 * key value), is refused on its cell with the value to put back. The number
 * is taken as Excel shows it (15 significant digits), written into the
 * model's text as those digits, never as a binary double.
 *
 * @example
 * applyKeyEdit(text, "Indata", 9, 3, 6000, "sv"); // { kind: "changed", text, field: "keys.folkmangd.values.2303" }
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
  if (!isRecord(document)) return { kind: "ignored" };
  const address = `${sheet}!${cellAddress(row, col)}`;
  const model = parseModel(document);
  const target = keyTarget(model, row, col, address) ?? amountTarget(model, row, col, address);
  if (target === undefined) return { kind: "ignored" };
  const restore = target.before === undefined ? "" : toNumber(target.before);
  const digits = typeof value === "number" && Number.isFinite(value) ? excelDigits(value) : undefined;
  if (digits === undefined)
    return refused(new WorkbookError(address, target.notNumber, {}, language), restore);
  const typed = decimalFromText(digits);
  if (target.before !== undefined && typed !== undefined && target.before.equals(typed))
    return { kind: "unchanged" };
  if (!target.set(document, digits)) return { kind: "ignored" };
  try {
    parseModel(document);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    // the engine's refusal kept as data, so its words come in either language
    const params = { ...error.params, field: error.path, engineCode: error.code };
    return refused(new WorkbookError(address, "keyRefused", params, language), restore);
  }
  return { kind: "changed", text: stringifyModel(document), field: target.field };
}

/** A party's key value, where the cell is in the parties' table. */
function keyTarget(model: Model, row: number, col: number, address: string): Target | undefined {
  const party = model.parties[row - FIRST_PARTY_ROW];
  const key = [...model.keys.values()][col - FIRST_KEY_COL];
  if (party === undefined || key === undefined) return undefined;
  return {
    address,
    before: key.values.get(party.id),
    notNumber: "keyNotNumber",
    field: `keys.${key.id}.values.${party.id}`,
    set: (document, digits) => {
      const keyDoc = isRecord(document.keys) ? document.keys[key.id] : undefined;
      if (!isRecord(keyDoc) || !isRecord(keyDoc.values)) return false;
      // defined, not assigned: a party may be called "__proto__"
      defineField(keyDoc.values, party.id, new JsonNumber(digits));
      return true;
    },
  };
}

/** A line's amount, where the cell is in the amounts beside the table. */
function amountTarget(model: Model, row: number, col: number, address: string): Target | undefined {
  const found = amountLines(model).find((a) => a.row === row && a.col === col);
  if (found === undefined || found.line.total.kind !== "amount") return undefined;
  const id = found.line.id;
  return {
    address,
    before: found.line.total.amount,
    notNumber: "amountNotNumber",
    field: `lines.${id}.amount`,
    set: (document, digits) => {
      const lineDoc = isRecord(document.lines) ? document.lines[id] : undefined;
      if (!isRecord(lineDoc)) return false;
      // A decimal string, as amounts are written in model files.
      lineDoc.amount = digits;
      return true;
    },
  };
}

function refused(
  refusal: WorkbookError<"keyNotNumber" | "amountNotNumber" | "keyRefused">,
  restore: number | "",
): KeyEdit {
  return { kind: "refused", refusal, message: refusal.message, address: refusal.path, restore };
}

/** A cell's number as Excel shows it: at most 15 significant digits, in plain decimal notation. */
function excelDigits(value: number): string {
  const shown = Number(value.toPrecision(15));
  const plain = shown.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  return plain === "-0" ? "0" : plain;
}
