/**
 * @jest-environment jsdom
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { TableData } from "../../src/workbook/inputs/readInputs";
import type { WorkbookServices } from "../../src/workbook/office/excelServices";
import { strings } from "../../src/taskpane/strings";
import { PartiesKeysView } from "../../src/taskpane/views/PartiesKeysView";
import { renderWithProviders } from "./renderWithProviders";

const table: TableData = {
  sheet: "Indata",
  row: 2,
  col: 1,
  headers: ["Kommun", "Folkmängd"],
  rows: [
    ["2303 Ragunda", 5146],
    ["2305 Bräcke", 6035],
    ["2380 Östersund", "sju tusen"],
  ],
};

function excel(): WorkbookServices {
  return {
    inExcel: true,
    missingFeatures: jest.fn(async () => []),
    write: jest.fn(),
    models: {
      list: jest.fn(),
      read: jest.fn(),
      save: jest.fn(),
      rename: jest.fn(),
      setOptions: jest.fn(),
      duplicate: jest.fn(),
      remove: jest.fn(),
    },
    prepareModels: jest.fn(),
    watchEdits: jest.fn(),
    readCell: jest.fn(),
    writeCell: jest.fn(),
    watchModels: jest.fn(),
    selectCell: jest.fn(async () => undefined),
    readSelection: jest.fn(async () => ({ ...table, rows: [["2303 Ragunda", 5146]] })),
    listTables: jest.fn(async () => ["Folkmangd", "Anvandare"]),
    readTable: jest.fn(async () => table),
  };
}

describe("PartiesKeysView in Excel", () => {
  it("offers the workbook's tables and reads the chosen one; a bad cell is named and can be selected", async () => {
    const services = excel();
    const onText = jest.fn();
    renderWithProviders(
      <PartiesKeysView words={strings("sv")} language="sv" text="" onText={onText} services={services} />,
    );
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole("combobox", { name: "Excel-tabell" }), "Anvandare");
    await user.click(screen.getByRole("button", { name: "Läs tabellen" }));
    expect(services.readTable).toHaveBeenCalledWith("Anvandare");
    expect((await screen.findByRole("alert")).textContent).toContain(
      'Indata!C6: "sju tusen" är inte ett tal',
    );
    await user.click(screen.getByRole("button", { name: "Markera cellen" }));
    expect(services.selectCell).toHaveBeenCalledWith("Indata!C6");
    expect(onText).not.toHaveBeenCalled();
  });

  it("reads the selected cells into the model", async () => {
    const services = excel();
    const onText = jest.fn();
    renderWithProviders(
      <PartiesKeysView words={strings("sv")} language="sv" text="" onText={onText} services={services} />,
    );
    await userEvent.setup().click(await screen.findByRole("button", { name: "Läs de markerade cellerna" }));
    const model = JSON.parse(String(onText.mock.calls[0]?.[0])) as { parties: unknown[] };
    expect(model.parties).toEqual([{ id: "2303", name: "Ragunda", code: "2303" }]);
  });
});

describe("PartiesKeysView with pasted text", () => {
  const services: WorkbookServices = { ...excel(), inExcel: false };
  const mixed = 'kommun,folk\n"2380 Östersund","64,979"\n2303 Ragunda,979\n';

  it("shows a refusal against its row, and reads the column as the user then chooses", async () => {
    const onText = jest.fn();
    renderWithProviders(
      <PartiesKeysView words={strings("sv")} language="sv" text="" onText={onText} services={services} />,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole("textbox", { name: /Klistra in en tabell/ }));
    await user.paste(mixed);
    await user.click(screen.getByRole("button", { name: "Lägg till i modellen" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Rad 2: 2380 Östersund | 64,979");
    expect(onText).not.toHaveBeenCalled();
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Decimaltecken i nyckelkolumnerna" }),
      "point",
    );
    await user.click(screen.getByRole("button", { name: "Lägg till i modellen" }));
    expect(String(onText.mock.calls[0]?.[0])).toContain('"2380": "64979"');
  });
});
