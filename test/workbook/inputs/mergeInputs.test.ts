import { mergeInputs } from "../../../src/workbook/inputs/mergeInputs";

const inputs = {
  parties: [
    { id: "2303", name: "Ragunda kommun", code: "2303" },
    { id: "2380", name: "Östersund", code: "2380" },
  ],
  keys: { folkmangd: { label: "Folkmängd", values: { "2303": "5146", "2380": "64979" } } },
};

describe("mergeInputs", () => {
  it("adds new parties last and renames one already there in its place", () => {
    const merged = mergeInputs(
      {
        parties: [
          { id: "region", name: "Regionen" },
          { id: "2303", name: "Ragunda" },
        ],
      },
      inputs,
    );
    expect(merged.parties?.map((p) => p.name)).toEqual(["Regionen", "Ragunda kommun", "Östersund"]);
  });

  it("replaces a key's values and keeps its source and label", () => {
    const merged = mergeInputs(
      { keys: { folkmangd: { label: "Folkmängd 2024", source: "SCB", values: { "2303": 1 } } } },
      inputs,
    );
    expect(merged.keys?.folkmangd).toEqual({
      label: "Folkmängd 2024",
      source: "SCB",
      values: { "2303": "5146", "2380": "64979" },
    });
  });

  it("leaves the document it was given alone", () => {
    const document = { parties: [] };
    mergeInputs(document, inputs);
    expect(document).toEqual({ parties: [] });
  });

  it("adds a key called __proto__ as any other", () => {
    const values = Object.assign(Object.create(null) as Record<string, string>, { a: "1" });
    const keys = Object.create(null) as Record<string, { label: string; values: Record<string, string> }>;
    keys["__proto__"] = { label: "Proto", values };
    const merged = mergeInputs({ keys: { folkmangd: {} } }, { parties: [], keys });
    expect(Object.keys(merged.keys ?? {})).toEqual(["folkmangd", "__proto__"]);
  });
});
