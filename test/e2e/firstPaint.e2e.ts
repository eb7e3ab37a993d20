import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openPane, screenshot } from "./browser";
import { paneSession } from "./paneSession";

// The first paint from the built bundle: what the pane fetches before it, that it shows whole
// in Swedish and light (the default) and in English and dark, and that the first view does not
// shift while the rest of the pane arrives.

const pane = paneSession();
let englishDark: string;

beforeAll(() => {
  // The same stand-in, in an Office whose display language is English and whose theme is dark.
  englishDark = pane.standIn.replace(/\.js$/, ".en-dark.js");
  const office =
    "(window.Office.context.displayLanguage = 'en-US'), (window.Office.context.officeTheme = { isDarkTheme: true });";
  writeFileSync(englishDark, `${readFileSync(pane.standIn, "utf8")}\n${office}\n`);
});

/** The page's own scripts (by file name) whose fetch began before the first render, and those after. */
async function fetched(page: Page): Promise<{ before: string[]; after: string[] }> {
  return page.evaluate(() => {
    const [mark] = performance.getEntriesByName("fordela-first-render");
    const own = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
      (r) => r.initiatorType === "script" && r.name.startsWith(location.origin),
    );
    const name = (r: PerformanceEntry) => new URL(r.name).pathname.slice(1);
    const first = mark?.startTime ?? Infinity;
    return {
      before: own.filter((r) => r.startTime <= first).map(name),
      after: own.filter((r) => r.startTime > first).map(name),
    };
  });
}

/** The layout shifts the page has seen so far (the Layout Instability API's score, 0 for none). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
        new PerformanceObserver((list) =>
          resolve(
            (list.getEntries() as Shift[]).filter((e) => !e.hadRecentInput).reduce((n, e) => n + e.value, 0),
          ),
        ).observe({ type: "layout-shift", buffered: true });
        // No entry at all: the observer is never called.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
      }),
  );
}

describe("the pane's first paint, from the built bundle", () => {
  it("needs only its first script, and fetches what the next views need after it", async () => {
    const page = await openPane(pane.browser, pane.url, pane.standIn);
    await page.getByRole("button", { name: /^Öppna: Samordningsförbundet/ }).waitFor();
    const { before, after } = await fetched(page);
    expect(before).toEqual([expect.stringMatching(/^taskpane\.[0-9a-f]+\.js$/)]);
    expect(after).toEqual(expect.arrayContaining([expect.stringMatching(/^later\./)]));
    expect(after).toEqual(expect.arrayContaining([expect.stringMatching(/^model-json\./)]));
    await page.close();
  });

  it("does not shift the first view while the templates and the rest arrive", async () => {
    const page = await openPane(pane.browser, pane.url, pane.standIn);
    await page.getByRole("button", { name: /^Öppna: Samordningsförbundet/ }).waitFor();
    await page.waitForFunction(() =>
      performance.getEntriesByType("resource").some((r) => r.name.includes("/later.")),
    );
    // 0.1 is the Layout Instability API's own line for a good page.
    expect(await layoutShift(page)).toBeLessThan(0.1);
    await page.close();
  });

  it("shows in English and in Office's dark theme, having fetched those words and colours first", async () => {
    const page = await openPane(pane.browser, pane.url, englishDark);
    await page.getByRole("button", { name: /^Open: Samordningsförbundet/ }).waitFor();
    // The tab may be in the "More" menu at this width: counted whether in sight or not.
    await expect(page.getByRole("tab", { name: "Result", includeHidden: true }).count()).resolves.toBe(1);
    const { before } = await fetched(page);
    expect(before).toEqual(
      expect.arrayContaining([expect.stringMatching(/^english\./), expect.stringMatching(/^dark\./)]),
    );
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor,
    );
    // Fluent's dark neutral background (#292929), not the light one (white).
    expect(background).toBe("rgb(41, 41, 41)");
    await screenshot(page, "first-paint-en-dark");
    await page.close();
  });
});
