import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { openPane, openTab, screenshot, seriousViolations } from "./browser";
import { paneSession } from "./paneSession";

const pane = paneSession();

/** Edits the model's JSON in the pane's editor. */
async function editModel(page: Page, change: (model: Record<string, unknown>) => void): Promise<void> {
  const editor = page.getByRole("textbox", { name: /Modellen som JSON/ });
  const model = JSON.parse(await editor.inputValue()) as Record<string, unknown>;
  change(model);
  await editor.fill(JSON.stringify(model, null, 2));
}

describe("the pane in Chromium, on a scripted in-memory Excel", () => {
  it("goes from a template through an edited key and a new scenario to a run, and writes the sheets", async () => {
    const page = await openPane(pane.browser, pane.url, pane.standIn);
    await page.getByRole("button", { name: /Öppna: Samordningsförbundet/ }).click();
    await editModel(page, (model) => {
      const keys = model.keys as { folkmangd: { values: Record<string, number> } };
      keys.folkmangd.values["2303"] = 6000;
      (model.scenarios as unknown[]).push({
        name: "Utan Krokoms ökning",
        patch: { keys: { folkmangd: { values: { "2309": 15054 } } } },
      });
    });
    await screenshot(page, "1-model");
    await page.getByRole("button", { name: "Kör och skriv till arbetsboken" }).click();
    await page.getByText("Klart: 5 blad skrivna.").waitFor();
    const written = await page.evaluate(() => {
      const excel = (
        window as unknown as {
          __fakeExcel: {
            sheets: { name: string; visibility: string }[];
            syncs: number;
            cell: (s: string, a: string) => unknown;
            writes: { sheet: string }[];
          };
        }
      ).__fakeExcel;
      return {
        sheets: excel.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name),
        store: excel.sheets.filter((s) => s.visibility === "VeryHidden").map((s) => s.name),
        syncs: excel.syncs,
        ragunda: excel.cell("Indata", "D10"),
        touched: [...new Set(excel.writes.map((w) => w.sheet))],
      };
    });
    expect(written.sheets).toEqual(["Blad1", "Indata", "Fördelning", "Summering", "Scenarier", "Jämförelse"]);
    // The model is saved in Fördela's very hidden store sheet, not in the settings.
    expect(written.store).toEqual(["Fördela modeller"]);
    expect(written.ragunda).toBe(6000);
    expect(written.touched).not.toContain("Blad1");
    await openTab(page, "Resultat");
    await page.getByRole("combobox", { name: "Scenario" }).selectOption("Utan Krokoms ökning");
    await page.getByRole("row", { name: /Krokom/ }).waitFor();
    await screenshot(page, "2-result");
    await page.getByRole("button", { name: "Varför? Ragunda" }).click();
    await page.getByRole("dialog").waitFor();
    await page.waitForTimeout(600); // let the dialog's opening motion finish before the picture
    expect(await page.getByRole("dialog").textContent()).toContain("Varför betalar Ragunda detta?");
    await screenshot(page, "3-why");
  });

  it("compares two scenarios with the causes per party, and downloads every statement as one zip", async () => {
    const page = await openPane(pane.browser, pane.url, pane.standIn);
    await page.getByRole("button", { name: /Öppna: Basfinansiering/ }).click();
    await page.getByRole("button", { name: "Kör och skriv till arbetsboken" }).click();
    await page.getByText(/^Klart/).waitFor();
    await openTab(page, "Resultat");
    await page.getByRole("tab", { name: "Jämförelse" }).click();
    await page.getByRole("combobox", { name: "Scenario" }).selectOption("Grundmodell");
    await page.getByRole("combobox", { name: "jämfört med" }).selectOption("Samma som i fjol");
    await page.getByText(/^Grundmodell jämfört med Samma som i fjol: \+210\u00a0000 kr/).waitFor();
    await page.getByRole("combobox", { name: "Orsaker för" }).selectOption("Ragunda");
    const causes = page.getByRole("table", { name: /^Ragunda: \+94\s600 kr/ });
    await causes.waitFor();
    expect(await causes.getByRole("row", { name: /Regler m\.m\./ }).textContent()).toContain("+94\u00a0600");
    await screenshot(page, "8-compare");

    await page.getByRole("tab", { name: "Fördelning" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ner utskick (zip)" }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const names = Object.keys(zip.files);
    expect([download.suggestedFilename(), names.length, names.includes("2380 Östersund.xlsx")]).toEqual([
      "Basfinansiering av Jämtland Härjedalen Turism 2025.zip",
      10,
      true,
    ]);
    await page.getByText(/^Sparade /).waitFor();
    expect(await page.getByRole("button", { name: "Ladda ner utskick (zip)" }).isEnabled()).toBe(true);
    await page.mouse.move(0, 0);
    await screenshot(page, "9-download");
  });

  it("adds a scenario, changes a key value in its field, and shows the scenario's result", async () => {
    const page = await openPane(pane.browser, pane.url, pane.standIn);
    await page.getByRole("button", { name: /Öppna: Samordningsförbundet/ }).click();
    await openTab(page, "Scenarier");
    await page.getByRole("button", { name: "Lägg till scenario" }).click();
    await page.getByRole("textbox", { name: "Namn" }).fill("Ragunda växer");
    await page.getByRole("button", { name: "Byt namn" }).click();
    await page.getByRole("textbox", { name: "Ragunda" }).fill("6 000");
    await page.getByText(/^Grundmodellen: /).waitFor();
    await screenshot(page, "10-scenario");
    await openTab(page, "Modell");
    await page.getByRole("button", { name: "Kör och skriv till arbetsboken" }).click();
    await page.getByText(/^Klart/).waitFor();
    await openTab(page, "Resultat");
    const ragunda = page.getByRole("row", { name: /^Ragunda/ });
    const inBase = await ragunda.textContent();
    await page.getByRole("combobox", { name: "Scenario" }).selectOption("Ragunda växer");
    await page.waitForFunction((before) => {
      const row = Array.from(document.querySelectorAll("tr")).find((r) =>
        r.textContent?.startsWith("Ragunda"),
      );
      return row !== undefined && row.textContent !== before;
    }, inBase);
    const base = await page.evaluate(() =>
      (window as unknown as { __fakeExcel: { cell: (s: string, a: string) => unknown } }).__fakeExcel.cell(
        "Indata",
        "D10",
      ),
    );
    expect(base).toBe(5146);
  });

  it("opens on Start with the templates, and reads parties and keys from the selected cells", async () => {
    const page = await openPane(pane.browser, pane.url, pane.standIn);
    await page.getByRole("button", { name: /Öppna: Samordningsförbundet/ }).waitFor();
    await screenshot(page, "0-start");
    await page.evaluate(() => {
      const excel = (window as unknown as { __fakeExcel: { selection: unknown } }).__fakeExcel;
      excel.selection = {
        sheet: "Blad1",
        values: [
          ["Kommun", "Folkmängd"],
          ["2303 Ragunda", 5146],
          ["2380 Östersund", 64979],
        ],
      };
    });
    await openTab(page, "Parter");
    await page.getByRole("button", { name: "Läs de markerade cellerna" }).click();
    await page.getByText("Lade till 2 parter och 1 nycklar i modellen.").waitFor();
    await screenshot(page, "6-parties");
  });

  it("edits a line's rule in fields", async () => {
    const page = await openPane(pane.browser, pane.url, pane.standIn);
    await page.getByRole("button", { name: /Öppna: Samordningsförbundet/ }).click();
    await openTab(page, "Regler");
    const rule = page.getByRole("group", { name: "Medel till förbundet" });
    const group = rule.getByRole("group", { name: "Så fördelas kommunernas del" });
    expect(await group.getByRole("combobox", { name: "Fördelas" }).inputValue()).toBe("key");
    expect(
      await rule
        .getByRole("textbox", { name: "Andel" })
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(["1/2", "1/4", "1/4"]);
    await screenshot(page, "7-lines");
  });

  it("takes a refusal to the field that holds the value, focused, and writes nothing", async () => {
    const page = await openPane(pane.browser, pane.url, pane.standIn);
    await page.getByRole("button", { name: /Öppna: Basfinansiering/ }).click();
    await editModel(page, (model) => {
      (model.keys as { folkmangd: { values: Record<string, unknown> } }).folkmangd.values["2326"] =
        "sju tusen";
    });
    await page.getByRole("button", { name: "Kör och skriv till arbetsboken" }).click();
    // The run goes to Parter, to Berg's population: the engine's words on the field, and the focus in it.
    await page.getByText('"sju tusen" är inte ett tal.', { exact: true }).waitFor();
    expect(await page.getByRole("tab", { name: "Parter" }).getAttribute("aria-selected")).toBe("true");
    const berg = page.getByRole("textbox", { name: "Berg" });
    expect(await berg.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(
      await page.evaluate(
        () => (window as unknown as { __fakeExcel: { writes: unknown[] } }).__fakeExcel.writes.length,
      ),
    ).toBe(0);
    await screenshot(page, "4-refused");
  });

  it("says shares that do not add up to 1 on the field and in the summary, whose link goes back to it", async () => {
    const page = await openPane(pane.browser, pane.url, pane.standIn);
    await page.getByRole("button", { name: /Öppna: Samordningsförbundet/ }).click();
    await openTab(page, "Regler");
    const shares = page
      .getByRole("group", { name: "Medel till förbundet" })
      .getByRole("textbox", { name: "Andel" });
    await shares.first().fill("11/20");
    const message = "Andelarna blir tillsammans 21/20, inte 1.";
    // On the last share, the one that makes the sum, before any run.
    await page.getByText(message, { exact: true }).waitFor();
    expect(await shares.last().getAttribute("aria-invalid")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "11-share-sum");
    // Listed above the run button, in every view; its link brings the user back from another.
    await openTab(page, "Modell");
    const link = page
      .getByRole("region", { name: "Att rätta" })
      .getByRole("button", { name: `Regler, Medel till förbundet: ${message}` });
    await link.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "12-summary");
    await link.click();
    await page.getByText(message, { exact: true }).waitFor();
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === "1/4");
    expect(await page.getByRole("tab", { name: "Regler" }).getAttribute("aria-selected")).toBe("true");
  });

  it("outside Excel, says so and previews the written sheets", async () => {
    const page = await openPane(pane.browser, pane.url, "local");
    await page.getByText(/Du är inte i Excel/).waitFor();
    await page.getByRole("button", { name: /Öppna: Gemensam nämnd/ }).click();
    await page.getByRole("button", { name: "Kör och skriv till arbetsboken" }).click();
    await page.getByRole("region", { name: "Förhandsvisning av arbetsboken" }).waitFor();
    await screenshot(page, "5-preview");
  });
});
