// The pipeline of `fordela run MODEL --out FILE.xlsx` stage by stage, in a
// fresh Node process (as bench/pipelineRun.mjs runs it whole), doing what
// src/cli/main.ts's run command does with --out: read, evaluate, render the
// sheets (the result document and the comparison are computed inside),
// write the .xlsx, print the summary. Wall, CPU (every thread: zlib
// compresses in libuv's thread pool) and main-thread CPU milliseconds of
// each stage, to see where the time goes. Prints one JSON line.
// Usage: node bench/pipelineStages.mjs MODEL.json OUT.xlsx
import { createRequire } from "node:module";
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const start = performance.now();
const require = createRequire(import.meta.url);
// the compiler tuned as the command line tunes it (bin/loadCli.js)
require("../bin/loadCli.js").tuneCompiler();

/** CPU nanoseconds of this process's main thread so far (Linux's schedstat), or NaN where there is none. */
function mainThreadNs() {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]);
  } catch {
    return NaN;
  }
}

const stages = {};
const now = () => ({ wall: performance.now(), cpu: process.cpuUsage(), main: mainThreadNs() });
let mark = now();
async function stage(name, run) {
  const value = await run();
  const at = now();
  const cpu = (at.cpu.user + at.cpu.system - mark.cpu.user - mark.cpu.system) / 1000;
  stages[name] = {
    ms: Math.round(at.wall - mark.wall),
    cpuMs: Math.round(cpu),
    mainCpuMs: Math.round((at.main - mark.main) / 1e6),
  };
  mark = at;
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
  words: require(`${dist}/cli/cliWords.js`),
}));
const { engine } = modules;
const document = await stage("read the model file", () => modules.read.readModelFile(file));
const evaluations = await stage("evaluate all scenarios", () => engine.evaluateScenarios(document));
const spec = await stage("render the sheets (result document and comparison inside)", () =>
  modules.render.renderWorkbook(evaluations, { language: "sv" }),
);
const bytes = await stage("write the .xlsx (XML and zip)", () =>
  modules.xlsx.writeXlsx(spec, { deflate: modules.file.nodeDeflater }),
);
await stage("write the file", () => {
  // beside the target and renamed over it, as writeWorkbookFile does
  writeFileSync(`${out}.tmp`, bytes);
  renameSync(`${out}.tmp`, out);
});
await stage("the summary on standard output", () =>
  modules.summary.summaryTable(
    evaluations.map((e) => e.evaluation.model),
    evaluations.map((e) => engine.scenarioTotals(e.scenario?.name ?? null, e.evaluation)),
    modules.words.cliWords("sv"),
  ),
);
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({ ms: Math.round(performance.now() - start), peakRssMb: Math.round(usage.maxRSS / 1024), stages })}\n`,
);
