/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { inlineCalculator } from "../../src/taskpane/calculator";
import { memoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import { EditedSheetsError } from "../../src/workbook/office/EditedSheetsError";
import { renderWithProviders } from "./renderWithProviders";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const loadTemplates = jest.fn(async () => [
  {
    id: "turism",
    document: JSON.parse(readFileSync(path.join(EXAMPLES, "turism.json"), "utf8")) as { name: string },
  },
]);

/** The pane on a workbook whose first write finds the user's edit in Fördelning. */
async function runOnEditedWorkbook() {
  const workbook = memoryWorkbook(() => undefined);
  const wrote = workbook.write.bind(workbook);
  const write = jest
    .spyOn(workbook, "write")
    .mockImplementation(async (spec, how) =>
      how?.overwriteEdited === true
        ? wrote(spec)
        : Promise.reject(new EditedSheetsError(["Fördelning"], "sv")),
    );
  renderWithProviders(
    <App
      services={workbook}
      language="sv"
      loadTemplates={loadTemplates}
      calculator={inlineCalculator()}
      save={jest.fn()}
    />,
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: /^Öppna: / }));
  await user.click(screen.getByRole("tab", { name: "Modell" }));
  await user.click(await screen.findByRole("button", { name: "Kör och skriv till arbetsboken" }));
  await screen.findByText(/Någon har ändrat i Fördelas blad "Fördelning"/);
  return { write, user };
}

describe("the user's edits in Fördela's sheets", () => {
  it("are not written over until the user says Skriv över, and then are", async () => {
    const { write, user } = await runOnEditedWorkbook();
    await user.click(screen.getByRole("button", { name: "Skriv över" }));
    await screen.findByText(/Klart/);
    expect(write.mock.calls.map((call) => call[1])).toEqual([undefined, { overwriteEdited: true }]);
  });

  it("stay when the user says Avbryt: nothing more is written", async () => {
    const { write, user } = await runOnEditedWorkbook();
    await user.click(screen.getByRole("button", { name: "Avbryt" }));
    expect([write.mock.calls.length, screen.queryByText(/Någon har ändrat/)]).toEqual([1, null]);
  });
});
