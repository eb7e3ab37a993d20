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
const loadTemplates = jest.fn(async () => [
  template("samordningsforbund"),
  template("turism"),
  template("gemensam-namnd"),
]);

/** Renders the pane on an in-memory workbook and waits for the templates and stored models to load. */
async function setUp(language: "sv" | "en" = "sv") {
  const workbook = memoryWorkbook(() => undefined);
  const write = jest.spyOn(workbook, "write");
  renderWithProviders(
    <App
      services={workbook}
      language={language}
      loadTemplates={loadTemplates}
      calculator={inlineCalculator()}
    />,
  );
  await screen.findAllByRole("button", { name: language === "sv" ? /^Öppna: / : /^Open: / });
  return { workbook, write, user: userEvent.setup() };
}

describe("the task pane", () => {
  it("says it is not in Excel and offers the preview", async () => {
    await setUp();
    expect(screen.getByText(/Du är inte i Excel/)).toBeTruthy();
  });

  it("offers the templates on Start", async () => {
    await setUp();
    expect(
      await screen.findByRole("button", { name: "Öppna: Samordningsförbundet i Jämtlands län 2025" }),
    ).toBeTruthy();
  });

  it("opens a template as the model, runs it, writes the sheets and shows the result", async () => {
    const { write, user } = await setUp();
    await user.click(
      await screen.findByRole("button", {
        name: "Öppna: Basfinansiering av Jämtland Härjedalen Turism 2025",
      }),
    );
    expect(
      ((await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement).value,
    ).toContain('"format": "fordela/1"');
    await user.click(screen.getByRole("button", { name: "Kör och skriv till arbetsboken" }));
    expect(await screen.findByText("Klart: 5 blad skrivna.")).toBeTruthy();
    expect(write.mock.calls[0]?.[0].sheets.map((s) => s.name)).toEqual([
      "Indata",
      "Fördelning",
      "Summering",
      "Scenarier",
      "Jämförelse",
    ]);
    await user.click(screen.getByRole("tab", { name: "Resultat" }));
    const table = await screen.findByRole("table", { name: "Resultat" });
    expect(within(table).getByRole("row", { name: /Östersund/ }).textContent).toContain(
      "1\u00a0420\u00a0700",
    );
  });

  it("shows a refusal on the model's field, with its path, and writes nothing", async () => {
    const { write, user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    const editor = (await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement;
    await user.clear(editor);
    await user.click(editor);
    await user.paste(
      JSON.stringify({
        format: "fordela/1",
        name: "x",
        parties: [{ id: "a", name: "A" }],
        lines: { b: { label: "B", amount: 1, split: { by: "shares", shares: { a: "9/10" } } } },
      }),
    );
    await user.click(screen.getByRole("button", { name: "Kör och skriv till arbetsboken" }));
    expect(await screen.findByText("lines.b.split.shares: the shares add up to 9/10, not 1")).toBeTruthy();
    expect(write).not.toHaveBeenCalled();
  });

  it("explains a party's amount with Varför?", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    await user.click(await screen.findByRole("button", { name: "Kör och skriv till arbetsboken" }));
    await screen.findByText(/Klart/);
    await user.click(screen.getByRole("tab", { name: "Resultat" }));
    await user.click(await screen.findByRole("button", { name: "Varför? Ragunda" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/Varför betalar Ragunda detta\?/)).toBeTruthy();
    expect(dialog.textContent).toMatch(/Avrundat 47\u00a0455/);
    expect(dialog.textContent).toMatch(/fick en extra enhet: plats \d+ i kön/);
  });

  it("switches the result between scenarios", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    await user.click(await screen.findByRole("button", { name: "Kör och skriv till arbetsboken" }));
    await screen.findByText(/Klart/);
    await user.click(screen.getByRole("tab", { name: "Resultat" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Scenario" }), "Folkmängd 2020");
    await waitFor(() =>
      expect(screen.getByRole("row", { name: /Ragunda/ }).textContent).toContain("48\u00a0643"),
    );
  });

  it("speaks English when Office does", async () => {
    await setUp("en");
    expect(await screen.findByRole("tab", { name: "Result" })).toBeTruthy();
  });
});

describe("parties and keys", () => {
  const scb =
    '"Folkmängd efter region"\n"region";"Folkmängd 2024"\n"2303 Ragunda";5146\n"2380 Östersund";64979\n';

  it("adds the parties and keys of a pasted SCB export to a new model", async () => {
    const { user } = await setUp();
    await user.click(screen.getByRole("tab", { name: "Parter" }));
    await user.click(await screen.findByRole("textbox", { name: /Klistra in en tabell/ }));
    await user.paste(scb);
    await user.click(screen.getByRole("button", { name: "Lägg till i modellen" }));
    expect(await screen.findByText("Lade till 2 parter och 1 nycklar i modellen.")).toBeTruthy();
    expect(screen.getByText("Modellen har 2 parter och 1 nycklar.")).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    const model = JSON.parse(
      ((await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement).value,
    ) as { parties: unknown[]; keys: Record<string, unknown> };
    expect([model.parties[1], Object.keys(model.keys)]).toEqual([
      { id: "2380", name: "Östersund", code: "2380" },
      ["folkmangd_2024"],
    ]);
  });

  it("points a bad value to its line and column in the pasted text", async () => {
    const { user } = await setUp();
    await user.click(screen.getByRole("tab", { name: "Parter" }));
    await user.click(await screen.findByRole("textbox", { name: /Klistra in en tabell/ }));
    await user.paste(`${scb}"2326 Berg";sju tusen\n`);
    await user.click(screen.getByRole("button", { name: "Lägg till i modellen" }));
    expect((await screen.findByRole("alert")).textContent).toBe('Urklipp!B5: "sju tusen" är inte ett tal');
  });
});

describe("scenarios", () => {
  it("adds a scenario, names it, says what differs, and shows it in the result after a run", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Basfinansiering/ }));
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await user.click(await screen.findByRole("button", { name: "Lägg till scenario" }));
    const name = screen.getByRole("textbox", { name: "Namn" });
    await user.clear(name);
    await user.type(name, "Sju miljoner");
    await user.click(screen.getByRole("button", { name: "Byt namn" }));
    const patch = screen.getByRole("textbox", { name: /Det som skiljer/ });
    await user.clear(patch);
    await user.click(patch);
    await user.paste('{ "lines": { "basfinansiering": { "amount": "7000000" } } }');
    await user.click(screen.getByRole("button", { name: "Spara ändringen" }));
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    await user.click(await screen.findByRole("button", { name: "Kör och skriv till arbetsboken" }));
    await screen.findByText(/Klart/);
    await user.click(screen.getByRole("tab", { name: "Resultat" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Scenario" }), "Sju miljoner");
    await waitFor(() =>
      expect(screen.getByRole("row", { name: /^Summa/ }).textContent).toContain("7\u00a0000\u00a0000"),
    );
  });

  it("duplicates and removes a scenario", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await user.click(await screen.findByRole("button", { name: "Duplicera" }));
    const options = () =>
      within(screen.getByRole("combobox", { name: "Scenario" }))
        .getAllByRole("option")
        .map((o) => o.textContent);
    expect(options()).toEqual(["Folkmängd 2022", "Kopia av Folkmängd 2022", "Folkmängd 2020"]);
    await user.click(screen.getByRole("button", { name: "Ta bort" }));
    expect(options()).toEqual(["Folkmängd 2022", "Folkmängd 2020"]);
  });

  it("refuses a change that is not JSON, on its field", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    const patch = await screen.findByRole("textbox", { name: /Det som skiljer/ });
    await user.clear(patch);
    await user.type(patch, "inte json");
    await user.click(screen.getByRole("button", { name: "Spara ändringen" }));
    expect(await screen.findByText(/^Inte giltig JSON/)).toBeTruthy();
  });
});

describe("lines and rules", () => {
  it("changes a line's rule in fields and runs with it", async () => {
    const { write, user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Gemensam nämnd/ }));
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Rad" }), "Gemensamma e-tjänster");
    const rule = screen.getByRole("group", { name: "Gemensamma e-tjänster" });
    const weights = within(rule).getAllByRole("textbox", { name: "Vikt" });
    await user.clear(weights[0] as HTMLElement);
    await user.type(weights[0] as HTMLElement, "50%");
    await user.clear(weights[1] as HTMLElement);
    await user.type(weights[1] as HTMLElement, "50%");
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    await user.click(await screen.findByRole("button", { name: "Kör och skriv till arbetsboken" }));
    await screen.findByText(/Klart/);
    const model = JSON.parse(
      ((await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement).value,
    ) as { lines: { e_tjanster: { split: unknown } } };
    expect(model.lines.e_tjanster.split).toEqual({
      by: "weights",
      among: "kommunerna",
      weights: { equal: "50%", folkmangd: "50%" },
    });
    expect(write).toHaveBeenCalledTimes(1);
  });

  it("sets the rounding unit", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    await user.selectOptions(
      await screen.findByRole("combobox", { name: "Avrunda till" }),
      "hundratal kronor",
    );
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    const model = JSON.parse(
      ((await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement).value,
    ) as { rounding: unknown };
    expect(model.rounding).toEqual({ unit: "100", method: "largest-remainder" });
  });

  it("shows a refusal beside the line it points into", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Gemensam nämnd/ }));
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Rad" }), "Gemensamma e-tjänster");
    const weights = within(screen.getByRole("group", { name: "Gemensamma e-tjänster" })).getAllByRole(
      "textbox",
      { name: "Vikt" },
    );
    await user.clear(weights[0] as HTMLElement);
    await user.type(weights[0] as HTMLElement, "20%");
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    await user.click(await screen.findByRole("button", { name: "Kör och skriv till arbetsboken" }));
    await screen.findByText(/the weights add up to 9\/10, not 1/);
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "lines.e_tjanster.split.weights: the weights add up to 9/10, not 1",
    );
  });
});
