// One run of the pipeline in a fresh Node process, as `fordela run MODEL
// --out FILE.xlsx` does it: read the model file, evaluate every scenario,
// compute the results and the comparison, render the sheets, write the
// .xlsx. Timed from this module's first statement, so Node's own start is
// left out (loading the compiled command line is counted). Prints one JSON line.
import { createRequire } from "node:module";

const start = performance.now();
const [model, out] = process.argv.slice(2);
// loaded as bin/fordela.js loads it: the bundle, with the code cache made at build time
const { main } = createRequire(import.meta.url)("../bin/loadCli.js").loadCli().cli;
const quiet = { out: () => {}, err: (text) => process.stderr.write(text) };
const code = await main(["run", model, "--out", out, "--force"], quiet);
const ms = performance.now() - start;
const usage = process.resourceUsage();
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
process.stdout.write(`${JSON.stringify({ code, ms, cpuMs, peakRssMb: usage.maxRSS / 1024 })}\n`);
