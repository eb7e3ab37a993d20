import { decimalFromText, type Rational } from "../../engine";
import { cellAddress, rangeAddress, sheetRef } from "../description/address";
import { WorkbookError } from "../office/WorkbookError";
import type { Language } from "../render/labels";
import { INPUT_MESSAGES } from "./inputMessages";

/** An Excel table as read: where its header row is, its headings and its data rows' values. */
export interface TableData {
  readonly sheet: string;
  /** 0-based row and column of the header row's first cell. */
  readonly row: number;
  readonly col: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** Which columns hold what: the party (id, or SCB's "2380 Östersund"), its name, and the keys. */
export interface ColumnChoice {
  readonly party: number;
  readonly name?: number;
  /** Column index → key id. */
  readonly keys: ReadonlyMap<number, string>;
}

/** The parties and keys a table gives a model. */
export interface Inputs {
  readonly parties: { id: string; name: string; code?: string }[];
  readonly keys: Record<string, { label: string; values: Record<string, string> }>;
}

/** SCB writes regions as "2380 Östersund": a code, a space, the name. */
const SCB_REGION = /^(\d{2,4})\s+(.+)$/;

/**
 * Reads parties and keys from a table the user pointed at. Refuses, with the
 * cell's address, text in a key column, a blank key cell, a row without a
 * party, a party listed twice, a negative value and a key that adds up to 0.
 * Numbers from cells are read through their shortest decimal form, which is
 * the number the cell holds.
 *
 * @example
 * readInputs(table, { party: 0, name: 1, keys: new Map([[2, "folkmangd"]]) }, "sv").keys.folkmangd?.values["2380"]; // "64979"
 */
export function readInputs(table: TableData, choice: ColumnChoice, language: Language): Inputs {
  const words = INPUT_MESSAGES[language];
  const at = (r: number, c: number) =>
    `${sheetRef(table.sheet)}!${cellAddress(table.row + 1 + r, table.col + c)}`;
  const fail = (address: string, reason: string): never => {
    throw new WorkbookError(`${address}: ${reason}`, address);
  };
  if (table.rows.length === 0)
    fail(`${sheetRef(table.sheet)}!${cellAddress(table.row, table.col)}`, words.empty);
  const seen = new Map<string, number>();
  const parties = table.rows.map((row, r) => {
    const party = readParty(row, choice);
    if (party === undefined) return fail(at(r, choice.party), words.noParty);
    const earlier = seen.get(party.id);
    if (earlier !== undefined)
      fail(at(r, choice.party), words.duplicate(party.id, String(table.row + 2 + earlier)));
    seen.set(party.id, r);
    return party;
  });
  const keys: Inputs["keys"] = {};
  for (const [col, keyId] of choice.keys) {
    const values: Record<string, string> = {};
    let positive = false;
    table.rows.forEach((row, r) => {
      const value = readNumber(row[col], at(r, col), words, fail);
      if (value.sign() > 0) positive = true;
      values[parties[r]?.id ?? ""] = decimalText(row[col]);
    });
    if (!positive)
      fail(
        `${sheetRef(table.sheet)}!${rangeAddress(table.row + 1, table.col + col, table.rows.length, 1)}`,
        words.zeroKey(table.headers[col] ?? keyId),
      );
    keys[keyId] = { label: table.headers[col] ?? keyId, values };
  }
  return { parties, keys };
}

function readParty(
  row: readonly unknown[],
  choice: ColumnChoice,
): { id: string; name: string; code?: string } | undefined {
  const raw = String(row[choice.party] ?? "").trim();
  if (raw === "") return undefined;
  const scb = SCB_REGION.exec(raw);
  const name = choice.name === undefined ? "" : String(row[choice.name] ?? "").trim();
  if (scb !== undefined && scb !== null && name === "")
    return { id: scb[1] ?? raw, name: scb[2] ?? raw, code: scb[1] ?? raw };
  return { id: raw, name: name === "" ? raw : name, ...(/^\d+$/.test(raw) ? { code: raw } : {}) };
}

type Words = (typeof INPUT_MESSAGES)["sv"];

function decimalText(value: unknown): string {
  return typeof value === "number"
    ? String(value)
    : String(value ?? "")
        .trim()
        .replace(/\s/g, "")
        .replace(",", ".");
}

function readNumber(
  value: unknown,
  address: string,
  words: Words,
  fail: (address: string, reason: string) => never,
): Rational {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === ""))
    return fail(address, words.blank);
  const parsed =
    typeof value === "number" || typeof value === "string" ? decimalFromText(decimalText(value)) : undefined;
  if (parsed === undefined) return fail(address, words.notANumber(String(value)));
  if (parsed.sign() < 0) return fail(address, words.negative(String(value)));
  return parsed;
}
