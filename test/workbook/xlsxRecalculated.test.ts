import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import {
  CAUSES,
  compareEvaluations,
  comparisonDocument,
  evaluateScenarios,
  resultDocument,
  type ScenarioResult,
} from "../../src/engine";
import { readModelFile } from "../../src/cli/readModelFile";
import { writeWorkbookFile } from "../../src/cli/writeWorkbookFile";
import { EXAMPLES } from "../helpers/cli";
import { recalculate } from "../helpers/libreoffice";

const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".json"))
  .sort();
const tags = files.map((f) => f.replace(/\.json$/, ""));
const evaluations = new Map(
  tags.map((tag, i) => [tag, evaluateScenarios(readModelFile(path.join(EXAMPLES, files[i] as string)))]),
);
const workbook = path.join(mkdtempSync(path.join(tmpdir(), "fordela-xlsx-")), "demo.xlsx");
let sheets = new Map<string, string[][]>();

beforeAll(async () => {
  await writeWorkbookFile(
    workbook,
    tags.map((tag) => ({ tag, evaluations: evaluations.get(tag) ?? [] })),
    "sv",
  );
  sheets = recalculate(workbook);
});

/** A recalculated cell as öre, for comparing amounts to the öre. */
function ore(text: string | undefined): number {
  return Math.round(Number(text) * 100);
}

function base(tag: string): ScenarioResult {
  return resultDocument(evaluations.get(tag) ?? []).results[0] as ScenarioResult;
}

