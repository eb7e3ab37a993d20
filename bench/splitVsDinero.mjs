// engine.splitVsDinero: our exact largest-remainder kernel against dinero.js's
// allocate on the same 100 000 splits, and how many results differ (dinero
// gives leftover units to the largest ratios first, which breaks the quota property).
import { allocate as dineroAllocate, dinero, toSnapshot } from "dinero.js";
import { SEK } from "dinero.js/currencies";

const SPLITS = 100_000;

function generate() {
  let state = 42;
  const random = (max) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % max;
  };
  return Array.from({ length: SPLITS }, () => ({
    amount: random(10_000_000),
    ratios: Array.from({ length: 2 + random(9) }, () => 1 + random(100_000)),
  }));
}

function time(run) {
  const start = performance.now();
  const out = run();
  return { ms: performance.now() - start, out };
}

export async function splitVsDinero(engine) {
  const splits = generate();
  const ours = () => splits.map(({ amount, ratios }) => engine.allocate(BigInt(amount), ratios.map(BigInt)));
  const theirs = () =>
    splits.map(({ amount, ratios }) =>
      dineroAllocate(dinero({ amount, currency: SEK, scale: 0 }), ratios).map((d) => toSnapshot(d).amount),
    );
  ours();
  theirs();
  const runs = Array.from({ length: 5 }, () => [time(ours), time(theirs)]);
  const ratio = runs.map(([a, b]) => a.ms / b.ms).sort((x, y) => x - y)[2];
  const [[oursLast, theirsLast]] = runs.slice(-1);
  const differing = oursLast.out.filter((parts, i) =>
    parts.some((p, j) => Number(p) !== theirsLast.out[i][j]),
  ).length;
  return {
    "engine.splitVsDinero": Math.round(ratio * 100) / 100,
    "engine.splitVsDineroOursMs": Math.round(median(runs.map(([a]) => a.ms))),
    "engine.splitVsDineroDineroMs": Math.round(median(runs.map(([, b]) => b.ms))),
    "engine.splitVsDineroDiffering": differing,
    "engine.splitVsDineroSplits": SPLITS,
  };
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
