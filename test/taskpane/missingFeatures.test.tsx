/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../src/contracts/language";
import { App } from "../../src/taskpane/App";
import { inlineCalculator } from "../../src/taskpane/calculator";
import { memoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import { loadStoreStrings } from "../../src/taskpane/storeStrings";
import { loadStrings } from "../../src/taskpane/strings";
import { renderWithProviders } from "./renderWithProviders";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const loadTemplates = async () => [
  {
    id: "turism",
    document: JSON.parse(readFileSync(path.join(EXAMPLES, "turism.json"), "utf8")) as { name: string },
  },
];

/** The pane on a workbook whose Excel lacks change events (ExcelApi 1.7) and what needs 1.9 and 1.20. */
async function setUp(language: Language) {
  await Promise.all([loadStrings(language), loadStoreStrings(language)]);
  const workbook = memoryWorkbook(() => undefined, language);
  workbook.missingFeatures = async () => [
    { feature: "liveRecompute", set: "1.7" },
    { feature: "pageLayout", set: "1.9" },
  ];
  renderWithProviders(
    <App
      services={workbook}
      language={language}
      loadTemplates={loadTemplates}
      calculator={inlineCalculator()}
    />,
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: /^(Öppna|Open): / }));
  return workbook;
}

describe("features an older Excel lacks", () => {
  it("are named in Swedish with the set each needs, and the switch is off and cannot be turned", async () => {
    await setUp("sv");
    expect(
      await screen.findByText(
        /^Räkna om automatiskt kräver ExcelApi 1\.7, som den här Excel-versionen saknar/,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/^Utskriftsinställningarna för bladen kräver ExcelApi 1\.9/)).toBeTruthy();
    const toggle = screen.getByRole("switch", { name: /^Räkna om automatiskt/ }) as HTMLInputElement;
    await waitFor(() => expect([toggle.checked, toggle.disabled]).toEqual([false, true]));
  });

  it("are named in English in an English pane", async () => {
    await setUp("en");
    expect(
      await screen.findByText(
        /^Recalculate automatically needs ExcelApi 1\.7, which this version of Excel lacks/,
      ),
    ).toBeTruthy();
  });

  it("are not mentioned where Excel has them all", async () => {
    const workbook = memoryWorkbook(() => undefined);
    renderWithProviders(
      <App services={workbook} language="sv" loadTemplates={loadTemplates} calculator={inlineCalculator()} />,
    );
    await userEvent.setup().click(await screen.findByRole("button", { name: /^Öppna: / }));
    const toggle = (await screen.findByRole("switch", { name: /^Räkna om automatiskt/ })) as HTMLInputElement;
    expect([toggle.disabled, screen.queryByText(/kräver ExcelApi/)]).toEqual([false, null]);
  });
});
