import type { Language } from "../../contracts/language";
import { WorkbookError } from "./WorkbookError";

/**
 * The user has typed into sheets Fördela wrote since it wrote them: the write
 * is held back until the user agrees to overwrite them (`overwriteEdited`).
 *
 * @example
 * new EditedSheetsError(["Indata"]).messageIn("en"); // "Someone has changed Fördela's sheet "Indata" …"
 */
export class EditedSheetsError extends WorkbookError<"editedSheets"> {
  constructor(
    readonly sheets: readonly string[],
    language: Language = "sv",
  ) {
    const listed = sheets.map((s) => `"${s}"`).join(", ");
    super("", "editedSheets", { sheets: listed, count: sheets.length }, language);
    this.name = "EditedSheetsError";
  }
}
