import fc from "fast-check";
import { excelSheetName, uniqueSheetNames } from "../../../src/workbook/render/excelSheetName";

/** Every rule Excel has for a sheet name, and XML's for the file's text. */
function validForExcel(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !/^'|'$/.test(name) &&
    name.toLowerCase() !== "history" &&
    // eslint-disable-next-line no-control-regex -- control characters are what is checked for
    !/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/.test(name) &&
    !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name)
  );
}

describe("Excel sheet names", () => {
  it.each([
    ["A:B", "A-B"],
    ["A*B", "A-B"],
    ["Kommunens'", "Kommunens"],
    ["'citerad'", "citerad"],
    ["History", "History (1)"],
    ["HISTORY", "HISTORY (1)"],
    ["\u0001\u0002\u0003", "-"],
    ["Öster\ufffesund", "Östersund"],
    ["x".repeat(300), "x".repeat(31)],
  ])("makes %j %j", (name, sheet) => {
    expect(excelSheetName(name)).toBe(sheet);
  });

  it("takes the fallback when nothing is left of the name", () => {
    expect(excelSheetName("\u0007", "2380")).toBe("2380");
  });

  it("does not end in an apostrophe after cutting to 31 characters", () => {
    expect(excelSheetName(`${"x".repeat(30)}'y`)).toBe("x".repeat(30));
  });

  it("names clashing sheets (2), (3) without regard to case, within 31 characters", () => {
    const name = uniqueSheetNames(["Indata"]);
    expect([
      name("Samma"),
      name("SAMMA"),
      name("indata"),
      name("z".repeat(40)),
      name("z".repeat(35)),
    ]).toEqual(["Samma", "SAMMA (2)", "indata (2)", "z".repeat(31), `${"z".repeat(27)} (2)`]);
  });

  it("gives random names, case and all, unique sheet names Excel takes", () => {
    const wanted = fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.constantFrom("History", "x'", "'", "[a]"),
    );
    fc.assert(
      fc.property(fc.array(wanted, { maxLength: 30 }), (names) => {
        const name = uniqueSheetNames(["Indata"]);
        const sheets = names.map((n) => name(n));
        const keys = new Set([...sheets, "Indata"].map((s) => s.toLowerCase()));
        return keys.size === sheets.length + 1 && sheets.every(validForExcel);
      }),
      { numRuns: 300 },
    );
  });
});
