import type { Locator, Page } from "playwright-core";
import { openPane, screenshot, seriousViolations } from "./browser";
import { paneSession } from "./paneSession";

const pane = paneSession({ standIn: false });

const TURISM = "Basfinansiering av Jämtland Härjedalen Turism 2025";
const editor = (page: Page) => page.getByRole("textbox", { name: /Modellen som JSON/ });
const preview = (page: Page) => page.getByRole("region", { name: "Förhandsvisning av arbetsboken" });

/** Opens a template from Start, keeps the model's text as the pane holds it, and runs it. */
async function openAndRun(page: Page, name: RegExp): Promise<string> {
  await page.getByRole("tab", { name: "Start" }).click();
  await page.getByRole("button", { name }).first().click();
  const text = await editor(page).inputValue();
  await page.getByRole("button", { name: "Kör och skriv till arbetsboken" }).click();
  await preview(page).waitFor();
  return text;
}

/** The preview's Fördelning grid, as text. */
async function fordelning(region: Locator): Promise<string> {
  await region.getByRole("tab", { name: "Fördelning" }).click();
  return (await region.getByRole("table").textContent()) ?? "";
}

/** Waits until the preview's Fördelning grid no longer reads `before` (the re-run wrote it anew). */
async function rewritten(page: Page, before: string): Promise<string> {
  for (let tries = 0; tries < 200; tries++) {
    const region = preview(page);
    if ((await region.count()) === 1) {
      const now = await fordelning(region).catch(() => before);
      if (now !== before) return now;
    }
    await page.waitForTimeout(250);
  }
  throw new Error("the preview's Fördelning sheet was never written again");
}

/** Opens a stored model from Start's list and gives back its text in the editor. */
async function openStored(page: Page, name: string): Promise<string> {
  await page.getByRole("tab", { name: "Start" }).click();
  const list = page.getByRole("list", { name: "Modeller i den här arbetsboken" });
  await list.getByRole("button", { name: `Öppna: ${name}` }).click();
  return editor(page).inputValue();
}

describe("the browser preview, outside Excel", () => {
  it("keeps two models in its store sheet, re-runs when a key cell is edited in its grid, and keeps both digit for digit", async () => {
    const page = await openPane(pane.browser, pane.url, "local");
    await page.getByText(/Du är inte i Excel/).waitFor();
    const namnd = await openAndRun(page, /Öppna: Gemensam nämnd/);
    const turism = await openAndRun(page, new RegExp(`Öppna: ${TURISM}`));
    const before = await fordelning(preview(page));
    await preview(page).getByRole("tab", { name: "Indata" }).click();
    const cell = preview(page).getByRole("textbox", { name: "Indata!D10" });
    await cell.fill("6000");
    await cell.press("Enter");
    const after = await rewritten(page, before);
    await screenshot(page, "11-preview-rerun");
    await preview(page).getByRole("tab", { name: "Indata" }).click();
    const written = await preview(page).getByRole("textbox", { name: "Indata!D10" }).inputValue();
    // The re-run wrote new amounts and rounding adjustments, and Indata as the model now holds it.
    expect([after === before, written]).toEqual([false, "6000"]);
    const namndName = /"name": "([^"]*)"/.exec(namnd)?.[1] ?? "";
    expect(await openStored(page, namndName)).toBe(namnd);
    expect(await openStored(page, TURISM)).toBe(turism.replace('"2305": 6035', '"2305": 6000'));
    expect(await seriousViolations(page)).toEqual([]);
  });
});
