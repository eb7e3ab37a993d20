import { FunctionError } from "../../src/functions";
import { wordsFor } from "../../src/functions/messages";
import { modelResult } from "../../src/functions/model/modelResult";
import type { ModelLookup, ModelSource } from "../../src/functions/model/ModelSource";
import { streamModel } from "../../src/functions/model/streamModel";

const sv = wordsFor("sv");

function model(amount: string, scenarioAmount = "300") {
  return {
    format: "fordela/1",
    name: "Turism",
    parties: [
      { id: "a", name: "Ragunda" },
      { id: "b", name: "Östersund" },
    ],
    keys: { k: { values: { a: 1, b: 2 } } },
    lines: {
      drift: { label: "Drift", amount, split: { by: "key", key: "k" } },
      bidrag: { label: "Bidrag", amount: "10", split: { by: "equal" } },
    },
    scenarios: [{ name: "Mer", patch: { lines: { drift: { amount: scenarioAmount } } } }],
  };
}

/** A model store in memory that says when it changes, as the workbook's does. */
class MemorySource implements ModelSource {
  readonly models = new Map<string, unknown>();
  private readonly listeners = new Set<() => void>();
  async read(name: string): Promise<ModelLookup> {
    return this.models.has(name)
      ? { found: true, document: this.models.get(name) }
      : { found: false, names: [...this.models.keys()] };
  }
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  save(name: string, document: unknown): void {
    this.models.set(name, document);
    this.listeners.forEach((l) => l());
  }
  get listening(): number {
    return this.listeners.size;
  }
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FunctionError)) throw new Error("no refusal");
  return { code: error.errorValue, message: error.message };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("FÖRDELA.MODELL: a stored model's result", () => {
  it("gives parties by lines with totals, the base model when no scenario is named", async () => {
    const source = new MemorySource();
    source.save("Turism", model("30"));
    expect(await modelResult(source, sv, "Turism", undefined)).toEqual([
      ["Part", "Drift", "Bidrag", "Summa"],
      ["Ragunda", 10, 5, 15],
      ["Östersund", 20, 5, 25],
      ["Summa", 30, 10, 40],
    ]);
  });

  it("gives a named scenario's result", async () => {
    const source = new MemorySource();
    source.save("Turism", model("30"));
    expect((await modelResult(source, sv, "Turism", "Mer"))[3]).toEqual(["Summa", 300, 10, 310]);
  });

  it("refuses a name the workbook does not hold with #N/A, naming the models it holds", async () => {
    const source = new MemorySource();
    source.save("Turism", model("30"));
    expect(await refusal(modelResult(source, sv, "Bidrag", undefined))).toEqual({
      code: "#N/A",
      message: 'modell: arbetsboken har ingen modell som heter "Bidrag"; den har "Turism"',
    });
  });

  it("refuses an unknown scenario with #VALUE!, naming the scenarios", async () => {
    const source = new MemorySource();
    source.save("Turism", model("30"));
    expect(await refusal(modelResult(source, sv, "Turism", "Mindre"))).toEqual({
      code: "#VALUE!",
      message: 'scenario: modellen har inget scenario som heter "Mindre"; den har "Mer"',
    });
  });

  it("refuses a model the engine refuses with #VALUE! and the engine's path and reason", async () => {
    const source = new MemorySource();
    source.save("Turism", model("tretti"));
    const { code, message } = await refusal(modelResult(source, sv, "Turism", undefined));
    expect([code, message]).toEqual(["#VALUE!", expect.stringContaining("lines.drift.amount")]);
  });

  it("gives the engine's refusal in the user's language", async () => {
    const source = new MemorySource();
    source.save("Turism", model("tretti"));
    const [swedish, english] = await Promise.all([
      refusal(modelResult(source, sv, "Turism", undefined)),
      refusal(modelResult(source, wordsFor("en"), "Turism", undefined)),
    ]);
    expect([swedish.message, english.message]).toEqual([
      expect.stringMatching(
        /^modell: modellen kan inte räknas: lines\.drift\.amount: "tretti" är inte ett tal/,
      ),
      expect.stringMatching(
        /^model: the model cannot be computed: lines\.drift\.amount: "tretti" is not a number/,
      ),
    ]);
  });

  it("updates the cell when the stored model changes, and stops listening when Excel cancels it", async () => {
    const source = new MemorySource();
    source.save("Turism", model("30"));
    const results: unknown[] = [];
    const stream: { setResult(v: unknown): void; onCanceled?: () => void } = {
      setResult: (v) => results.push(v),
    };
    streamModel(source, sv, "Turism", undefined, stream, (e) => e);
    await settle();
    source.save("Turism", model("60"));
    await settle();
    stream.onCanceled?.();
    source.save("Turism", model("90"));
    await settle();
    expect([results.map((r) => (r as unknown[][])[3]), source.listening]).toEqual([
      [
        ["Summa", 30, 10, 40],
        ["Summa", 60, 10, 70],
      ],
      0,
    ]);
  });

  it("sets the refusal as the cell's error when the model is removed", async () => {
    const source = new MemorySource();
    source.save("Turism", model("30"));
    const results: unknown[] = [];
    streamModel(
      source,
      sv,
      "Turism",
      undefined,
      { setResult: (v) => results.push(v) },
      (e) => (e as FunctionError).errorValue,
    );
    await settle();
    source.models.delete("Turism");
    source.save("Annan", model("30"));
    await settle();
    expect(results.at(-1)).toBe("#N/A");
  });
});
