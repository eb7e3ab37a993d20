import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openPane, openTab, screenshot, seriousViolations } from "./browser";
import { paneSession } from "./paneSession";

// Three things a screenshot showed wrong: the CSV file's button in the browser's words, the
// remove button below a share field that shows a message, and a white edge around a dark pane.
// Each is looked at at 320 and 420 px, and pictures are kept under test-artifacts/.

const pane = paneSession();
const CSV = "Kommun;Folkmängd\n2303 Ragunda;5146\n2380 Östersund;64979\n";

/** The same stand-in in another Office: English, or dark, or both. */
function standInFor(name: string, office: string): string {
  const file = pane.standIn.replace(/\.js$/, `.${name}.js`);
  writeFileSync(file, `${readFileSync(pane.standIn, "utf8")}\n${office}\n`);
  return file;
}

async function paneAt(width: number, standIn = pane.standIn): Promise<Page> {
  const page = await openPane(pane.browser, pane.url, standIn);
  await page.setViewportSize({ width, height: 900 });
  await page
    .getByRole("button", { name: /Öppna: Samordningsförbundet|Open: Samordningsförbundet/ })
    .waitFor();
  return page;
}

describe.each([320, 420])("the pane at %i px", (width) => {
  it("opens a CSV file from a button in the pane's words, with the file input hidden", async () => {
    const page = await paneAt(width);
    await openTab(page, "Parter");
    const button = page.getByRole("button", { name: "Öppna en CSV-fil", exact: true });
    const input = page.locator('input[type="file"]');
    await screenshot(page, `polish-${width}-csv-button`);
    // The input is in the page but takes no room and no tab stop: the button is what people see and reach.
    expect(await input.evaluate((i) => [i.getBoundingClientRect().width <= 1, i.tabIndex])).toEqual([
      true,
      -1,
    ]);
    await button.focus();
    const chosen = page.waitForEvent("filechooser");
    // A round trip to the page (a frame drawn) before the key: Playwright takes the file dialog over only
    // once its request to the browser has landed, and a key pressed before that opens the browser's own
    // dialog (headless: none), so no chooser ever came, in about one run in eight.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await page.keyboard.press("Enter");
    const chooser = await chosen;
    await chooser.setFiles({ name: "kommuner.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await page.getByText("Lade till 2 parter och 1 nycklar i modellen.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("names the CSV file's button in English in an English Office", async () => {
    const page = await paneAt(width, standInFor("en", "window.Office.context.displayLanguage = 'en-US';"));
    await openTab(page, "Parties");
    await page.getByRole("button", { name: "Open a CSV file", exact: true }).waitFor();
    await screenshot(page, `polish-${width}-csv-button-en`);
    expect(await page.getByRole("button", { name: "Öppna en CSV-fil" }).count()).toBe(0);
    await page.close();
  });

  it("puts a row's remove button level with its share field when the field shows a message", async () => {
    const page = await paneAt(width);
    await page.getByRole("button", { name: /Öppna: Samordningsförbundet/ }).click();
    await openTab(page, "Regler");
    const shares = page
      .getByRole("group", { name: "Medel till förbundet" })
      .getByRole("textbox", { name: "Andel" });
    await shares.first().fill("11/20");
    await page.getByText("Andelarna blir tillsammans 21/20, inte 1.", { exact: true }).waitFor();
    await screenshot(page, `polish-${width}-share-message`);
    // The top of each share's box and of the "Ta bort" in its row: the last row shows the message.
    const tops = await shares.evaluateAll((inputs) =>
      inputs.map((input) => {
        let row = input.parentElement;
        while (row !== null && row.querySelector("button") === null) row = row.parentElement;
        const remove = Array.from(row?.querySelectorAll("button") ?? []).find(
          (b) => b.textContent === "Ta bort",
        );
        const box = input.closest(".fui-Input") ?? input;
        return Math.round(box.getBoundingClientRect().top - (remove?.getBoundingClientRect().top ?? NaN));
      }),
    );
    expect(tops).toEqual([0, 0, 0]);
    await page.close();
  });

  it("keeps every tab in sight whole, Mer included, with whichever tab chosen", async () => {
    const page = await paneAt(width);
    await page.getByRole("button", { name: /Öppna: Samordningsförbundet/ }).click();
    const overrun: Record<string, number> = {};
    for (const tab of ["Start", "Parter", "Regler", "Scenarier", "Modell", "Resultat"]) {
      await openTab(page, tab);
      await page.waitForTimeout(300); // let the tabs be measured again
      overrun[tab] = await page
        .locator(".fui-TabList")
        .first()
        .evaluate((list) => {
          const right = list.getBoundingClientRect().right;
          const tabs = Array.from(list.querySelectorAll('[role="tab"]')).filter((t) => t.clientWidth > 0);
          return Math.max(0, ...tabs.map((t) => Math.ceil(t.getBoundingClientRect().right - right)));
        });
    }
    expect(overrun).toEqual({ Start: 0, Parter: 0, Regler: 0, Scenarier: 0, Modell: 0, Resultat: 0 });
    await page.close();
  });

  it.each([
    ["dark", "window.Office.context.officeTheme = { isDarkTheme: true };", "rgb(41, 41, 41)"],
    ["light", "", "rgb(255, 255, 255)"],
  ])("shows no edge of another colour around the pane in the %s theme", async (theme, office, colour) => {
    const page = await paneAt(width, standInFor(theme, office));
    await screenshot(page, `polish-${width}-${theme}`);
    const page_ = await page.evaluate(() => ({
      margin: getComputedStyle(document.body).margin,
      body: getComputedStyle(document.body).backgroundColor,
      html: getComputedStyle(document.documentElement).backgroundColor,
    }));
    // The page behind the pane is the theme's background, whatever shows around or below the pane.
    expect(page_.margin).toBe("0px");
    expect([page_.body, page_.html].filter((c) => c !== "rgba(0, 0, 0, 0)")).toEqual([colour]);
    await page.close();
  });
});
