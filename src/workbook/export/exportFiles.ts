import type { ScenarioEvaluation } from "../../engine";
import type { Language } from "../render/labels";
import { statementSheets } from "../render/statementSheets";
import { writeXlsx } from "../xlsx/writeXlsx";
import { allocationCsv } from "./allocationCsv";

/** A file to write or to put in a zip. */
export interface ExportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** File systems refuse these in file names. */
export const NOT_IN_FILE_NAMES = /[\\/:*?"<>|]/g;
/** Those, and [ ], which Excel also refuses in sheet names. */
const FORBIDDEN = /[\\/:*?"<>|[\]]/g;

/**
 * A name without control characters, and with `forbidden` characters replaced by "-".
 *
 * @example
 * cleanName("Budget 2026/2027", NOT_IN_FILE_NAMES); // "Budget 2026-2027"
 */
export function cleanName(text: string, forbidden: RegExp): string {
  return [...text]
    .filter((c) => c >= " ")
    .join("")
    .replace(forbidden, "-");
}

/**
 * A party's file name: code and name ("2380 Östersund.xlsx"), with characters
 * file systems refuse replaced.
 *
 * @example
 * statementFileName("2380", "Östersund"); // "2380 Östersund.xlsx"
 */
export function statementFileName(code: string | undefined, name: string): string {
  const base = code === undefined || name.startsWith(code) ? name : `${code} ${name}`;
  return `${cleanName(base, FORBIDDEN).trim()}.xlsx`;
}

/**
 * Every party's statement as its own .xlsx file, and fordelning.csv for all
 * parties, for the base model or a named scenario. The statements compare a
 * scenario with the base model (the base with the first scenario, where
 * there is one).
 *
 * @example
 * (await exportFiles(evaluations, { scenario: null, language: "sv" })).map((f) => f.name);
 * // ["Staten (Försäkringskassan).xlsx", …, "2380 Östersund.xlsx", "fordelning.csv"]
 */
export async function exportFiles(
  evaluations: readonly ScenarioEvaluation[],
  options: { readonly scenario: string | null; readonly language: Language },
): Promise<ExportFile[]> {
  const { model, result, statements } = statementSheets(evaluations, {
    ...options,
    sheetName: (party) => cleanName(party.name, FORBIDDEN).slice(0, 31),
  });
  const files = await Promise.all(
    statements.map(async ({ party, sheet }) => ({
      name: statementFileName(party.code, party.name),
      bytes: await writeXlsx({ sheets: [sheet] }),
    })),
  );
  const csv = allocationCsv(
    result,
    new Map(model.lines.map((l) => [l.id, l.label])),
    new Map(model.parties.map((p) => [p.id, p.code])),
  );
  return [...files, { name: "fordelning.csv", bytes: new TextEncoder().encode(csv) }];
}
