import type { Feature, MissingFeature } from "../../contracts/workbookServices";
import type { Language } from "../render/labels";
import { WorkbookError } from "./WorkbookError";

/**
 * The lowest ExcelApi set Fördela needs: 1.6 brings conditional formats (the
 * red check cells) and suspending calculation while writing; everything else
 * it uses (settings, tables, charts, formulas, number formats) is older.
 */
export const EXCEL_API = "1.6";

/** Change events on a sheet (onChanged, with Local or Remote) and the workbook's last author need 1.7. */
export const EVENTS_API = "1.7";

/** Freezing the heading rows needs 1.7; on older Excel the sheets are written without it. */
export const FREEZE_API = "1.7";

/** Staging a write of more than one request needs Range.copyFrom, from 1.9 (Excel on the web has it). */
export const STAGE_API = "1.9";

/** Setting a sheet up for print (Worksheet.pageLayout, page breaks) needs 1.9; without it the sheets print as Excel's defaults. */
export const PAGE_LAYOUT_API = "1.9";

/** Tagging Fördela's sheets with a worksheet custom property needs 1.12; below it the tag is a hidden sheet-scoped name. */
export const TAG_API = "1.12";

/** Merging a write into one undo step needs 1.20; on older Excel each sync is its own undo step. */
export const UNDO_API = "1.20";

/**
 * Fördela's features that need more than {@link EXCEL_API}, with the set each
 * needs. Without it the feature is off (and the pane says so); the rest of
 * Fördela works as before. The sheet tag (1.12) is left out: below it a
 * hidden name does the same.
 */
export const FEATURE_SETS: readonly { readonly feature: Feature; readonly set: string }[] = [
  { feature: "liveRecompute", set: EVENTS_API },
  { feature: "coauthorRefresh", set: EVENTS_API },
  { feature: "savedBy", set: EVENTS_API },
  { feature: "freeze", set: FREEZE_API },
  { feature: "staging", set: STAGE_API },
  { feature: "pageLayout", set: PAGE_LAYOUT_API },
  { feature: "oneUndo", set: UNDO_API },
];

/** What Office says about requirement sets (Office.context.requirements). */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * Refuses to run on an Excel older than {@link EXCEL_API}, with a message the user can act on.
 *
 * @example
 * checkRequirements(Office.context.requirements, "sv");
 */
export function checkRequirements(requirements: Requirements, language: Language): void {
  if (requirements.isSetSupported("ExcelApi", EXCEL_API)) return;
  throw new WorkbookError("", "tooOld", { api: EXCEL_API }, language);
}

/**
 * The features this Excel lacks the requirement set for (an older Excel than
 * Fördela's newer features need).
 *
 * @example
 * missingFeatures(Office.context.requirements); // [{ feature: "oneUndo", set: "1.20" }] on Excel 2021
 */
export function missingFeatures(requirements: Requirements): MissingFeature[] {
  return FEATURE_SETS.filter(({ set }) => !requirements.isSetSupported("ExcelApi", set));
}
