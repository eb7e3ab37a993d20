/** The workbook setting where Fördela records the sheets it wrote and may rewrite. */
export const OWNED_SETTING = "fordela.ownedSheets";

/** The record's version: a later Fördela reads this one or says why it cannot. */
const VERSION = 1;

/**
 * Reads the owned-sheets record from the setting's value; an absent or
 * unreadable record owns nothing (so nothing of the user's is ever overwritten).
 *
 * @example
 * readOwned('{"version":1,"sheets":["Indata"]}'); // ["Indata"]
 */
export function readOwned(value: unknown): string[] {
  if (typeof value !== "string") return [];
  try {
    const record = JSON.parse(value) as { version?: unknown; sheets?: unknown };
    if (record.version !== VERSION || !Array.isArray(record.sheets)) return [];
    return record.sheets.filter((s): s is string => typeof s === "string");
  } catch {
    return [];
  }
}

/**
 * The record after a write: what was owned before and what was written now.
 *
 * @example
 * ownedRecord(["Indata"], ["Summering"]); // '{"version":1,"sheets":["Indata","Summering"]}'
 */
export function ownedRecord(before: readonly string[], written: readonly string[]): string {
  return JSON.stringify({ version: VERSION, sheets: [...new Set([...before, ...written])] });
}
