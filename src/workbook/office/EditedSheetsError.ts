import type { Language } from "../render/labels";
import { WorkbookError } from "./WorkbookError";

/**
 * The user has typed into sheets Fördela wrote since it wrote them: the write
 * is held back until the user agrees to overwrite them (`overwriteEdited`).
 */
export class EditedSheetsError extends WorkbookError {
  constructor(
    readonly sheets: readonly string[],
    language: Language,
  ) {
    super(edited(sheets, language));
    this.name = "EditedSheetsError";
  }
}

function edited(sheets: readonly string[], language: Language): string {
  const list = sheets.map((s) => `"${s}"`).join(", ");
  return language === "en"
    ? `Someone has changed Fördela's sheet ${list} since Fördela wrote it. Running again writes over those changes. Overwrite them?`
    : `Någon har ändrat i Fördelas blad ${list} sedan Fördela skrev det. En ny körning skriver över ändringarna. Skriva över dem?`;
}
