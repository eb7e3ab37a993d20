import type { Page } from "playwright-core";
import { openPane, openTab, screenshot, seriousViolations } from "./browser";
import { paneSession } from "./paneSession";

// The pane at 320 px and in a short window: every tab reachable through the
// overflow menu, the run always in sight, and the focus where the user was
// after a template, the "Varför?" dialog and a run.

const pane = paneSession();

const TABS = ["Start", "Parter", "Regler", "Scenarier", "Modell", "Resultat"];
const RUN = "Kör och skriv till arbetsboken";

/** The pane at 320 × 600 with the tourism template open. */
async function narrowPane(): Promise<Page> {
  const page = await openPane(pane.browser, pane.url, pane.standIn);
  await page.setViewportSize({ width: 320, height: 600 });
  await page.getByRole("button", { name: /Öppna: Basfinansiering/ }).click();
  return page;
}

/** What has the focus: "body", the frame of a view ("view: model"), or an element's role and name. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return "body";
    const view = element.getAttribute("data-view");
    if (view !== null) return `view: ${view}`;
    const role = element.getAttribute("role") ?? element.tagName.toLowerCase();
    return `${role}: ${element.getAttribute("aria-label") ?? element.textContent ?? ""}`;
  });
}

describe("the pane at 320 px", () => {
  it("puts the tabs that do not fit into a menu, from which every tab is reached", async () => {
    const page = await narrowPane();
    const more = page.getByRole("tab", { name: /^Mer \(/ });
    await more.waitFor();
    await more.click();
    await page.getByRole("menu").waitFor();
    await page.waitForTimeout(300); // let the menu's motion finish
    await screenshot(page, "width-320-tab-menu");
    const violations = await seriousViolations(page);
    await page.keyboard.press("Escape");
    const reached: string[] = [];
    for (const tab of TABS) {
      await openTab(page, tab);
      if (await page.getByRole("tab", { name: tab, selected: true }).isVisible()) reached.push(tab);
    }
    await page.close();
    expect(violations).toEqual([]);
    expect(reached).toEqual(TABS);
  });

  it("shows the run without scrolling at 320 × 600, in every view of the model", async () => {
    const page = await narrowPane();
    const unseen: string[] = [];
    for (const tab of TABS.slice(1)) {
      await openTab(page, tab);
      await page.waitForTimeout(300); // let a tab's motion finish
      const box = await page.getByRole("button", { name: RUN }).boundingBox();
      if (box === null || box.y < 0 || box.y + box.height > 600) unseen.push(tab);
    }
    await screenshot(page, "width-320-height-600-run");
    await page.close();
    expect(unseen).toEqual([]);
  });
});

describe("the focus stays where the user was", () => {
  it("moves into the opened model after a template, not back to the top", async () => {
    const page = await narrowPane();
    await page.getByRole("textbox", { name: /Modellen som JSON/ }).waitFor();
    await page.waitForFunction(() => document.activeElement !== document.body);
    const after = await focused(page);
    await page.keyboard.press("Tab");
    const next = await focused(page);
    await page.close();
    expect(after).toBe("view: model");
    // The next Tab goes into the model's first field, not back to the tabs at the top.
    expect(next).toMatch(/^textarea: /);
  });

  it("returns to the run button after a run", async () => {
    const page = await narrowPane();
    await page.getByRole("button", { name: RUN }).click();
    await page.getByText(/^Klart/).waitFor();
    const after = await focused(page);
    await page.close();
    expect(after).toBe(`button: ${RUN}`);
  });

  it("returns to the party's Varför? after the dialog is closed", async () => {
    const page = await narrowPane();
    await page.getByRole("button", { name: RUN }).click();
    await page.getByText(/^Klart/).waitFor();
    await openTab(page, "Resultat");
    const why = page.getByRole("button", { name: /^Varför\?/ }).nth(1);
    const name = await why.getAttribute("aria-label");
    await why.click();
    await page.getByRole("dialog").waitFor();
    await page.getByRole("button", { name: "Stäng" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    const after = await focused(page);
    await page.close();
    expect(after).toBe(`button: ${name}`);
  });
});
