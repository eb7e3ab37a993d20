import type { Party, ScenarioEvaluation } from "../../engine";
import { excelSheetName } from "../render/excelSheetName";
import { safeFileStem, uniqueFileNames } from "./fileNames";
import type { Language } from "../render/labels";
import { statementSheets } from "../render/statementSheets";
import { writeXlsx } from "../xlsx/writeXlsx";
import { allocationCsv } from "./allocationCsv";

/** A file to write or to put in a zip. */
export interface ExportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The file with every party's amounts, beside the statements. */
export const ALLOCATION_CSV = "fordelning.csv";

/**
 * A party's file name stem before it is made safe and unique: code and name
 * ("2380 Östersund"), or the name alone when it starts with the code.
 *
 * @example
 * statementStem({ id: "2380", code: "2380", name: "Östersund" }); // "2380 Östersund"
 */
export function statementStem(party: Pick<Party, "id" | "code" | "name">): string {
  const { code, name } = party;
  return code === undefined || name.startsWith(code) ? name : `${code} ${name}`;
}

/**
 * Each party's file name, in the model's order: its stem made safe on
 * Windows, macOS and Linux, unique without regard to case (a clash takes the
 * party's code, or its id where the code is in the name already, then
 * " (2)", " (3)" …), never fordelning.csv; a name with nothing left (control
 * characters only) takes the party's id.
 *
 * @example
 * statementFileNames([{ id: "a", name: "A:B" }, { id: "b", name: "A*B" }]); // ["A-B.xlsx", "A-B b.xlsx"]
 */
export function statementFileNames(parties: readonly Pick<Party, "id" | "code" | "name">[]): string[] {
  const name = uniqueFileNames(".xlsx", [ALLOCATION_CSV]);
  return parties.map((party) => {
    const stem = statementStem(party);
    const wanted = safeFileStem(stem) === "" ? party.id : stem;
    const code = party.code !== undefined && !stem.includes(party.code) ? party.code : party.id;
    return name(wanted, code);
  });
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
    sheetName: (party) => excelSheetName(party.name, party.id),
  });
  const names = statementFileNames(statements.map((s) => s.party));
  const files = await Promise.all(
    statements.map(async ({ sheet }, i) => ({
      name: names[i] ?? "",
      bytes: await writeXlsx({ sheets: [sheet] }),
    })),
  );
  const csv = allocationCsv(
    result,
    new Map(model.lines.map((l) => [l.id, l.label])),
    new Map(model.parties.map((p) => [p.id, p.code])),
    options.language,
  );
  return [...files, { name: ALLOCATION_CSV, bytes: new TextEncoder().encode(csv) }];
}
