import { readFileSync } from "node:fs";
import path from "node:path";
import { nationalModel } from "../../../bench/nationalModel";
import { JsonNumber, parseJson, stringifyJson } from "../../../src/engine";
import { loadModels, saveModels } from "../../../src/workbook/office/workbookModels";
import { packModels, PIECE_CHARS, STORE_PREFIX, unpackModels } from "../../../src/workbook/store/modelStore";
import { EXAMPLES } from "../../helpers/cli";
import { FakeExcel } from "../../helpers/fakeExcel";

const turism = parseJson(readFileSync(path.join(EXAMPLES, "turism.json"), "utf8"));
const stored = { name: "Turism 2025", savedAt: "2026-11-22T08:00:00Z", document: turism };

describe("the model store", () => {
  it("gives back what it was given", () => {
    expect(unpackModels(packModels([stored]), "sv")).toEqual({ models: [stored], problems: [] });
  });

  it("keeps a 30-digit number digit for digit", () => {
    const long = "123456789012345678901234567890.25";
    const document = parseJson(`{"format": "fordela/1", "amount": ${long}}`);
    const back = unpackModels(packModels([{ ...stored, document }]), "sv").models[0]?.document;
    expect((back as { amount: JsonNumber }).amount.text).toBe(long);
  });

  it("splits a large model into pieces well under the settings limit and joins them again", () => {
    const big = { name: "Nationell", savedAt: "x", document: nationalModel() };
    expect([...packModels([big]).values()].every((v) => v.length <= PIECE_CHARS)).toBe(true);
    const packed = packModels([big], 10_000);
    expect([packed.size > 2, [...packed.values()].every((v) => v.length <= 10_000)]).toEqual([true, true]);
    expect(unpackModels(packed, "sv").models[0]?.document).toEqual(big.document);
  });

  it("migrates a model stored without an envelope by an earlier version", () => {
    const old = new Map([
      [
        `${STORE_PREFIX}index`,
        JSON.stringify({ version: 1, models: [{ name: "Gammal", savedAt: "2025", pieces: 1 }] }),
      ],
      [`${STORE_PREFIX}0.0`, stringifyJson(turism, 0)],
    ]);
    expect(unpackModels(old, "sv").models[0]?.document).toEqual(turism);
  });

  it("refuses, with a reason, a model stored by a newer version, and never drops it silently", () => {
    const newer = packModels([stored]);
    newer.set(`${STORE_PREFIX}0.0`, JSON.stringify({ version: 9, document: turism }));
    expect(unpackModels(newer, "sv")).toEqual({
      models: [],
      problems: [
        {
          name: "Turism 2025",
          reason:
            "sparad av en nyare version av Fördela (lagringsversion 9); uppdatera Fördela för att öppna den",
        },
      ],
    });
  });

  it("reports a damaged model and a missing piece", () => {
    const damaged = packModels([stored, { ...stored, name: "Andra" }]);
    damaged.set(`${STORE_PREFIX}0.0`, "{not json");
    damaged.delete(`${STORE_PREFIX}1.0`);
    expect(unpackModels(damaged, "en").problems.map((p) => p.name)).toEqual(["Turism 2025", "Andra"]);
  });

  it("reads an empty workbook as no models and no problems", () => {
    expect(unpackModels(new Map(), "sv")).toEqual({ models: [], problems: [] });
  });
});

describe("models in the workbook's settings", () => {
  it("are saved and read back, so a colleague opening the file sees them", async () => {
    const excel = new FakeExcel();
    await saveModels(excel.run, [stored]);
    expect((await loadModels(excel.run, "sv")).models).toEqual([stored]);
  });

  it("replace what Fördela stored before and leave other settings alone", async () => {
    const excel = new FakeExcel();
    excel.settings.set("someone.else", "kept");
    await saveModels(excel.run, [stored, { ...stored, name: "Två" }]);
    await saveModels(excel.run, [stored]);
    expect([...excel.settings.keys()].sort()).toEqual([
      `${STORE_PREFIX}0.0`,
      `${STORE_PREFIX}index`,
      "someone.else",
    ]);
  });
});
