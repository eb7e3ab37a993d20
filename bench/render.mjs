// render.*: the render stage of `fordela run MODEL --out FILE.xlsx` on the
// national model (bench/renderRun.mjs), each run in a fresh Node process as
// the command runs it: CPU and wall ms with and without the comparison the
// Jämförelse sheet shows (the engine's part), and the heap it allocates,
// which the garbage collector pays for.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { nationalModel } = require("./nationalModel.js");
const here = path.dirname(fileURLToPath(import.meta.url));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function run(file, nodeFlags, flags) {
  const args = [...nodeFlags, path.join(here, "renderRun.mjs"), file, ...flags];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 }));
}

/** Medians of `rounds` fresh runs, with and without the comparison alternated, and one run's allocation. */
export function renderFigures(rounds = 5) {
  mkdirSync(path.join(here, "tmp"), { recursive: true });
  const file = path.join(here, "tmp", "national-render.json");
  writeFileSync(file, JSON.stringify(nationalModel()));
  const whole = [];
  const net = [];
  for (let i = 0; i < rounds; i++) {
    whole.push(run(file, [], []));
    net.push(run(file, [], ["--no-comparison"]));
  }
  // a young generation of 256 MB: no collection inside the render, so the heap's growth is what it allocated
  const allocation = run(
    file,
    ["--min-semi-space-size=256", "--max-semi-space-size=256"],
    ["--no-comparison"],
  );
  const round = (x) => Math.round(x);
  return {
    "render.nationalCpuMs": round(median(whole.map((r) => r.cpuMs))),
    "render.nationalMs": round(median(whole.map((r) => r.ms))),
    "render.nationalNoComparisonCpuMs": round(median(net.map((r) => r.cpuMs))),
    "render.nationalNoComparisonMs": round(median(net.map((r) => r.ms))),
    "render.nationalAllocatedMb":
      allocation.collections === 0
        ? round(allocation.allocatedMb)
        : `(a collection ran inside: ${round(allocation.allocatedMb)})`,
    "render.national": `renderWorkbook as fordela run --out calls it, in a fresh process after reading and evaluating the national model (${whole[0]?.cells} cells): medians of ${rounds} runs with the Jämförelse sheet's comparison and ${rounds} without (alternated); the heap it allocates without the comparison`,
  };
}
