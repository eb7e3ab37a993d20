/**
 * @jest-environment jsdom
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { inlineCalculator } from "../../src/taskpane/calculator";
import { memoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import { loadStoreStrings } from "../../src/taskpane/storeStrings";
import { loadStrings } from "../../src/taskpane/strings";
import { renderWithProviders } from "./renderWithProviders";

type User = ReturnType<typeof userEvent.setup>;

/** A small model: Ragunda and Östersund share a line by population; the state has no value in the key. */
const model = (fields: Record<string, unknown> = {}) => ({
  format: "fordela/1",
  name: "Förbundet",
  parties: [
    { id: "2303", name: "Ragunda" },
    { id: "2380", name: "Östersund" },
    { id: "staten", name: "Staten" },
  ],
  keys: { folkmangd: { label: "Folkmängd 2024", values: { "2303": "5146", "2380": "64979" } } },
  lines: {
    bidrag: {
      label: "Medel till förbundet",
      amount: "1000000",
      split: { by: "key", key: "folkmangd", among: ["2303", "2380"] },
    },
  },
  ...fields,
});

async function setUp(language: "sv" | "en" = "sv") {
  await Promise.all([loadStrings(language), loadStoreStrings(language)]);
  const workbook = memoryWorkbook(() => undefined);
  const write = jest.spyOn(workbook, "write");
  renderWithProviders(
    <App
      services={workbook}
      language={language}
      loadTemplates={async () => []}
      calculator={inlineCalculator()}
    />,
  );
  return { write, user: userEvent.setup() };
}

/** Puts a model in the Modell view's JSON text, as a user pasting it would. */
async function openModel(user: User, document: unknown, modelTab = "Modell") {
  await user.click(screen.getByRole("tab", { name: modelTab }));
  const editor = await screen.findByRole("textbox", { name: /JSON/ });
  await user.clear(editor);
  await user.click(editor);
  await user.paste(JSON.stringify(document));
}

const selected = (name: string) => screen.getByRole("tab", { name }).getAttribute("aria-selected");

describe("a refusal sits on its field", () => {
  it("takes a refusal from a run to the key value it names, in Parter, with the Swedish words, focused", async () => {
    const { user, write } = await setUp();
    const missing = model();
    missing.keys.folkmangd.values = { "2303": "5146" } as typeof missing.keys.folkmangd.values;
    await openModel(user, missing);
    await user.click(screen.getByRole("button", { name: "Kör och skriv till arbetsboken" }));
    const message =
      "Östersund har inget värde i den här nyckeln, och ett värde som saknas läses aldrig som noll.";
    const field = await screen.findByRole("textbox", { name: "Östersund", description: message });
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(selected("Parter")).toBe("true");
    expect(write).not.toHaveBeenCalled();
  });

  it("says it in English when Office does", async () => {
    const { user } = await setUp("en");
    const missing = model();
    missing.keys.folkmangd.values = { "2303": "5146" } as typeof missing.keys.folkmangd.values;
    await openModel(user, missing, "Model");
    await user.click(screen.getByRole("button", { name: "Run and write to the workbook" }));
    const message = "Östersund has no value in this key, and a missing value is never read as zero.";
    const field = await screen.findByRole("textbox", { name: "Östersund", description: message });
    await waitFor(() => expect(document.activeElement).toBe(field));
  });
});

describe("checks while typing, before any run", () => {
  it("says a negative key value is negative on its field in Parter", async () => {
    const { user } = await setUp();
    await openModel(user, model());
    await user.click(screen.getByRole("tab", { name: "Parter" }));
    const ragunda = await screen.findByRole("textbox", { name: "Ragunda" });
    await user.clear(ragunda);
    await user.type(ragunda, "-5");
    const message = "-5 är negativt, och ett nyckelvärde kan inte vara mindre än noll.";
    expect(await screen.findByRole("textbox", { name: "Ragunda", description: message })).toBe(ragunda);
  });

  it("lists the problem above the run button, and its link goes to the field", async () => {
    const { user } = await setUp();
    await openModel(user, model());
    await user.click(screen.getByRole("tab", { name: "Parter" }));
    const ragunda = await screen.findByRole("textbox", { name: "Ragunda" });
    await user.clear(ragunda);
    await user.type(ragunda, "sju tusen");
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    const summary = await screen.findByRole("region", { name: "Att rätta" });
    const link = await screen.findByRole("button", {
      name: "Parter, Folkmängd 2024, Ragunda: ”sju tusen” är inte ett tal. Skriv bara siffror, till exempel 5 146.",
    });
    expect(summary.contains(link)).toBe(true);
    await user.click(link);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Ragunda" })),
    );
    expect(selected("Parter")).toBe("true");
  });

  it("shows key values the Swedish way and reads them back exactly", async () => {
    const { user } = await setUp();
    await openModel(user, model());
    await user.click(screen.getByRole("tab", { name: "Parter" }));
    const ostersund = (await screen.findByRole("textbox", { name: "Östersund" })) as HTMLInputElement;
    expect(ostersund.value).toBe("64\u00a0979");
    await user.clear(ostersund);
    await user.type(ostersund, "65 012");
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    const editor = (await screen.findByRole("textbox", { name: /JSON/ })) as HTMLTextAreaElement;
    expect(editor.value).toContain('"2380": "65012"');
  });
});