describe("the demo workbook, recalculated by LibreOffice", () => {
  it("holds every example's sheets", () => {
    expect([...sheets.keys()].sort()).toEqual(
      tags
        .flatMap((t) =>
          ["Indata", "Fördelning", "Summering", "Scenarier", "Jämförelse"].map((s) =>
            `${s} ${t}`.slice(0, 31),
          ),
        )
        .concat(["Betalningsplan gemensam-namnd"])
        .sort(),
    );
  });

  it("carries a clustered bar chart for every example's scenarios, on its Scenarier sheet", async () => {
    const zip = await JSZip.loadAsync(readFileSync(workbook));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async("string")),
    );
    expect(
      charts
        .filter((c) => /'Scenarier /.test(c ?? ""))
        .map(
          (c) =>
            /<c:barDir val="bar"\/><c:grouping val="clustered"\/>/.test(c ?? "") &&
            /'Scenarier [^']+'!\$B\$4/.test(c ?? ""),
        ),
    ).toEqual(tags.map(() => true));
  });

  it("carries a bar chart of the differences and a waterfall of the causes on every Jämförelse sheet", async () => {
    const zip = await JSZip.loadAsync(readFileSync(workbook));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async("string")),
    );
    const onComparison = charts.filter((c) => /'Jämförelse /.test(c ?? ""));
    const waterfalls = onComparison.filter((c) => /<c:grouping val="stacked"\/>/.test(c ?? ""));
    expect([onComparison.length, waterfalls.length]).toEqual([tags.length * 2, tags.length]);
    expect(waterfalls.every((c) => (c ?? "").includes("<a:noFill/>"))).toBe(true);
  });

  it.each(tags)(
    "shows the comparison of %s's first scenario with its base as the engine computes it",
    (tag) => {
      const all = evaluations.get(tag) ?? [];
      const name = all[1]?.scenario?.name ?? null;
      const engine = comparisonDocument(
        compareEvaluations(all[0]!.evaluation, all[1]!.evaluation),
        null,
        name,
      );
      const rows = sheets.get(`Jämförelse ${tag}`.slice(0, 31)) ?? [];
      for (const party of engine.parties) {
        const row = rows.find((r) => r[0] === party.name) ?? [];
        const causes = CAUSES.map((c) => ore(party.causes[c]));
        expect([party.name, ...row.slice(1, 4).map(ore), ...row.slice(6, 11).map(ore)]).toEqual([
          party.name,
          ore(party.a),
          ore(party.b),
          ore(party.difference),
          ...causes,
          0,
        ]);
      }
    },
  );

  it("draws the waterfall for the party with the largest difference, its steps adding up to the difference", () => {
    const rows = sheets.get("Jämförelse samordningsforbund") ?? [];
    const chooser = rows.findIndex((r) => r[12] === "Vald part (skriv en parts namn):");
    const party = rows[chooser]?.[13];
    const steps = rows.slice(chooser + 3, chooser + 7).map((r) => ore(r[21]));
    const difference = ore(rows.find((r) => r[0] === party)?.[3]);
    expect(steps.reduce((s, v) => s + v, 0)).toBe(difference);
    expect(ore(rows[chooser + 7]?.[21])).toBe(difference);
  });

  it("shows the payment plan as the engine rounded it, each party's check 0", () => {
    const result = base("gemensam-namnd");
    const rows = sheets.get("Betalningsplan gemensam-namnd") ?? [];
    for (const party of result.parties) {
      const row = rows.find((r) => r[0] === party.name) ?? [];
      const periods = party.periods ?? [];
      expect(row.slice(1, periods.length + 3).map(ore)).toEqual([...periods.map(ore), ore(party.total), 0]);
      // the check is a cell LibreOffice computed, not an empty one
      expect(row[periods.length + 2]).toMatch(/^-?0([.,]0+)?$/);
    }
  });

  it("has no formula errors on any sheet", () => {
    const errors = [...sheets].flatMap(([name, rows]) =>
      rows.flatMap((row, r) =>
        row.flatMap((cell, c) => (/^(#|Err:)/.test(cell) ? [`${name}!R${r + 1}C${c + 1}: ${cell}`] : [])),
      ),
    );
    expect(errors).toEqual([]);
  });

  it.each(tags)(
    "shows every party's amount per line and total for %s equal to the engine's, to the öre",
    (tag) => {
      const result = base(tag);
      const rows = sheets.get(`Summering ${tag}`.slice(0, 31)) ?? [];
      const lineIds = Object.keys(result.lines);
      for (const party of result.parties) {
        const row = rows.find((r) => r[0] === party.name) ?? [];
        const shown = [...lineIds.map((_, l) => ore(row[1 + l])), ore(row[1 + lineIds.length])];
        const engine = [...lineIds.map((id) => ore(party.lines[id]?.amount)), ore(party.total)];
        expect(`${party.name}: ${shown.join(" ")}`).toBe(`${party.name}: ${engine.join(" ")}`);
      }
    },
  );

  it.each(tags)("shows a check of 0 under every line of %s", (tag) => {
    const rows = sheets.get(`Fördelning ${tag}`.slice(0, 31)) ?? [];
    // The check sits under the amounts (column F); a line with parties held at a bound has a column after it.
    const checks = rows.filter((r) => r[0] === "Kontroll (0 = stämmer)").map((r) => r[5]);
    expect(checks).toEqual(Object.keys(base(tag).lines).map(() => "0"));
  });

  it("marks the parties a bound held on Fördelning, beside amounts equal to the engine's", () => {
    const rows = sheets.get("Fördelning finsam-staten") ?? [];
    const evaluation = evaluations.get("finsam-staten")?.[0]?.evaluation;
    const allocation = evaluation?.lines.get("finsam")?.allocation ?? new Map();
    const shown = evaluation?.model.parties.map((party) => {
      const row = rows.find((r) => r[0] === party.name) ?? [];
      return `${party.name}: ${ore(row[5])} ${/^golv \+/.test(row[6] ?? "") ? "held" : "free"}`;
    });
    const engine = evaluation?.model.parties.map((party) => {
      const part = allocation.get(party.id);
      return `${party.name}: ${ore(String(part?.units ?? ""))} ${part?.held === undefined ? "free" : "held"}`;
    });
    expect(shown).toEqual(engine);
    expect(engine?.filter((e) => e.endsWith("held")).length).toBeGreaterThan(0);
  });

  it.each(tags)("shows every scenario's totals for %s", (tag) => {
    const results = resultDocument(evaluations.get(tag) ?? []).results;
    const rows = sheets.get(`Scenarier ${tag}`.slice(0, 31)) ?? [];
    for (const party of results[0]?.parties ?? []) {
      const row = rows.find((r) => r[0] === party.name) ?? [];
      const engine = results.map((r) => ore(r.parties.find((p) => p.id === party.id)?.total));
      expect(row.slice(1, 1 + results.length).map(ore)).toEqual(engine);
    }
  });
});
