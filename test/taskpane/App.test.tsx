/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { inlineCalculator } from "../../src/taskpane/calculator";
import { memoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import { loadStoreStrings } from "../../src/taskpane/storeStrings";
import { loadStrings } from "../../src/taskpane/strings";
import JSZip from "jszip";
import type { ExportFile } from "../../src/workbook/export/exportFiles";
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
  // As index.tsx does before the first render: English is a chunk of its own.
  await Promise.all([loadStrings(language), loadStoreStrings(language)]);
  const workbook = memoryWorkbook(() => undefined);
  const write = jest.spyOn(workbook, "write");
  const save = jest.fn<void, [ExportFile]>();
  renderWithProviders(
    <App
      services={workbook}
      language={language}
      loadTemplates={loadTemplates}
      calculator={inlineCalculator()}
      save={save}
    />,
  );
  await screen.findAllByRole("button", { name: language === "sv" ? /^Öppna: / : /^Open: / });
  return { workbook, write, save, user: userEvent.setup() };
}

/** Runs the model being edited and goes to the result. */
async function runAndShowResult(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("tab", { name: "Modell" }));
  await user.click(await screen.findByRole("button", { name: "Kör och skriv till arbetsboken" }));
  await screen.findByText(/Klart/);
  await user.click(screen.getByRole("tab", { name: "Resultat" }));
  await screen.findByRole("table", { name: "Resultat" });
}

/** Opens a template, runs it and goes to the result. */
async function runTemplate(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  await user.click(await screen.findByRole("button", { name }));
  await runAndShowResult(user);
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

  it("shows a refusal on the field that holds the value, and writes nothing", async () => {
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
    // The run goes to Regler, where the share is: its field says why, and has the focus.
    const share = await screen.findByRole("textbox", {
      name: "Andel",
      description: "Andelarna blir tillsammans 9/10, inte 1.",
    });
    await waitFor(() => expect(document.activeElement).toBe(share));
    expect(screen.getByRole("tab", { name: "Regler" }).getAttribute("aria-selected")).toBe("true");
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
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      'Urklipp:5:2: "sju tusen" är inte ett tal' + "Rad 5: 2326 Berg | sju tusen",
    );
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
    await user.click(screen.getByRole("tab", { name: "JSON" }));
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
    expect(options()).toEqual([
      "Folkmängd 2022",
      "Kopia av Folkmängd 2022",
      "Folkmängd 2020",
      "Statens modell 2025",
    ]);
    await user.click(screen.getByRole("button", { name: "Ta bort" }));
    expect(options()).toEqual(["Folkmängd 2022", "Folkmängd 2020", "Statens modell 2025"]);
  });

  it("refuses a change that is not JSON, on its field", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await user.click(await screen.findByRole("tab", { name: "JSON" }));
    const patch = await screen.findByRole("textbox", { name: /Det som skiljer/ });
    await user.clear(patch);
    await user.type(patch, "inte json");
    await user.click(screen.getByRole("button", { name: "Spara ändringen" }));
    expect(await screen.findByText(/^Inte giltig JSON/)).toBeTruthy();
  });
});

describe("editing what a scenario changes, in fields", () => {
  /** The patch of the scenario shown, as the JSON tab has it. */
  async function patchShown(user: ReturnType<typeof userEvent.setup>) {
    await user.click(screen.getByRole("tab", { name: "JSON" }));
    return JSON.parse(
      (screen.getByRole("textbox", { name: /Det som skiljer/ }) as HTMLTextAreaElement).value,
    ) as unknown;
  }

  it("changes a key value party by party and stores only the difference", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await user.click(await screen.findByRole("button", { name: "Lägg till scenario" }));
    const ragunda = await screen.findByRole("textbox", { name: "Ragunda" });
    await user.clear(ragunda);
    await user.type(ragunda, "6 000");
    expect(screen.getByText(/^Grundmodellen: /)).toBeTruthy();
    expect(await patchShown(user)).toEqual({ keys: { folkmangd: { values: { "2303": "6000" } } } });
  });

  it("changes a line's amount in the scenario, leaving the base model as it was", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Basfinansiering/ }));
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await user.click(await screen.findByRole("button", { name: "Lägg till scenario" }));
    await user.click(screen.getByRole("tab", { name: "Rader och regler" }));
    const amount = await screen.findByRole("textbox", { name: "Belopp att fördela" });
    await user.clear(amount);
    await user.type(amount, "7000000");
    expect(await patchShown(user)).toEqual({ lines: { basfinansiering: { amount: "7000000" } } });
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    const model = JSON.parse(
      ((await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement).value,
    ) as { lines: { basfinansiering: { amount: string } } };
    expect(model.lines.basfinansiering.amount).toBe("6500000");
  });
});

