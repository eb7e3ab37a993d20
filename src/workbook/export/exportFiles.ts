import {
  compareEvaluations,
  comparisonDocument,
  resultDocument,
  type ScenarioEvaluation,
} from "../../engine";
import type { Language } from "../render/labels";
import { renderStatement } from "../render/statementSheet";
import { writeXlsx } from "../xlsx/writeXlsx";
import { allocationCsv } from "./allocationCsv";

/** A file to write or to put in a zip. */
export interface ExportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Excel refuses these in sheet names, and file systems in file names (control characters are dropped before). */
const FORBIDDEN = /[\\/:*?"<>|[\]]/g;

function printable(text: string): string {
  return [...text].filter((c) => c >= " ").join("");
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
  return `${printable(base).replace(FORBIDDEN, "-").trim()}.xlsx`;
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
  const index = evaluations.findIndex((e) => (e.scenario?.name ?? null) === options.scenario);
  const chosen = evaluations[index];
  const base = evaluations[0];
  if (chosen === undefined || base === undefined)
    throw new RangeError(`there is no scenario called ${JSON.stringify(options.scenario)}`);
  const result = resultDocument([chosen]).results[0];
  if (result === undefined) throw new RangeError("there is no result to export");
  const other = index === 0 ? evaluations[1] : base;
  const comparison =
    other === undefined
      ? undefined
      : index === 0
        ? comparisonDocument(
            compareEvaluations(base.evaluation, other.evaluation),
            null,
            other.scenario?.name ?? null,
          )
        : comparisonDocument(compareEvaluations(base.evaluation, chosen.evaluation), null, options.scenario);
  const { model } = chosen.evaluation;
  const statements = await Promise.all(
    model.parties.map(async (party) => ({
      name: statementFileName(party.code, party.name),
      bytes: await writeXlsx({
        sheets: [
          renderStatement({
            evaluation: chosen.evaluation,
            result,
            party: party.id,
            language: options.language,
            sheetName: printable(party.name).replace(FORBIDDEN, "-").slice(0, 31),
            ...(comparison === undefined ? {} : { comparison }),
          }),
        ],
      }),
    })),
  );
  const csv = allocationCsv(
    result,
    new Map(model.lines.map((l) => [l.id, l.label])),
    new Map(model.parties.map((p) => [p.id, p.code])),
  );
  return [...statements, { name: "fordelning.csv", bytes: new TextEncoder().encode(csv) }];
}
