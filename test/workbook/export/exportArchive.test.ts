import path from "node:path";
import JSZip from "jszip";
import { evaluateScenarios } from "../../../src/engine";
import { readModelFile } from "../../../src/cli/readModelFile";
import { archiveName, exportArchive } from "../../../src/workbook/export/exportArchive";
import { exportFiles } from "../../../src/workbook/export/exportFiles";
import { EXAMPLES } from "../../helpers/cli";

const evaluations = evaluateScenarios(readModelFile(path.join(EXAMPLES, "turism.json")));
const scenario = evaluations[1]?.scenario?.name ?? null;

describe("the pane's download of every statement and fordelning.csv", () => {
  it("holds the same files as fordela export, in the same order", async () => {
    const files = await exportFiles(evaluations, { scenario, language: "sv" });
    const archive = await exportArchive(evaluations, { scenario, language: "sv" });
    const zip = await JSZip.loadAsync(archive.bytes);
    const names = Object.keys(zip.files);
    expect(names).toEqual(files.map((f) => f.name));
  });

  it("keeps each file's bytes: the CSV, byte order mark and all", async () => {
    const files = await exportFiles(evaluations, { scenario, language: "sv" });
    const archive = await exportArchive(evaluations, { scenario, language: "sv" });
    const csv = await JSZip.loadAsync(archive.bytes).then((z) =>
      z.file("fordelning.csv")?.async("uint8array"),
    );
    expect(csv).toEqual(files.find((f) => f.name === "fordelning.csv")?.bytes);
  });

  it("is named after the model and the scenario", async () => {
    const archive = await exportArchive(evaluations, { scenario, language: "sv" });
    expect(archive.name).toBe(archiveName(evaluations[0]?.evaluation.model.name ?? "", scenario));
    expect(archive.name).toContain(String(scenario));
  });
});

describe("the archive's name", () => {
  it("is the model's name alone for the base model", () => {
    expect(archiveName("Gemensam nämnd", null)).toBe("Gemensam nämnd.zip");
  });

  it("replaces characters a file system refuses", () => {
    expect(archiveName("Budget 2026/2027", "A: höjd")).toBe("Budget 2026-2027 – A- höjd.zip");
  });

  it("falls back to fordela.zip when nothing printable is left", () => {
    expect(archiveName("\u0007", null)).toBe("fordela.zip");
  });
});