describe("lines and rules", () => {
  it("shows a line's amount the Swedish way and reads a typed amount back exactly", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Gemensam nämnd/ }));
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Rad" }), "Gemensamma e-tjänster");
    const amount = screen.getByRole("textbox", { name: "Belopp att fördela" }) as HTMLInputElement;
    expect(amount.value).toBe("3\u00a0000\u00a0000");
    await user.clear(amount);
    await user.type(amount, "2 450 000");
    expect(amount.value).toBe("2\u00a0450\u00a0000");
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    const json = ((await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement)
      .value;
    expect(json).toContain('"amount": "2450000"');
  });

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

  it("takes a refusal to its line and the field it points into", async () => {
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
    await user.selectOptions(screen.getByRole("combobox", { name: "Rad" }), "IT-drift");
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    await user.click(await screen.findByRole("button", { name: "Kör och skriv till arbetsboken" }));
    // Back on Regler, on the refused line, at its last weight: the one that makes the sum.
    const last = await screen.findByRole("textbox", {
      name: "Vikt",
      description: "Vikterna blir tillsammans 9/10, inte 1.",
    });
    await waitFor(() => expect(document.activeElement).toBe(last));
    expect((screen.getByRole("combobox", { name: "Rad" }) as HTMLSelectElement).value).toBe("e_tjanster");
  });
});

describe("fixed amounts in the rules editor", () => {
  it("edits the fixed amounts party by party", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Basfinansiering/ }));
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    const rule = await screen.findByRole("group", { name: "Basfinansiering" });
    const receivers = within(rule).getAllByRole("combobox", { name: "Mottagare" }) as HTMLSelectElement[];
    const place = receivers.findIndex((r) => r.value === "region");
    const region = within(rule).getAllByRole("textbox", { name: "Belopp" })[place] as HTMLElement;
    await user.clear(region);
    await user.type(region, "3100000");
    await runAndShowResult(user);
    expect(screen.getByRole("row", { name: /^Region Jämtland Härjedalen/ }).textContent).toContain(
      "3\u00a0100\u00a0000",
    );
  });

  it("indexes last year's amounts by a factor typed the Swedish way", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Basfinansiering/ }));
    // This scenario gives amounts per party, which would not fit indexed amounts in the base model.
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await user.selectOptions(
      await screen.findByRole("combobox", { name: "Scenario" }),
      "Grundbelopp 150 000 kr",
    );
    await user.click(screen.getByRole("button", { name: "Ta bort" }));
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    const rule = await screen.findByRole("group", { name: "Basfinansiering" });
    await user.selectOptions(within(rule).getByRole("combobox", { name: "Fasta belopp från" }), "fjol");
    await user.type(within(rule).getByRole("textbox", { name: /^Uppräkning/ }), "103,2 %");
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    const model = JSON.parse(
      ((await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement).value,
    ) as { lines: { basfinansiering: { split: { amounts: unknown } } } };
    expect(model.lines.basfinansiering.split.amounts).toEqual({ from: "fjol", factor: "103.2%" });
    await runAndShowResult(user);
    // last year 3 000 000 × 1.032; the rest goes to the kommuner only
    expect(screen.getByRole("row", { name: /^Region Jämtland Härjedalen/ }).textContent).toContain(
      "3\u00a0096\u00a0000",
    );
  });
});

describe("bounds in the rules editor", () => {
  it("gives a lower bound per party", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Gemensam nämnd/ }));
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Rad" }), "Gemensamma e-tjänster");
    const rule = screen.getByRole("group", { name: "Gemensamma e-tjänster" });
    await user.click(within(rule).getByRole("button", { name: "Lägsta belopp per part" }));
    const bounds = within(rule).getByRole("group", { name: "Lägsta belopp per part" });
    await user.click(within(bounds).getByRole("button", { name: "Lägg till lägsta belopp" }));
    await user.selectOptions(within(bounds).getByRole("combobox", { name: "Mottagare" }), "2303");
    const amount = within(bounds).getByRole("textbox", { name: "Lägsta belopp" });
    await user.clear(amount);
    await user.type(amount, "50000");
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    const model = JSON.parse(
      ((await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement).value,
    ) as { lines: { e_tjanster: { split: { min: unknown } } } };
    expect(model.lines.e_tjanster.split.min).toEqual({ "2303": "50000" });
  });

  it("goes back to one bound for all", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Gemensam nämnd/ }));
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Rad" }), "Gemensamma e-tjänster");
    const rule = screen.getByRole("group", { name: "Gemensamma e-tjänster" });
    await user.click(within(rule).getByRole("button", { name: "Högsta belopp per part" }));
    await user.click(within(rule).getByRole("button", { name: "Högsta belopp: samma för alla" }));
    expect(within(rule).getByRole("textbox", { name: "Högsta belopp" })).toBeTruthy();
  });
});

