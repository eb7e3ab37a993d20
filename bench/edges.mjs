// edges.*: `fordela run MODEL.json --out FILE.xlsx` in a fresh Node process,
// as a user runs it, on a model at the parties limit of MODEL.md: 10 000
// parties, 10 lines, 2 scenarios (generated here, the same every run). The
// time is the whole process's, wall clock; the peak is its maximum resident
// set size as the process itself reports it on exit. Median of 3 runs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = path.dirname(fileURLToPath(import.meta.url));
const PARTIES = 10_000;
const { stringifyJson } = createRequire(import.meta.url)("../dist/node/engine/index.js");

/** A linear congruential generator: the same model on every run, no Math.random. */
function generator(seed) {
  let state = seed;
  return (max) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % max;
  };
}

/** 10 000 kommun-like parties, two keys, 10 lines over four kinds of rule, and 2 scenarios. */
export function edgesModel() {
  const random = generator(10_000);
  const parties = Array.from({ length: PARTIES }, (_, i) => ({
    id: `P${i + 1}`,
    name: `Part ${i + 1}`,
    code: String(100000 + i),
  }));
  const values = (max) => Object.fromEntries(parties.map((p) => [p.id, String(1 + random(max))]));
  const keys = {
    folkmangd: { label: "Folkmängd", unit: "invånare", values: values(900_000) },
    anvandare: { label: "Användare", values: values(5_000) },
  };
  const ids = parties.map((p) => p.id);
  const rules = [
    { by: "key", key: "folkmangd" },
    { by: "key", key: "anvandare" },
    { by: "equal", among: ids },
    { by: "weights", weights: { folkmangd: "70%", equal: "30%" } },
  ];
  const lines = {};
  for (let i = 0; i < 10; i++)
    lines[`line${i + 1}`] = {
      label: `Post ${i + 1}`,
      amount: String((10_000 + random(100_000)) * 10_000),
      split: rules[i % rules.length],
    };
  const scenarios = [
    { name: "Högre bidrag", patch: { lines: { line1: { amount: "2000000000" } } } },
    { name: "Ny folkmängd", patch: { keys: { folkmangd: { values: { P1: "1000000", P2: "1" } } } } },
  ];
  return { format: "fordela/1", name: "10 000 parter", parties, keys, lines, scenarios };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One run of the command in a fresh process: its wall time and peak resident set. */
function runOnce(model, out) {
  const report = path.join(path.dirname(out), "rss.cjs");
  writeFileSync(
    report,
    'process.on("exit", () => process.stderr.write(`maxRssKb=${process.resourceUsage().maxRSS}\\n`));\n',
  );
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    ["--require", report, path.join(here, "..", "bin", "fordela.js"), "run", model, "--out", out, "--force"],
    { encoding: "utf8", maxBuffer: 1 << 30 },
  );
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`fordela run failed: ${run.stderr}`);
  const rssKb = Number(/maxRssKb=(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { ms, rssMb: rssKb / 1024 };
}

export function edgesFigures() {
  const dir = mkdtempSync(path.join(tmpdir(), "fordela-bench-edges-"));
  try {
    const model = path.join(dir, "model.json");
    writeFileSync(model, stringifyJson(edgesModel(), 0));
    const runs = Array.from({ length: 3 }, () => runOnce(model, path.join(dir, "out.xlsx")));
    return {
      "edges.xlsx10kPartiesMs": Math.round(median(runs.map((r) => r.ms))),
      "edges.xlsx10kPartiesPeakRssMb": Math.round(median(runs.map((r) => r.rssMb))),
      "edges.workload": `fordela run MODEL.json --out FILE.xlsx in a fresh Node process: ${PARTIES} parties, 10 lines, 2 scenarios (bench/edges.mjs); wall time and peak RSS, median of 3 runs`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
