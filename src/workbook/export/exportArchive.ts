import { zipSync, type Zippable } from "fflate";
import type { ScenarioEvaluation } from "../../engine";
import type { Language } from "../render/labels";
import { exportFiles, type ExportFile } from "./exportFiles";
import { safeFileStem } from "./fileNames";

/**
 * The archive's name: the model's name, and the scenario's when one is exported.
 *
 * @example
 * archiveName("Gemensam nämnd", "Alternativ B"); // "Gemensam nämnd – Alternativ B.zip"
 */
export function archiveName(model: string, scenario: string | null): string {
  const base = scenario === null ? model : `${model} – ${scenario}`;
  const safe = safeFileStem(base);
  return `${safe || "fordela"}.zip`;
}

/**
 * The same files as `fordela export` (each party's statement and
 * fordelning.csv) in one zip, for the pane's single download. The files keep
 * their bytes and their order within the archive.
 *
 * @example
 * const { name, bytes } = await exportArchive(evaluations, { scenario: null, language: "sv" });
 */
export async function exportArchive(
  evaluations: readonly ScenarioEvaluation[],
  options: { readonly scenario: string | null; readonly language: Language },
): Promise<ExportFile> {
  const files = await exportFiles(evaluations, options);
  const entries: Zippable = {};
  for (const file of files) entries[file.name] = file.bytes;
  const bytes = zipSync(entries);
  const model = evaluations[0]?.evaluation.model.name ?? "";
  return { name: archiveName(model, options.scenario), bytes };
}
