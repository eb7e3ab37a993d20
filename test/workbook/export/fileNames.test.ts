import fc from "fast-check";
import { safeFileStem, sameFileKey, uniqueFileNames } from "../../../src/workbook/export/fileNames";
import { statementFileNames } from "../../../src/workbook/export/exportFiles";

/** Whether Windows, macOS and Linux all take the name as a file name of its own. */
function validEverywhere(name: string): boolean {
  const stem = name.replace(/\.xlsx$/, "");
  return (
    stem.length > 0 &&
    stem.length <= 100 &&
    new TextEncoder().encode(name).length <= 255 &&
    // eslint-disable-next-line no-control-regex -- control characters are what is checked for
    !/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/.test(name) &&
    !/[. ]$/.test(stem) &&
    !/^\./.test(name) &&
    !/^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(\.|$)/i.test(name) &&
    name === name.normalize("NFC") &&
    !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name)
  );
}

describe("safe file names", () => {
  it.each([
    ["A:B", "A-B"],
    ['a<b>c"d/e\\f|g?h*i', "a-b-c-d-e-f-g-h-i"],
    ["CON", "CON_"],
    ["nul.txt", "nul_.txt"],
    ["com1", "com1_"],
    ["LPT9.2024", "LPT9_.2024"],
    ["Konsult", "Konsult"],
    ["Östersund. . ", "Östersund"],
    ["..dold", "dold"],
    ["\u0001\u0002", ""],
  ])("makes %j %j", (name, stem) => {
    expect(safeFileStem(name)).toBe(stem);
  });

  it("cuts a 300-character name to 100 characters", () => {
    expect(safeFileStem("x".repeat(300))).toBe("x".repeat(100));
  });

  it("gives every party its own file: clashes take the code, then (2), (3)", () => {
    const names = statementFileNames([
      { id: "a", name: "A:B" },
      { id: "b", name: "A*B" },
      { id: "c", code: "2380", name: "Östersund" },
      { id: "d", code: "2380", name: "Östersund" },
      { id: "e", name: "SAMMA" },
      { id: "f", name: "samma" },
      { id: "g", name: "\u0001\u0002" },
      { id: "h", name: "fordelning" },
      { id: "F", name: "Samma" },
    ]);
    expect(names).toEqual([
      "A-B.xlsx",
      "A-B b.xlsx",
      "2380 Östersund.xlsx",
      "2380 Östersund d.xlsx",
      "SAMMA.xlsx",
      "samma f.xlsx",
      "g.xlsx",
      "fordelning.xlsx",
      "Samma (2).xlsx",
    ]);
  });

  it("keeps a suffixed 300-character name within 100 characters", () => {
    const name = uniqueFileNames(".xlsx");
    const long = "y".repeat(300);
    expect([name(long), name(long, "k"), name(long, "k")].map((n) => n.length - ".xlsx".length)).toEqual([
      100, 100, 100,
    ]);
  });

  it("gives random names, case and all, unique names valid on Windows, macOS and Linux", () => {
    const party = fc.record({
      name: fc.oneof(
        fc.string({ unit: "binary", maxLength: 120 }),
        fc.constantFrom("CON", "A:B", "a:b", "History", "x'"),
      ),
      code: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(party, { maxLength: 25 }), (drawn) => {
        const parties = drawn.map((p, i) => ({
          id: `p${i}`,
          name: p.name,
          ...(p.code === undefined ? {} : { code: p.code }),
        }));
        const names = statementFileNames(parties);
        const keys = new Set([...names, "fordelning.csv"].map(sameFileKey));
        return keys.size === names.length + 1 && names.every(validEverywhere);
      }),
      { numRuns: 300 },
    );
  });
});
