// engineStages.*: the engine's and the command line's stages of `fordela run`
// on the national model, each run in a fresh Node process (bench/engineStagesRun.mjs),
// CPU ms, medians of `rounds` runs: what issue #14's pipe-engine work measured.
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

/** Medians of `rounds` fresh runs on the national model. */
export function engineStageFigures(rounds = 5) {
  mkdirSync(path.join(here, "tmp"), { recursive: true });
  const file = path.join(here, "tmp", "national-engine.json");
  writeFileSync(file, JSON.stringify(nationalModel()));
  const runs = Array.from({ length: rounds }, () =>
    JSON.parse(
      execFileSync(process.execPath, [path.join(here, "engineStagesRun.mjs"), file], { encoding: "utf8" }),
    ),
  );
  const figures = {};
  for (const name of Object.keys(runs[0])) figures[`engineStages.${name}`] = median(runs.map((r) => r[name]));
  figures["engineStages.note"] =
    `national model, fresh process each, medians of ${rounds}: evaluate every scenario, the comparison (first scenario against the base), the base result, run --out's summary, and run's tables without --out (every result included)`;
  return figures;
}
