// engine.vsIntegerFloor: evaluateScenarios on the national model against the
// plain scaled-integer floor of bench/integerFloor.mjs (which gives the same
// whole units on every line), timed alternately in one process, medians of
// 9 rounds each. Beside the wall-clock ratio (the goal's figure), the ratio
// of the process's CPU time over the same calls (garbage collector threads
// included), which a loaded machine disturbs less, and the load average
// while it ran.
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { integerFloor } from "./integerFloor.mjs";
import { median } from "./timing.mjs";

const require = createRequire(import.meta.url);
const { nationalModel } = require("./nationalModel.js");

/** Wall-clock and CPU milliseconds of one call. */
function time(run) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return { wall, cpu: (user + system) / 1000 };
}

export function vsIntegerFloor(engine) {
  const document = nationalModel();
  for (let i = 0; i < 2; i++) {
    engine.evaluateScenarios(document);
    integerFloor(document);
  }
  const ours = [];
  const floor = [];
  const load = loadavg()[0];
  for (let i = 0; i < 9; i++) {
    ours.push(time(() => engine.evaluateScenarios(document)));
    floor.push(time(() => integerFloor(document)));
  }
  const [a, b] = [median(ours.map((t) => t.wall)), median(floor.map((t) => t.wall))];
  const [c, d] = [median(ours.map((t) => t.cpu)), median(floor.map((t) => t.cpu))];
  return {
    "engine.vsIntegerFloor": Math.round((a / b) * 100) / 100,
    "engine.vsIntegerFloorOursMs": Math.round(a),
    "engine.vsIntegerFloorFloorMs": Math.round(b),
    "engine.vsIntegerFloorCpu": Math.round((c / d) * 100) / 100,
    "engine.vsIntegerFloorLoad": `${load.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after (1 minute)`,
  };
}