describe("a group's own split in the rules editor", () => {
  const openGroupRule = async (user: Awaited<ReturnType<typeof setUp>>["user"]) => {
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    return screen.findByRole("group", { name: "Så fördelas kommunernas del" });
  };
  const modelShown = async (user: Awaited<ReturnType<typeof setUp>>["user"]) => {
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    return JSON.parse(
      ((await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement).value,
    ) as { lines: { bidrag: { split: { shares: { kommunerna: unknown } } } } };
  };

  it("splits a group's part by weights, and runs with it", async () => {
    const { user, write } = await setUp();
    const group = await openGroupRule(user);
    await user.selectOptions(
      within(group).getByRole("combobox", { name: "Fördelas" }),
      "efter en blandad nyckel",
    );
    const model = await modelShown(user);
    expect(model.lines.bidrag.split.shares.kommunerna).toEqual({
      share: "1/4",
      split: { by: "weights", weights: { equal: "30%", folkmangd: "70%" } },
    });
    await user.click(screen.getByRole("button", { name: "Kör och skriv till arbetsboken" }));
    await screen.findByText(/Klart/);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it("gives fixed amounts inside a group to the group's members only", async () => {
    const { user } = await setUp();
    const group = await openGroupRule(user);
    await user.selectOptions(
      within(group).getByRole("combobox", { name: "Fördelas" }),
      "med fasta belopp och rest",
    );
    await user.selectOptions(
      within(group).getByRole("combobox", { name: "Fasta belopp från" }),
      "beloppen nedan, per part",
    );
    await user.click(within(group).getByRole("button", { name: "Lägg till belopp" }));
    const receiver = within(group).getByRole("combobox", { name: "Mottagare" }) as HTMLSelectElement;
    expect(Array.from(receiver.options, (o) => o.value)).toEqual([
      "2303",
      "2305",
      "2309",
      "2313",
      "2321",
      "2326",
      "2361",
      "2380",
    ]);
    await user.selectOptions(receiver, "2380");
    const amount = within(group).getByRole("textbox", { name: "Belopp" });
    await user.clear(amount);
    await user.type(amount, "200000");
    await user.selectOptions(within(group).getByRole("combobox", { name: "Resten" }), "lika delar");
    const model = await modelShown(user);
    expect(model.lines.bidrag.split.shares.kommunerna).toEqual({
      share: "1/4",
      split: { by: "fixed", amounts: { "2380": "200000" }, rest: { by: "equal" } },
    });
  });
});

describe("comparing scenarios in the result", () => {
  it("shows each party's difference in kr, per cent and per inhabitant", async () => {
    const { user } = await setUp();
    await runTemplate(user, /Öppna: Basfinansiering/);
    await user.click(await screen.findByRole("tab", { name: "Jämförelse" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Scenario" }), "Grundmodell");
    await user.selectOptions(screen.getByRole("combobox", { name: "jämfört med" }), "Samma som i fjol");
    const table = await screen.findByRole("table", { name: "Jämförelse" });
    await waitFor(() =>
      expect(within(table).getByRole("row", { name: /^Härjedalen/ }).textContent).toBe(
        "Härjedalen\u2212253\u00a0200\u221245,21 %\u221224,88",
      ),
    );
  });

  it("splits the chosen party's difference into causes that add up to it", async () => {
    const { user } = await setUp();
    await runTemplate(user, /Öppna: Samordningsförbundet/);
    await user.click(await screen.findByRole("tab", { name: "Jämförelse" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Orsaker för" }), "Ragunda");
    const causes = await screen.findByRole("table", { name: /^Ragunda: / });
    const amounts = within(causes)
      .getAllByRole("row")
      .slice(1)
      .map((row) => Number((row.lastChild?.textContent ?? "").replace(/\u00a0/g, "").replace("\u2212", "-")));
    const difference = within(screen.getByRole("table", { name: "Jämförelse" }))
      .getByRole("row", { name: /Ragunda/ })
      .children[1]?.textContent?.replace(/\u00a0/g, "")
      .replace("\u2212", "-");
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(Number(difference));
    expect(amounts[1]).not.toBe(0);
  });

  it("says why a cause could not be measured on its own", async () => {
    const { user } = await setUp();
    await runTemplate(user, /Öppna: Basfinansiering/);
    await user.click(await screen.findByRole("tab", { name: "Jämförelse" }));
    expect(await screen.findByText(/^Obs: Radbelopp kunde inte mätas för sig/)).toBeTruthy();
  });

  it("says there is nothing to compare in a model without scenarios", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    for (let left = 3; left > 0; left--)
      await user.click(await screen.findByRole("button", { name: "Ta bort" }));
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    await user.click(await screen.findByRole("button", { name: "Kör och skriv till arbetsboken" }));
    await screen.findByText(/Klart/);
    await user.click(screen.getByRole("tab", { name: "Resultat" }));
    await user.click(await screen.findByRole("tab", { name: "Jämförelse" }));
    expect(await screen.findByText(/inga scenarier att jämföra/)).toBeTruthy();
  });
});

describe("statements in the open workbook", () => {
  it("writes each party's statement as a sheet of its own when asked to", async () => {
    const { write, user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    await user.click(await screen.findByRole("checkbox", { name: /Skriv också ett underlag per part/ }));
    await user.click(screen.getByRole("button", { name: "Kör och skriv till arbetsboken" }));
    await screen.findByText(/Klart/);
    const names = write.mock.calls[0]?.[0].sheets.map((s) => s.name) ?? [];
    expect(names.filter((n) => n.startsWith("Underlag "))).toContain("Underlag Ragunda");
  });

  it("writes no statements unless asked", async () => {
    const { write, user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    await user.click(await screen.findByRole("button", { name: "Kör och skriv till arbetsboken" }));
    await screen.findByText(/Klart/);
    const names = write.mock.calls[0]?.[0].sheets.map((s) => s.name) ?? [];
    expect(names.some((n) => n.startsWith("Underlag "))).toBe(false);
  });
});

describe("downloading the statements", () => {
  it("hands one zip with every party's statement and fordelning.csv to the browser", async () => {
    const { user, save } = await setUp();
    await runTemplate(user, /Öppna: Gemensam nämnd/);
    await user.click(await screen.findByRole("button", { name: "Ladda ner utskick (zip)" }));
    await screen.findByText(/^Sparade /);
    const file = save.mock.calls[0]?.[0];
    const names = Object.keys((await JSZip.loadAsync(file?.bytes ?? new Uint8Array())).files);
    expect([file?.name.endsWith(".zip"), names.includes("fordelning.csv"), names.length]).toEqual([
      true,
      true,
      1 + screen.getAllByRole("button", { name: /^Varför\? / }).length,
    ]);
  });

  it("downloads the scenario shown", async () => {
    const { user, save } = await setUp();
    await runTemplate(user, /Öppna: Samordningsförbundet/);
    await user.selectOptions(await screen.findByRole("combobox", { name: "Scenario" }), "Folkmängd 2020");
    await user.click(screen.getByRole("button", { name: "Ladda ner utskick (zip)" }));
    await screen.findByText(/^Sparade /);
    expect(save.mock.calls[0]?.[0].name).toMatch(/ – Folkmängd 2020\.zip$/);
  });
});

describe("a model with numbers beyond double precision", () => {
  const long = "123456789012345678901234567890";

  it("keeps a 30-digit key value digit for digit while another value is edited in fields", async () => {
    const { user } = await setUp();
    await user.click(await screen.findByRole("button", { name: /Öppna: Samordningsförbundet/ }));
    const editor = (await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement;
    // The event a browser fires as the text changes, the one the pane's onChange listens to.
    fireEvent.input(editor, { target: { value: editor.value.replace('"2380": 64979', `"2380": ${long}`) } });
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await user.click(await screen.findByRole("button", { name: "Lägg till scenario" }));
    const ragunda = await screen.findByRole("textbox", { name: "Ragunda" });
    await user.clear(ragunda);
    await user.type(ragunda, "6 000");
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    const text = ((await screen.findByRole("textbox", { name: /Modellen som JSON/ })) as HTMLTextAreaElement)
      .value;
    expect([text.includes(`"2380": ${long}`), text.includes('"2303": "6000"')]).toEqual([true, true]);
  });
});
