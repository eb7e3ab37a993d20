// engine.vsIntegerFloor: evaluateScenarios on the national model against the
// plain scaled-integer floor of bench/integerFloor.mjs (which gives the same
// whole units on every line), timed alternately in one process, medians of
// 9 rounds each.
import { createRequire } from "node:module";
import { integerFloor } from "./integerFloor.mjs";

const require = createRequire(import.meta.url);
const { nationalModel } = require("./nationalModel.js");

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run) {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function vsIntegerFloor(engine) {
  const document = nationalModel();
  for (let i = 0; i < 2; i++) {
    engine.evaluateScenarios(document);
    integerFloor(document);
  }
  const ours = [];
  const floor = [];
  for (let i = 0; i < 9; i++) {
    ours.push(time(() => engine.evaluateScenarios(document)));
    floor.push(time(() => integerFloor(document)));
  }
  const [a, b] = [median(ours), median(floor)];
  return {
    "engine.vsIntegerFloor": Math.round((a / b) * 100) / 100,
    "engine.vsIntegerFloorOursMs": Math.round(a),
    "engine.vsIntegerFloorFloorMs": Math.round(b),
  };
}
