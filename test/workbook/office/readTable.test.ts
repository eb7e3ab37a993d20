import { OfficeMockObject } from "office-addin-mock";
import { readTable } from "../../../src/workbook/office/readTable";
import type { ExcelRun } from "../../../src/workbook/office/writeToExcel";

const values = [
  ["Kommun", "Folkmängd"],
  ["2303 Ragunda", 5146],
  ["2380 Östersund", 64979],
];

function mockExcel(): { run: ExcelRun; mock: OfficeMockObject } {
  // office-addin-mock wraps only what is in its data, so methods hand back objects found there through `this`.
  const range = () => ({ values, rowIndex: 4, columnIndex: 1, worksheet: { name: "Indata" } });
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        range: range(),
        tables: {
          table: {
            range: range(),
            getRange: function (this: { range: unknown }) {
              return this.range;
            },
          },
          getItem: function (this: { table: unknown }) {
            return this.table;
          },
        },
        getSelectedRange: function (this: { range: unknown }) {
          return this.range;
        },
      },
    },
  });
  const run = (async (batch: (context: never) => Promise<unknown>) =>
    batch(mock.context as never)) as ExcelRun;
  return { run, mock };
}

describe("readTable (office-addin-mock)", () => {
  it("reads a named table's headings, rows and position after loading them", async () => {
    const table = await readTable(mockExcel().run, { table: "Folkmangd" });
    expect(table).toEqual({
      sheet: "Indata",
      row: 4,
      col: 1,
      headers: ["Kommun", "Folkmängd"],
      rows: values.slice(1),
    });
  });

  it("reads nothing that was not loaded first (the mock answers unloaded reads with an error string)", async () => {
    const { run } = mockExcel();
    await run(async (context: Excel.RequestContext) => {
      const value = context.workbook.getSelectedRange().values;
      expect(value).toBe("Error, property was not loaded");
    });
  });

  it("reads the selection the same way", async () => {
    expect((await readTable(mockExcel().run, { selection: true })).headers).toEqual(["Kommun", "Folkmängd"]);
  });
});
