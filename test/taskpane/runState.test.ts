import { refusedRun } from "../../src/taskpane/run/runState";
import { WorkbookError } from "../../src/workbook/office/WorkbookError";

describe("a refused run as the pane shows it", () => {
  it("gives a workbook's refusal in the pane's language, on its cell", () => {
    const error = new WorkbookError("Indata!C5", "notANumber", { text: "sju tusen" });
    expect([refusedRun(error, "sv"), refusedRun(error, "en")]).toEqual([
      { kind: "refused", message: 'Indata!C5: "sju tusen" är inte ett tal', address: "Indata!C5" },
      { kind: "refused", message: 'Indata!C5: "sju tusen" is not a number', address: "Indata!C5" },
    ]);
  });

  it("gives a refusal with no cell as whole sentences, Swedish by default", () => {
    const error = new WorkbookError("", "sheetClash", { name: "Indata" });
    expect(refusedRun(error, "sv")).toEqual({
      kind: "refused",
      message:
        'Arbetsboken har redan ett blad som heter "Indata" och som Fördela inte har skrivit. Byt namn på bladet och kör igen; Fördela skriver aldrig över dina egna blad.',
    });
  });
});
