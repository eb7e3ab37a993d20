/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { inlineCalculator } from "../../src/taskpane/calculator";
import { memoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import { renderWithProviders } from "./renderWithProviders";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const template = (id: string) => ({
  id,
  document: JSON.parse(readFileSync(path.join(EXAMPLES, `${id}.json`), "utf8")) as { name: string },
});
const loadTemplates = async () => [template("turism"), template("gemensam-namnd")];
const TURISM = "Basfinansiering av Jämtland Härjedalen Turism 2025";

async function setUp() {
  const workbook = memoryWorkbook(() => undefined);
  renderWithProviders(
    <App services={workbook} language="sv" loadTemplates={loadTemplates} calculator={inlineCalculator()} />,
  );
  await screen.findAllByRole("button", { name: /^Öppna: / });
  return { workbook, user: userEvent.setup() };
}

/** Opens a template from Start and runs it. */
async function runTemplate(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  await user.click(screen.getByRole("tab", { name: "Start" }));
  await user.click(await screen.findByRole("button", { name }));
  await user.click(await screen.findByRole("button", { name: "Kör och skriv till arbetsboken" }));
  await screen.findByText(/Klart/);
}

const storedList = () => screen.getByRole("list", { name: "Modeller i den här arbetsboken" });
const storedNames = () =>
  within(storedList())
    .getAllByRole("button", { name: /^Öppna: / })
    .map((b) => b.getAttribute("aria-label"));

describe("models stored in the workbook, from Start", () => {
  it("are saved on a run, in the store sheet's rows, every other model kept", async () => {
    const { workbook, user } = await setUp();
    await runTemplate(user, new RegExp(`Öppna: ${TURISM}`));
    await runTemplate(user, /Öppna: .*nämnd/i);
    await user.click(screen.getByRole("tab", { name: "Start" }));
    await waitFor(() => expect(storedNames()).toHaveLength(2));
    expect(workbook.storeSheet.rows().filter((r) => r[0] !== "")).toHaveLength(2);
  });

  it("are opened with their text exactly as saved", async () => {
    const { workbook, user } = await setUp();
    await workbook.models.save({ name: "Egen", text: '{"name": "Egen", "x": 0.10}', counter: 0 });
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    await user.click(screen.getByRole("tab", { name: "Start" }));
    await user.click(await screen.findByRole("button", { name: "Öppna: Egen" }));
    const editor = (await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement;
    expect(editor.value).toBe('{"name": "Egen", "x": 0.10}');
  });

  it("are renamed, copied and deleted", async () => {
    const { workbook, user } = await setUp();
    await workbook.models.save({ name: "Egen", text: "{}", counter: 0 });
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    await user.click(screen.getByRole("tab", { name: "Start" }));
    await user.click(await screen.findByRole("button", { name: "Byt namn: Egen" }));
    await user.clear(screen.getByRole("textbox", { name: "Nytt namn" }));
    await user.type(screen.getByRole("textbox", { name: "Nytt namn" }), "Min modell");
    await user.click(screen.getByRole("button", { name: "Spara namnet" }));
    await user.click(await screen.findByRole("button", { name: "Kopiera: Min modell" }));
    await screen.findByRole("button", { name: "Öppna: Min modell (kopia)" });
    await user.click(screen.getByRole("button", { name: "Ta bort: Min modell" }));
    await user.click(screen.getByRole("button", { name: "Ta bort Min modell ur arbetsboken" }));
    await waitFor(() => expect(storedNames()).toEqual(["Öppna: Min modell (kopia)"]));
  });

  it("never overwrite a co-author's save: the user keeps both", async () => {
    const { workbook, user } = await setUp();
    await runTemplate(user, new RegExp(`Öppna: ${TURISM}`));
    await user.type(screen.getByRole("textbox", { name: /Modellen som JSON/ }), " ");
    const [entry] = (await workbook.models.list()).models;
    // A co-author saves the same model while this user edits it.
    await workbook.models.save({ id: entry?.id ?? "", name: TURISM, text: '{"theirs": 1}', counter: 1 });
    await user.click(await screen.findByRole("button", { name: "Behåll båda (spara min som kopia)" }));
    await waitFor(async () =>
      expect((await workbook.models.list()).models.map((m) => m.name)).toEqual([TURISM, `${TURISM} (kopia)`]),
    );
    expect((await workbook.models.read(TURISM))?.text).toBe('{"theirs": 1}');
  });

  it("never overwrite a co-author's save: the user takes theirs", async () => {
    const { workbook, user } = await setUp();
    await runTemplate(user, new RegExp(`Öppna: ${TURISM}`));
    await user.type(screen.getByRole("textbox", { name: /Modellen som JSON/ }), " ");
    const [entry] = (await workbook.models.list()).models;
    await workbook.models.save({ id: entry?.id ?? "", name: TURISM, text: '{"theirs": 1}', counter: 1 });
    await user.click(await screen.findByRole("button", { name: "Ta deras version" }));
    await waitFor(() =>
      expect((screen.getByRole("textbox", { name: /Modellen som JSON/ }) as HTMLTextAreaElement).value).toBe(
        '{"theirs": 1}',
      ),
    );
    expect((await workbook.models.list()).models).toHaveLength(1);
  });

  it("bring a co-author's newer save into the open model while it is unedited", async () => {
    const { workbook, user } = await setUp();
    await runTemplate(user, new RegExp(`Öppna: ${TURISM}`));
    const [entry] = (await workbook.models.list()).models;
    await workbook.models.save({ id: entry?.id ?? "", name: TURISM, text: '{"theirs": 1}', counter: 1 });
    await waitFor(() =>
      expect((screen.getByRole("textbox", { name: /Modellen som JSON/ }) as HTMLTextAreaElement).value).toBe(
        '{"theirs": 1}',
      ),
    );
  });
});

describe('the switch "Räkna om automatiskt"', () => {
  const autoSwitch = () => screen.getByRole("switch", { name: /^Räkna om automatiskt/ }) as HTMLInputElement;

  it("is on for a new model, and turned off is saved with the model in the store sheet", async () => {
    const { workbook, user } = await setUp();
    await runTemplate(user, new RegExp(`Öppna: ${TURISM}`));
    expect(autoSwitch().checked).toBe(true);
    await user.click(autoSwitch());
    await waitFor(async () =>
      expect((await workbook.models.read(TURISM))?.options).toEqual({ autoRun: false }),
    );
    expect(workbook.storeSheet.rows().filter((r) => r[10] === "|autoRun=off")).toHaveLength(1);
  });

  it("comes back as it was saved when the model is opened again", async () => {
    const { workbook, user } = await setUp();
    await workbook.models.save({
      name: "Av",
      text: '{"name": "Av"}',
      counter: 0,
      options: { autoRun: false },
    });
    await workbook.models.save({ name: "På", text: '{"name": "På"}', counter: 0 });
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    await user.click(screen.getByRole("tab", { name: "Start" }));
    await user.click(await screen.findByRole("button", { name: "Öppna: Av" }));
    await waitFor(() => expect(autoSwitch().checked).toBe(false));
    await user.click(screen.getByRole("tab", { name: "Start" }));
    await user.click(await screen.findByRole("button", { name: "Öppna: På" }));
    await waitFor(() => expect(autoSwitch().checked).toBe(true));
  });
});

describe("the preview's live recompute", () => {
  it("re-runs when a key cell in the preview grid is edited, saves the model and keeps every other model", async () => {
    const { PreviewSheets } = await import("../../src/taskpane/preview/PreviewSheets");
    const { strings } = await import("../../src/taskpane/strings");
    const workbook = memoryWorkbook(() => undefined);
    const write = jest.spyOn(workbook, "write");
    renderWithProviders(
      <App
        services={workbook}
        language="sv"
        loadTemplates={loadTemplates}
        calculator={inlineCalculator()}
        preview={{
          sheets: () => workbook.sheets(),
          Sheets: (p) => (
            <PreviewSheets
              words={strings("sv")}
              workbook={p.workbook}
              keySheet="Indata"
              onEdit={workbook.editCell}
            />
          ),
        }}
      />,
    );
    const user = userEvent.setup();
    await workbook.models.save({ name: "Annan", text: "{}", counter: 0 });
    await runTemplate(user, new RegExp(`Öppna: ${TURISM}`));
    const cell = await screen.findByRole("textbox", { name: "Indata!D10" });
    await user.clear(cell);
    await user.type(cell, "6 000{Enter}");
    await waitFor(() => expect(write).toHaveBeenCalledTimes(2), { timeout: 10_000 });
    await waitFor(async () => expect((await workbook.models.read(TURISM))?.text).toMatch(/"2305": 6000\b/));
    expect((await workbook.models.list()).models.map((m) => m.name)).toEqual(["Annan", TURISM]);
  });

  it("lets a line's amount be typed over in the grid, and no label or empty cell", async () => {
    const { PreviewSheets } = await import("../../src/taskpane/preview/PreviewSheets");
    const { strings } = await import("../../src/taskpane/strings");
    const workbook = memoryWorkbook(() => undefined);
    const Sheets = (p: { workbook: ReturnType<typeof workbook.sheets> }) => (
      <PreviewSheets
        words={strings("sv")}
        workbook={p.workbook}
        keySheet="Indata"
        onEdit={workbook.editCell}
      />
    );
    renderWithProviders(
      <App
        services={workbook}
        language="sv"
        loadTemplates={loadTemplates}
        calculator={inlineCalculator()}
        preview={{ sheets: () => workbook.sheets(), Sheets }}
      />,
    );
    await runTemplate(userEvent.setup(), new RegExp(`Öppna: ${TURISM}`));
    await screen.findByRole("textbox", { name: "Indata!H8" });
    expect(["G8", "F8", "H9"].map((a) => screen.queryByRole("textbox", { name: `Indata!${a}` }))).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("refuses a key cell that is not a number and puts the model's value back", async () => {
    const { PreviewSheets } = await import("../../src/taskpane/preview/PreviewSheets");
    const { strings } = await import("../../src/taskpane/strings");
    const workbook = memoryWorkbook(() => undefined);
    renderWithProviders(
      <App
        services={workbook}
        language="sv"
        loadTemplates={loadTemplates}
        calculator={inlineCalculator()}
        preview={{
          sheets: () => workbook.sheets(),
          Sheets: (p) => (
            <PreviewSheets
              words={strings("sv")}
              workbook={p.workbook}
              keySheet="Indata"
              onEdit={workbook.editCell}
            />
          ),
        }}
      />,
    );
    const user = userEvent.setup();
    await runTemplate(user, new RegExp(`Öppna: ${TURISM}`));
    const cell = await screen.findByRole("textbox", { name: "Indata!D10" });
    await user.clear(cell);
    await user.type(cell, "många{Enter}");
    expect(await screen.findByText(/Indata!D10: ett nyckelvärde måste vara ett tal/)).toBeTruthy();
    expect(workbook.cellValue("Indata", "D10")).toBe(6035);
  });
});
