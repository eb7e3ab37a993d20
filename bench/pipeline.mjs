// pipeline.*: the whole of `fordela run MODEL --out FILE.xlsx`, each run in
// a fresh Node process (bench/pipelineRun.mjs), on the national model and on
// ten times its lines and ten times its parties.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { nationalModel } = require("./nationalModel.js");
const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = path.join(here, "tmp");

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The generated model as a file (its numbers are all strings, so plain JSON is lossless here). */
function modelFile(name, size) {
  mkdirSync(tmp, { recursive: true });
  const file = path.join(tmp, `${name}.json`);
  writeFileSync(file, JSON.stringify(nationalModel(size)));
  return file;
}

function run(file) {
  const out = path.join(tmp, `${path.basename(file, ".json")}.xlsx`);
  const line = execFileSync(process.execPath, [path.join(here, "pipelineRun.mjs"), file, out], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(line);
  if (result.code !== 0) throw new Error(`fordela run ${file} exited with ${result.code}`);
  return result;
}

/** Median time and peak memory of `rounds` fresh runs, with the load average when they began. */
function measure(file, rounds) {
  const load = loadavg()[0];
  const runs = Array.from({ length: rounds }, () => run(file));
  const rssMb = median(runs.map((r) => r.peakRssMb));
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMb, load };
}

/**
 * Where a national run's time goes: three more fresh runs of the same
 * pipeline stage by stage (bench/pipelineStages.mjs), each stage's median
 * CPU milliseconds (every thread's: V8's garbage collector and zlib's
 * thread pool work beside the main thread), the main thread's alone, and
 * wall milliseconds. CPU, as on a shared machine the wall clock also
 * counts other processes' turns.
 */
function stages(file) {
  const out = path.join(tmp, "national-stages.xlsx");
  const runs = Array.from({ length: 3 }, () =>
    JSON.parse(
      execFileSync(process.execPath, [path.join(here, "pipelineStages.mjs"), file, out], {
        encoding: "utf8",
      }),
    ),
  );
  return Object.keys(runs[0].stages)
    .map((name) => {
      const [cpu, main, wall] = ["cpuMs", "mainCpuMs", "ms"].map((field) =>
        median(runs.map((r) => r.stages[name][field])),
      );
      return `${name} ${cpu}/${main} (${wall})`;
    })
    .join("; ");
}

export function pipelineFigures() {
  const national = measure(modelFile("national", {}), 5);
  const stagesLoad = loadavg()[0];
  const nationalStages = stages(modelFile("national", {}));
  const lines = measure(modelFile("national-lines10x", { lines: 500 }), 3);
  const parties = measure(modelFile("national-parties10x", { kommuner: 2878 }), 3);
  const round = (n, places = 0) => Math.round(n * 10 ** places) / 10 ** places;
  return {
    "pipeline.nationalMs": round(national.ms),
    "pipeline.nationalPeakRssMb": round(national.rssMb),
    "pipeline.nationalCpuMs": round(national.cpuMs),
    "pipeline.scaleLines10x": round(lines.ms / national.ms, 2),
    "pipeline.scaleParties10x": round(parties.ms / national.ms, 2),
    "pipeline.lines10xMs": round(lines.ms),
    "pipeline.parties10xMs": round(parties.ms),
    "pipeline.loadAverage": `${round(national.load, 2)} at the national runs, ${round(lines.load, 2)} and ${round(parties.load, 2)} at the 10× runs (1-minute load average, 2 cores)`,
    "pipeline.nationalStagesCpuMs": `${nationalStages} — CPU ms of all threads/of the main thread (wall ms in brackets), medians of 3 fresh runs at load ${round(stagesLoad, 2)}`,
    "pipeline.national":
      "fordela run MODEL --out FILE.xlsx in a fresh Node process, timed from the script's first line (Node's start excluded), median of 5 (3 for the 10× models: 290 parties × 500 lines, 2 900 parties × 50 lines); the scale figures are time ratios against the national model",
  };
}