describe("checks while typing in Regler and in a scenario", () => {
  const shares = {
    label: "Medel till förbundet",
    amount: "1000000",
    split: { by: "shares", shares: { "2303": "1/2", "2380": "1/2" } },
  };

  it("says shares that do not add up to 1 on the last share, saying what they add up to", async () => {
    const { user } = await setUp();
    await openModel(user, model({ lines: { bidrag: shares } }));
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    const [first, last] = await screen.findAllByRole("textbox", { name: "Andel" });
    await user.clear(first as HTMLElement);
    await user.type(first as HTMLElement, "3/5");
    const message = "Andelarna blir tillsammans 11/10, inte 1.";
    expect(await screen.findByRole("textbox", { name: "Andel", description: message })).toBe(last);
  });

  it("says an amount with öre is not whole kronor, and an amount with its currency is not an amount", async () => {
    const { user } = await setUp();
    await openModel(user, model());
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    const amount = (await screen.findByRole("textbox", { name: "Belopp att fördela" })) as HTMLInputElement;
    await user.clear(amount);
    await user.type(amount, "2 450 000,50");
    const notWhole = "2\u00a0450\u00a0000,50 är inte ett helt antal kronor, som modellen räknar i.";
    await screen.findByRole("textbox", { name: "Belopp att fördela", description: notWhole });
    expect(amount.value).toBe("2\u00a0450\u00a0000,50");
    await user.clear(amount);
    await user.click(amount);
    await user.paste("2 450 000 kr");
    const notAmount = "”2 450 000 kr” är inte ett belopp. Skriv bara siffror, till exempel 2 450 000.";
    await screen.findByRole("textbox", { name: "Belopp att fördela", description: notAmount });
  });

  it("says a key value in a scenario that is not a number is not one, on the scenario's field", async () => {
    const { user } = await setUp();
    await openModel(user, model({ scenarios: [{ name: "Ragunda växer", patch: {} }] }));
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    const ragunda = await screen.findByRole("textbox", { name: "Ragunda" });
    await user.clear(ragunda);
    await user.type(ragunda, "sju");
    // The message, then the field's hint with the base model's value.
    const message =
      "”sju” är inte ett tal. Skriv bara siffror, till exempel 5 146. Grundmodellen: 5\u00a0146";
    expect(await screen.findByRole("textbox", { name: "Ragunda", description: message })).toBe(ragunda);
  });
});

describe("names, never ids, where people read", () => {
  const fixed = {
    label: "Basfinansiering",
    amount: "1000000",
    split: {
      by: "fixed",
      amounts: { "2303": "100000" },
      rest: { by: "weights", weights: { equal: "30%", folkmangd: "70%" } },
      min: { "2380": "250000" },
    },
  };
  const optionShown = (select: HTMLElement) => (select as HTMLSelectElement).selectedOptions[0]?.textContent;

  it("names parties and keys in a fixed rule, its rest and its bounds, and shows amounts the Swedish way", async () => {
    const { user } = await setUp();
    await openModel(user, model({ lines: { bas: fixed } }));
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    const [fixedParty, restEqual, restKey, boundParty] = await screen.findAllByRole("combobox", {
      name: /^(Mottagare|Nyckel)$/,
    });
    expect([fixedParty, restEqual, restKey, boundParty].map((s) => optionShown(s as HTMLElement))).toEqual([
      "Ragunda",
      "lika delar",
      "Folkmängd 2024",
      "Östersund",
    ]);
    expect((screen.getByRole("textbox", { name: "Belopp" }) as HTMLInputElement).value).toBe("100\u00a0000");
    expect((screen.getByRole("textbox", { name: "Lägsta belopp" }) as HTMLInputElement).value).toBe(
      "250\u00a0000",
    );
    expect(optionShown(screen.getByRole("combobox", { name: "Resten" }))).toBe("en blandad nyckel");
  });

  it("names the key of a key rule by its label, and reads a typed amount back exactly", async () => {
    const { user } = await setUp();
    await openModel(user, model());
    await user.click(screen.getByRole("tab", { name: "Regler" }));
    expect(optionShown(await screen.findByRole("combobox", { name: "Nyckel" }))).toBe("Folkmängd 2024");
    const amount = screen.getByRole("textbox", { name: "Belopp att fördela" }) as HTMLInputElement;
    expect(amount.value).toBe("1\u00a0000\u00a0000");
    await user.clear(amount);
    await user.type(amount, "2 450 000");
    await user.click(screen.getByRole("tab", { name: "Modell" }));
    const editor = (await screen.findByRole("textbox", { name: /JSON/ })) as HTMLTextAreaElement;
    expect(editor.value).toContain('"amount": "2450000"');
  });
});
