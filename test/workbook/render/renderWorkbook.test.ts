import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { evaluateScenarios, parseJson, resultDocument } from "../../../src/engine";
import type { Cell, SheetSpec } from "../../../src/workbook/description/types";
import { renderWorkbook } from "../../../src/workbook/render/renderWorkbook";
import { EXAMPLES } from "../../helpers/cli";
import { modelDoc, parties } from "../../helpers/models";

const example = (name: string) =>
  evaluateScenarios(parseJson(readFileSync(path.join(EXAMPLES, name), "utf8")));
const spec = renderWorkbook(example("samordningsforbund.json"));
const sheet = (name: string) => spec.sheets.find((s) => s.name === name) as SheetSpec;
const cellAt = (s: SheetSpec, row: number, col: number): Cell | undefined =>
  s.cells.find((c) => c.row === row && c.col === col);
const rowOf = (s: SheetSpec, text: string) => s.cells.find((c) => c.value === text)?.row ?? -1;

describe("renderWorkbook", () => {
  it("describes Indata, Fördelning, Summering, Scenarier and Jämförelse", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([
      "Indata",
      "Fördelning",
      "Summering",
      "Scenarier",
      "Jämförelse",
    ]);
  });

  it("names the sheets in English when asked", () => {
    expect(
      renderWorkbook(example("samordningsforbund.json"), { language: "en" }).sheets.map((s) => s.name),
    ).toEqual(["Inputs", "Allocation", "Summary", "Scenarios", "Comparison"]);
  });

  it("leaves Scenarier out of a model without scenarios", () => {
    const doc = modelDoc({ lines: { x: { label: "X", amount: "9", split: { by: "equal" } } } });
    expect(renderWorkbook(evaluateScenarios(doc)).sheets.map((s) => s.name)).toEqual([
      "Indata",
      "Fördelning",
      "Summering",
    ]);
  });

  it("puts the parties and each key in one Indata table, with the key's source, date and unit above it", () => {
    const indata = sheet("Indata");
    expect(indata.tables).toEqual([
      {
        name: "Fordela_Indata",
        row: 6,
        col: 0,
        rows: 10,
        columns: ["Id", "Namn", "Kod", "Folkmängd 31 december 2024"],
      },
    ]);
    expect([3, 4, 5].map((r) => cellAt(indata, r, 3)?.value)).toEqual([
      "SCB, Statistikdatabasen",
      "2024-12-31",
      "invånare",
    ]);
  });

  it("keeps key values and amounts as numbers, never text", () => {
    const ragunda = rowOf(sheet("Indata"), "Ragunda");
    expect([cellAt(sheet("Indata"), ragunda, 3)?.value, cellAt(sheet("Fördelning"), 5, 1)?.value]).toEqual([
      5146, 4900000,
    ]);
  });

  it("lists each line's amount beside Indata's table, where it is edited, and Fördelning's total refers to it", () => {
    const turism = renderWorkbook(example("turism.json"));
    const indata = turism.sheets.find((s) => s.name === "Indata") as SheetSpec;
    const fordelning = turism.sheets.find((s) => s.name === "Fördelning") as SheetSpec;
    expect([
      [
        [6, 6],
        [6, 7],
        [7, 6],
        [7, 7],
      ].map(([r = 0, c = 0]) => cellAt(indata, r, c)?.value),
      [cellAt(fordelning, 5, 1)?.formula, cellAt(fordelning, 5, 1)?.result],
    ]).toEqual([
      ["Rad", "Att fördela", "Basfinansiering", 6500000],
      ["=Indata!$H$8", 6500000],
    ]);
  });

  it("lists no amount in Indata for a line whose total is solved from an anchor", () => {
    const indata = sheet("Indata");
    expect(indata.cells.filter((c) => c.value === "Att fördela")).toEqual([]);
  });

  it("writes a kommun's share as a formula on the Indata table, and its exact amount and amount as formulas", () => {
    const fordelning = sheet("Fördelning");
    const r = rowOf(fordelning, "Ragunda");
    const sum = fordelning.cells.find((c) => c.formula === "=SUM(Indata!$D$10:$D$17)")?.row ?? -1;
    expect([
      cellAt(fordelning, r, 1)?.formula,
      cellAt(fordelning, r, 2)?.formula,
      cellAt(fordelning, r, 3)?.formula,
      cellAt(fordelning, r, 5)?.formula,
    ]).toEqual([
      "=Indata!$D$10",
      `=(1/4)*B${r + 1}/$B$${sum + 1}`,
      `=$B$6*C${r + 1}`,
      `=ROUND(D${r + 1}+E${r + 1},0)`,
    ]);
  });

  it("sums a key over the receivers once, in a named row under the check cell", () => {
    const fordelning = sheet("Fördelning");
    const check = rowOf(fordelning, "Kontroll (0 = stämmer)");
    const sums = fordelning.cells.filter((c) => c.formula?.startsWith("=SUM(Indata!") === true);
    expect(sums.map((c) => [c.row, c.col, c.formula])).toEqual([[check + 1, 1, "=SUM(Indata!$D$10:$D$17)"]]);
    expect(cellAt(fordelning, check + 1, 0)?.value).toBe("Summa Folkmängd 31 december 2024 (8 parter)");
  });

  it("sums one key once per set of receivers, so two groups get a sum each", () => {
    const doc = modelDoc({
      parties: parties("a", "b", "c", "d", "e"),
      groups: { g: ["a", "b"], h: ["c", "d", "e"] },
      keys: { k: { label: "Invånare", values: { a: 1, b: 2, c: 3, d: 4, e: 5 } } },
      lines: {
        x: {
          label: "X",
          amount: "100",
          split: {
            by: "shares",
            shares: {
              g: { share: "1/2", split: { by: "key", key: "k" } },
              h: { share: "1/2", split: { by: "key", key: "k" } },
            },
          },
        },
      },
    });
    const fordelning = renderWorkbook(evaluateScenarios(doc)).sheets[1] as SheetSpec;
    const sums = fordelning.cells.filter((c) => c.formula?.startsWith("=SUM(Indata!") === true);
    expect(sums.map((c) => [cellAt(fordelning, c.row, 0)?.value, c.formula])).toEqual([
      ["Summa Invånare (2 parter)", "=SUM(Indata!$D$8:$D$9)"],
      ["Summa Invånare (3 parter)", "=SUM(Indata!$D$10:$D$12)"],
    ]);
  });

  it("writes the engine's rounding adjustment as a number", () => {
    const fordelning = sheet("Fördelning");
    expect(cellAt(fordelning, rowOf(fordelning, "Ragunda"), 4)?.value).toBeCloseTo(0.186278, 6);
  });

  it("adds a totals row and a check cell that turns red when it is not 0", () => {
    const fordelning = sheet("Fördelning");
    const check = rowOf(fordelning, "Kontroll (0 = stämmer)");
    expect(cellAt(fordelning, check, 5)?.formula).toBe(
      `=ROUND(F${check}-$B$6+SUMPRODUCT(ABS(D9:D${check - 1}+E9:E${check - 1}-F9:F${check - 1})),3)`,
    );
    expect(fordelning.redWhenNonZero).toEqual([{ row: check, col: 5 }]);
  });

  it("formats amounts the Swedish way with the unit's decimals", () => {
    const ore = renderWorkbook(
      evaluateScenarios(
        modelDoc({
          rounding: { unit: "0.01" },
          lines: { x: { label: "X", amount: "10", split: { by: "equal" } } },
        }),
      ),
    );
    const amount = (s: SheetSpec) => s.cells.find((c) => c.formula?.startsWith("=ROUND("))?.numberFormat;
    expect([amount(sheet("Fördelning")), amount(ore.sheets[1] as SheetSpec)]).toEqual([
      '#,##0 "kr"',
      '#,##0.00 "kr"',
    ]);
  });

  it("sums parties × lines on Summering with formulas on Fördelning, and kr per invånare", () => {
    const summering = sheet("Summering");
    const r = rowOf(summering, "Ragunda");
    const fordelningRow = rowOf(sheet("Fördelning"), "Ragunda");
    expect([
      cellAt(summering, r, 1)?.formula,
      cellAt(summering, r, 2)?.formula,
      cellAt(summering, r, 3)?.formula,
    ]).toEqual([
      `='Fördelning'!$F$${fordelningRow + 1}`,
      `=SUM(B${r + 1}:B${r + 1})`,
      `=IF(Indata!$D$10=0,"",C${r + 1}/Indata!$D$10)`,
    ]);
  });

  it("shows each scenario beside the base, with differences in kr and %, and a clustered bar chart", () => {
    const scenarier = sheet("Scenarier");
    expect(scenarier.tables.map((t) => t.columns)).toEqual([
      ["Part", "Grundmodell", "Folkmängd 2022", "Folkmängd 2020", "Statens modell 2025"],
      [
        "Part",
        "Folkmängd 2022: Skillnad",
        "Folkmängd 2022: Skillnad %",
        "Folkmängd 2020: Skillnad",
        "Folkmängd 2020: Skillnad %",
        "Statens modell 2025: Skillnad",
        "Statens modell 2025: Skillnad %",
      ],
    ]);
    expect(scenarier.charts).toHaveLength(1);
  });

  it("takes the exact amounts of a bounded rule from the engine, as no plain formula can clamp them", () => {
    const doc = modelDoc({
      keys: { k: { values: { a: 1, b: 1, c: 8 } } },
      lines: { x: { label: "X", amount: "100", split: { by: "key", key: "k", min: "20" } } },
    });
    const fordelning = renderWorkbook(evaluateScenarios(doc)).sheets[1] as SheetSpec;
    expect(cellAt(fordelning, rowOf(fordelning, "Part a"), 3)?.value).toBe(20);
  });

  it("writes fixed amounts plus a share of the rest", () => {
    const doc = JSON.parse(readFileSync(path.join(EXAMPLES, "turism.json"), "utf8")) as unknown;
    const fordelning = renderWorkbook(evaluateScenarios(doc)).sheets[1] as SheetSpec;
    const r = rowOf(fordelning, "Ragunda");
    const sum = fordelning.cells.find((c) => c.formula === "=SUM(Indata!$D$9:$D$16)")?.row ?? -1;
    expect(cellAt(fordelning, r, 3)?.formula).toBe(`=100000+($B$6-3800000)*Indata!$D$9/$B$${sum + 1}`);
  });

  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith(".json")))(
    "renders %s the same from results the caller has computed already as from the scenarios' totals",
    (file) => {
      const evaluations = example(file);
      expect(renderWorkbook(evaluations, { results: resultDocument(evaluations).results })).toEqual(
        renderWorkbook(evaluations),
      );
    },
  );

  it("keeps table names unique across models tagged into one workbook", () => {
    const names = ["turism.json", "samordningsforbund.json"].flatMap((f) =>
      renderWorkbook(example(f), { tag: f.slice(0, 6) }).sheets.flatMap((s) => s.tables.map((t) => t.name)),
    );
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("statements as sheets of the workbook, on request", () => {
  const evaluations = example("samordningsforbund.json");

  it("are left out unless asked for", () => {
    expect(spec.sheets.some((s) => s.name.startsWith("Underlag"))).toBe(false);
  });

  it("add one print-ready sheet per party, after the others, in the parties' order", () => {
    const sheets = renderWorkbook(evaluations, { statements: { scenario: null } }).sheets;
    const parties = evaluations[0]?.evaluation.model.parties ?? [];
    expect(sheets.slice(-parties.length).map((s) => [s.name, s.page?.fitToHeight === 1])).toEqual(
      parties.map((p) => [`Underlag ${p.name}`.slice(0, 31), true]),
    );
  });

  it("show the named scenario", () => {
    const sheets = renderWorkbook(evaluations, { statements: { scenario: "Folkmängd 2020" } }).sheets;
    const ragunda = sheets.find((s) => s.name === "Underlag Ragunda");
    expect(ragunda?.cells.some((c) => c.value === "Scenario: Folkmängd 2020")).toBe(true);
  });

  it("get names Excel accepts: at most 31 characters, none of : \\ / ? * [ ], unique whatever the case", () => {
    fc.assert(
      fc.property(
        // Names as a model accepts them: not blank.
        fc.uniqueArray(
          fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim() !== ""),
          { minLength: 1, maxLength: 6 },
        ),
        (names) => {
          const doc = modelDoc({
            parties: names.map((name, i) => ({ id: `p${i}`, name })),
            lines: { x: { label: "X", amount: "10", split: { by: "equal" } } },
          });
          const sheets = renderWorkbook(evaluateScenarios(doc), { statements: { scenario: null } }).sheets;
          const statements = sheets.slice(-names.length).map((s) => s.name);
          expect(statements.every((n) => n.length <= 31 && !/[:\\/?*[\]]/.test(n))).toBe(true);
          expect(new Set(statements.map((n) => n.toLowerCase())).size).toBe(names.length);
        },
      ),
    );
  });
});
