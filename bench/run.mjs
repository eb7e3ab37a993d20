// `npm run bench`: measures the figures the issues name and writes them to
// bench/results.json, with the goals beside them. A benchmark, not a test:
// it never fails a build; read the figures.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { splitVsDinero } from "./splitVsDinero.mjs";
import { functionFigures } from "./functions.mjs";
import { pipelineFigures } from "./pipeline.mjs";
import { renderFigures } from "./render.mjs";
import { engineStageFigures } from "./engineStages.mjs";
import { vsIntegerFloor } from "./vsIntegerFloor.mjs";
import { boundsFigures } from "./bounds.mjs";
import { loadavg } from "node:os";
import { edgesFigures } from "./edges.mjs";
import { jsonFigures } from "./json.mjs";
import { taskpaneFigures } from "./taskpane.mjs";

const require = createRequire(import.meta.url);
const engine = require("../dist/node/engine/index.js");
const { nationalModel } = require("./nationalModel.js");
const here = path.dirname(fileURLToPath(import.meta.url));
const resultsFile = path.join(here, "results.json");

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(run, rounds, warmup = 2) {
  for (let i = 0; i < warmup; i++) run();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 10) / 10;
}

function engineFigures() {
  const document = nationalModel();
  let evaluations;
  const evaluateMs = timed(() => {
    evaluations = engine.evaluateScenarios(document);
  }, 7);
  const resultMs = timed(() => engine.resultDocument(evaluations), 7);
  return {
    "engine.nationalModelMs": evaluateMs,
    "engine.nationalModel": `${document.parties.length} parties, ${Object.keys(document.lines).length} lines, ${document.scenarios.length} scenarios: median of 7 runs of evaluateScenarios (read, check and split the base model and every scenario)`,
    "engine.nationalResultDocumentMs": resultMs,
  };
}

function previous() {
  try {
    return JSON.parse(readFileSync(resultsFile, "utf8"));
  } catch {
    return {};
  }
}

/** excel.*: the Office.js writer on the national model, against the recording stand-in (Excel does not run on Linux). */
async function excelFigures() {
  const { renderWorkbook } = require("../dist/bench/src/workbook/render/renderWorkbook.js");
  const { writeToExcel } = require("../dist/bench/src/workbook/office/writeToExcel.js");
  const { FakeExcel, installExcelEnums } = require("../dist/bench/test/helpers/fakeExcel.js");
  installExcelEnums();
  const spec = renderWorkbook(engine.evaluateScenarios(nationalModel()));
  const excel = new FakeExcel();
  const first = await writeToExcel(spec, excel.run, { language: "sv", canFreeze: true, canStage: true });
  const rerun = await writeToExcel(spec, excel.run, { language: "sv", canFreeze: true, canStage: true });
  return {
    "excel.syncsPerRun": Math.max(first.syncs, rerun.syncs),
    "excel.syncsFirstRun": first.syncs,
    "excel.syncsRerun": rerun.syncs,
    "excel.payloadBytes": rerun.payloadBytes,
    "excel.cellsWritten": spec.sheets.reduce((n, s) => n + s.cells.length, 0),
  };
}

const loadAtStart = loadavg();
const figures = {
  ...engineFigures(),
  ...vsIntegerFloor(engine),
  ...boundsFigures(engine),
  ...pipelineFigures(),
  ...renderFigures(),
  ...engineStageFigures(),
  ...(await splitVsDinero(engine)),
  ...functionFigures(require("../dist/node/functions/index.js")),
  ...(await excelFigures()),
  ...(await taskpaneFigures(require, path.join(here, ".."))),
  ...edgesFigures(),
  ...jsonFigures(engine),
};
const goals = {
  "engine.nationalModelMs": "< 1000",
  "engine.splitVsDinero": "<= 3",
  "functions.split290Ms": "< 50",
  "functions.plan290x12Ms": "< 100",
  // Three requests for a write; a re-run takes one more to read its own sheets' cells for the user's edits.
  "excel.syncsPerRun": "<= 4",
  "excel.syncsFirstRun": "<= 3",
  "taskpane.initialJsGzipBytes": "<= 110000",
  "engine.vsIntegerFloor": "<= 1.5",
  "bounds.finsamMs": "< 100",
  "bounds.parties10kMs": "< 1000",
  "pipeline.nationalMs": "<= 600",
  "pipeline.nationalPeakRssMb": "<= 250",
  "pipeline.scaleLines10x": "<= 12",
  "pipeline.scaleParties10x": "<= 12",
  "edges.xlsx10kPartiesMs": "< 10000",
  "edges.xlsx10kPartiesPeakRssMb": "< 1024",
  "json.parse20MbMs": "< 1000",
  "divisor.sainteLague1e12x10kMs": "< 1000",
};
const results = {
  ...previous(),
  ...figures,
  goals: { ...(previous().goals ?? {}), ...goals },
  measuredOn: `${process.version}, ${process.platform} ${process.arch}`,
  loadAverage: `${loadAtStart.map((l) => l.toFixed(2)).join(" ")} at the start, ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} at the end (1, 5 and 15 minutes; ${(await import("node:os")).cpus().length} cores)`,
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
for (const [name, value] of Object.entries(figures))
  console.log(`${name}: ${value}${goals[name] ? `  (goal ${goals[name]})` : ""}`);
