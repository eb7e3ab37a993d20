import { decimalFromText } from "../../engine";
import { cellAddress, rangeAddress, sheetRef } from "../description/address";
import { WorkbookError } from "../office/WorkbookError";
import type { Language } from "../render/labels";
import type { WorkbookCode, WorkbookParams } from "../workbookMessages";
import type { TableData } from "../../contracts/workbookServices";
import { InputError } from "./InputError";

export type { TableData };
import { readNumberColumn, type CellProblem, type DecimalMark } from "./numberColumn";

/** Which columns hold what: the party (id, or SCB's "2380 Östersund"), its name, and the keys. */
export interface ColumnChoice {
  readonly party: number;
  readonly name?: number;
  /** Column index → key id. */
  readonly keys: ReadonlyMap<number, string>;
  /** How the key columns write decimals, when the user said; else the one convention that reads every cell. */
  readonly decimal?: DecimalMark;
}

/** The parties and keys a table gives a model (records without a prototype: a party may be called `__proto__`). */
export interface Inputs {
  readonly parties: { id: string; name: string; code?: string }[];
  readonly keys: Record<string, { label: string; values: Record<string, string> }>;
}

/** SCB writes regions as "2380 Östersund": a code, a space, the name. */
export const SCB_REGION = /^(\d{2,4})\s+(.+)$/;

/** Refuses at a data row (-1: the heading) and column, with a code of the workbook's message table. */
type Fail = <C extends WorkbookCode>(row: number, col: number, code: C, params: WorkbookParams<C>) => never;

/** Refusals at FILE:LINE:COLUMN for text from a file or pasted, at the cell's address for a sheet. */
function failAt(table: TableData, language: Language): Fail {
  return (row, col, code, params) => {
    if (table.lines !== undefined) {
      const line = row < 0 ? table.row + 1 : (table.lines[row] ?? 0);
      const place = { file: table.sheet, line, column: col + 1 };
      throw new InputError(place, code, params, language, table.rows[row]?.map(String));
    }
    const address = `${sheetRef(table.sheet)}!${cellAddress(table.row + 1 + row, table.col + col)}`;
    throw new WorkbookError(address, code, params, language);
  };
}

/**
 * Reads parties and keys from a table the user pointed at, a file or pasted
 * text. Refuses, at the cell (or line and column), text in a key column, a
 * blank key cell or a missing value (SCB's `..`), a number that the column's
 * decimal convention does not read or that reads two ways, a row without a
 * party, a party listed twice, a negative value and a key that adds up to 0.
 * Numbers from cells are read through their shortest decimal form, which is
 * the number the cell holds.
 *
 * @example
 * readInputs(table, { party: 0, name: 1, keys: new Map([[2, "folkmangd"]]) }, "sv").keys.folkmangd?.values["2380"]; // "64979"
 */
export function readInputs(table: TableData, choice: ColumnChoice, language: Language): Inputs {
  const fail = failAt(table, language);
  if (table.rows.length === 0) fail(-1, 0, "empty", {});
  const parties = readParties(table, choice, fail);
  const keys = Object.create(null) as Inputs["keys"];
  for (const [col, keyId] of choice.keys) {
    const label = table.headers[col] ?? keyId;
    const values = readKey(table, col, choice.decimal, fail);
    if (!values.some((value) => (decimalFromText(value)?.sign() ?? 0) > 0)) {
      if (table.lines !== undefined) fail(-1, col, "zeroKey", { key: label });
      const address = `${sheetRef(table.sheet)}!${rangeAddress(table.row + 1, table.col + col, table.rows.length, 1)}`;
      throw new WorkbookError(address, "zeroKey", { key: label }, language);
    }
    const byParty = Object.create(null) as Record<string, string>;
    parties.forEach((party, r) => (byParty[party.id] = values[r] ?? ""));
    keys[keyId] = { label, values: byParty };
  }
  return { parties, keys };
}

function readParties(table: TableData, choice: ColumnChoice, fail: Fail): Inputs["parties"] {
  const seen = new Map<string, number>();
  return table.rows.map((row, r) => {
    const party = readParty(row, choice);
    if (party === undefined) return fail(r, choice.party, "noParty", {});
    const earlier = seen.get(party.id);
    if (earlier !== undefined) {
      const line = table.lines === undefined ? table.row + 2 + earlier : (table.lines[earlier] ?? 0);
      fail(r, choice.party, "duplicate", { id: party.id, row: line });
    }
    seen.set(party.id, r);
    return party;
  });
}

/** A key column's values as plain decimals, under its one decimal convention. */
function readKey(
  table: TableData,
  col: number,
  decimal: DecimalMark | undefined,
  fail: Fail,
): readonly string[] {
  const reading = readNumberColumn(
    table.rows.map((row) => row[col]),
    decimal,
  );
  if ("problem" in reading) return refuseCell(reading.row, col, reading.problem, fail);
  reading.values.forEach((value, r) => {
    if ((decimalFromText(value)?.sign() ?? 0) < 0)
      fail(r, col, "negative", { text: String(table.rows[r]?.[col] ?? "").trim() });
  });
  return reading.values;
}

/** A cell's problem is a code of the message table with its parameters beside it. */
function refuseCell(row: number, col: number, problem: CellProblem, fail: Fail): never {
  const { kind, ...params } = problem;
  return kind === "blank"
    ? fail(row, col, kind, {})
    : fail(row, col, kind, params as WorkbookParams<typeof kind>);
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
