import type { Page } from "playwright-core";
import { openTab, openPane, screenshot, scrollsSideways, seriousViolations, type Violation } from "./browser";
import { paneSession } from "./paneSession";

// The pane at the widths Excel gives it (320 to 500 px): every view is
// scanned by axe-core and must not scroll sideways; pictures at 320 and
// 420 px are kept under test-artifacts/ to be looked at.

const pane = paneSession();

interface Seen {
  readonly view: string;
  readonly sideways: boolean;
  readonly violations: readonly Violation[];
}

/** Opens each view in turn after a run of the tourism template, and looks at it. */
async function everyView(page: Page, width: number): Promise<Seen[]> {
  const seen: Seen[] = [];
  const look = async (view: string) => {
    await page.waitForTimeout(300); // let a tab's motion finish
    seen.push({ view, sideways: await scrollsSideways(page), violations: await seriousViolations(page) });
    if (width === 320 || width === 420) await screenshot(page, `width-${width}-${view}`);
  };
  await page.getByRole("button", { name: /Öppna: Basfinansiering/ }).waitFor();
  await look("start");
  await page.getByRole("button", { name: /Öppna: Basfinansiering/ }).click();
  await look("model");
  for (const tab of ["Parter", "Regler", "Scenarier"]) {
    await openTab(page, tab);
    await look(tab.toLowerCase());
  }
  await openTab(page, "Modell");
  await page.getByRole("button", { name: "Kör och skriv till arbetsboken" }).click();
  await page.getByText(/^Klart/).waitFor();
  await openTab(page, "Resultat");
  await look("result");
  await page.getByRole("tab", { name: "Jämförelse" }).click();
  await look("compare");
  return seen;
}

describe.each([320, 420, 500])("the pane at %i px", (width) => {
  let seen: Seen[] = [];

  beforeAll(async () => {
    const page = await openPane(pane.browser, pane.url, pane.standIn);
    await page.setViewportSize({ width, height: 900 });
    seen = await everyView(page, width);
    await page.close();
  }, 300_000);

  it("scrolls no view sideways", () => {
    expect(seen.filter((s) => s.sideways).map((s) => s.view)).toEqual([]);
  });

  it("has no serious or critical accessibility violation in any view", () => {
    expect(seen.filter((s) => s.violations.length > 0)).toEqual([]);
  });
});
