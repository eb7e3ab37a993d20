// One fresh process through the engine's and the command line's stages of
// `fordela run` on a model file, as a cold run meets them: CPU ms of
// evaluating every scenario, the comparison the Jämförelse sheet shows (the
// first scenario against the base model), the base model's result, the
// summary `run --out` prints, and every table `run` prints without --out
// (the result document of every scenario included). Prints one JSON line.
// Usage: node bench/engineStagesRun.mjs MODEL.json
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const dist = "../dist/node";
const engine = require(`${dist}/engine/index.js`);
const { readModelFile } = require(`${dist}/cli/readModelFile.js`);
const { summaryTable } = require(`${dist}/cli/summaryTable.js`);
const { resultTables } = require(`${dist}/cli/resultTables.js`);

const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const stages = {};
function stage(name, run) {
  const start = cpu();
  const value = run();
  stages[name] = Math.round(cpu() - start);
  return value;
}

const document = readModelFile(process.argv[2]);
const evaluations = stage("evaluateCpuMs", () => engine.evaluateScenarios(document));
stage("comparisonCpuMs", () =>
  engine.compareEvaluations(evaluations[0].evaluation, evaluations[1].evaluation),
);
stage("baseResultCpuMs", () => engine.resultDocument(evaluations.slice(0, 1)));
stage("summaryCpuMs", () =>
  summaryTable(
    evaluations.map((e) => e.evaluation.model),
    evaluations.map((e) => engine.scenarioTotals(e.scenario?.name ?? null, e.evaluation)),
  ),
);
stage("tablesCpuMs", () => resultTables(evaluations, engine.resultDocument(evaluations).results, "sv"));
process.stdout.write(`${JSON.stringify(stages)}\n`);
