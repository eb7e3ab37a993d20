// The pipeline of `fordela run MODEL --out FILE.xlsx` stage by stage, in a
// fresh Node process (as bench/pipelineRun.mjs runs it whole): wall and CPU
// milliseconds of each stage, to see where the time goes. Prints one JSON line.
// Usage: node bench/pipelineStages.mjs MODEL.json OUT.xlsx
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";

const start = performance.now();
const require = createRequire(import.meta.url);
const stages = {};
let mark = { wall: start, cpu: process.cpuUsage() };
async function stage(name, run) {
  const value = await run();
  const now = { wall: performance.now(), cpu: process.cpuUsage() };
  const cpu = (now.cpu.user + now.cpu.system - mark.cpu.user - mark.cpu.system) / 1000;
  stages[name] = { ms: Math.round(now.wall - mark.wall), cpuMs: Math.round(cpu) };
  mark = now;
  return value;
}

const [file, out] = process.argv.slice(2);
const dist = "../dist/node";
const modules = await stage("load modules", () => ({
  engine: require(`${dist}/engine/index.js`),
  read: require(`${dist}/cli/readModelFile.js`),
  render: require(`${dist}/workbook/render/renderWorkbook.js`),
  xlsx: require(`${dist}/workbook/xlsx/writeXlsx.js`),
  file: require(`${dist}/cli/writeWorkbookFile.js`),
  summary: require(`${dist}/cli/summaryTable.js`),
}));
const { engine } = modules;
const document = await stage("read the model file", () => modules.read.readModelFile(file));
const evaluations = await stage("evaluate all scenarios", () => engine.evaluateScenarios(document));
const results = await stage("result document", () => engine.resultDocument(evaluations).results);
const comparison = await stage("comparison with causes", () =>
  engine.compareEvaluations(evaluations[0].evaluation, evaluations[1].evaluation),
);
await stage("comparison document", () =>
  engine.comparisonDocument(comparison, null, evaluations[1].scenario.name),
);
const spec = await stage("render the sheets (comparison again inside)", () =>
  modules.render.renderWorkbook(evaluations, { results }),
);
const bytes = await stage("write the .xlsx (XML and zip)", () =>
  modules.xlsx.writeXlsx(spec, { deflate: modules.file.nodeDeflater }),
);
await stage("write the file", () => writeFileSync(out, bytes));
await stage("the summary on standard output", () =>
  modules.summary.summaryTable(
    evaluations.map((e) => e.evaluation.model),
    evaluations.map((e) => engine.scenarioTotals(e.scenario?.name ?? null, e.evaluation)),
  ),
);
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({ ms: Math.round(performance.now() - start), peakRssMb: Math.round(usage.maxRSS / 1024), stages })}\n`,
);
