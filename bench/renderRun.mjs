// One render of the national model's sheets in a fresh Node process, as
// `fordela run MODEL --out FILE.xlsx` renders them (renderWorkbook without
// results given): the model read and evaluated first, then the render timed
// alone. With "--no-comparison" the Jämförelse sheet is left out, whose
// comparison is the engine's. Prints one JSON line: wall and CPU ms, and the
// heap allocated by the render in MB (meaningful when run with a young
// generation large enough that no collection happens inside it, which
// `collections` shows).
// Usage: node [--max-semi-space-size=…] bench/renderRun.mjs MODEL.json [--no-comparison]
import { createRequire } from "node:module";
import { PerformanceObserver } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const dist = "../dist/node";
const engine = require(`${dist}/engine/index.js`);
const { readModelFile } = require(`${dist}/cli/readModelFile.js`);
const { renderWorkbook } = require(`${dist}/workbook/render/renderWorkbook.js`);

const [file, flag] = process.argv.slice(2);
const evaluations = engine.evaluateScenarios(readModelFile(file));
const options = flag === "--no-comparison" ? { compare: { a: null, b: null } } : {};
let collections = 0;
const observer = new PerformanceObserver((list) => (collections += list.getEntries().length));
observer.observe({ entryTypes: ["gc"] });
const heap = process.memoryUsage().heapUsed;
const cpu = process.cpuUsage();
const start = performance.now();
const spec = renderWorkbook(evaluations, options);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
const allocatedMb = (process.memoryUsage().heapUsed - heap) / 1e6;
// the observer reports asynchronously: read it after the collections have been delivered
setTimeout(() => {
  observer.disconnect();
  const cells = spec.sheets.reduce((n, s) => n + s.cells.length, 0);
  process.stdout.write(
    `${JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, allocatedMb, collections, cells })}\n`,
  );
}, 20);
