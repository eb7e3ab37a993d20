// What every bench module measures with: the median of repeated runs.

/** The middle value (the upper one of an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The median time of `rounds` runs in milliseconds, after `warmup` runs, to `decimals` places. */
export function timed(run, rounds, { warmup = 2, decimals = 1 } = {}) {
  for (let i = 0; i < warmup; i++) run();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  const scale = 10 ** decimals;
  return Math.round(median(times) * scale) / scale;
}
