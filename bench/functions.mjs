// functions.*: the worksheet functions as Excel would call them, through the
// command-line build (dist/node/functions): FORDELA.SPLIT of 10^9 kronor in
// öre over 290 keys (Sweden's kommuner), and FORDELA.PLAN of 290 such totals
// over 12 monthly periods. Medians of 21 runs after warm-up.

/** 290 population-like key values as a column, the same on every run (no Math.random). */
function keyColumn() {
  let state = 290;
  return Array.from({ length: 290 }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return [2_400 + (state % 980_000)];
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(run, rounds = 21) {
  for (let i = 0; i < 3; i++) run();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 100) / 100;
}

export function functionFigures(functions) {
  const keys = keyColumn();
  const split = () => functions.SPLIT(1_000_000_000, keys, 0.01);
  const totals = split();
  const months = [Array.from({ length: 12 }, () => "1/12")];
  return {
    "functions.split290Ms": timed(split),
    "functions.plan290x12Ms": timed(() => functions.PLAN(totals, months, 0.01)),
    "functions.workload":
      'SPLIT(1000000000; 290 keys; 0,01) and PLAN(its 290 parts; 12 × "1/12"; 0,01) through dist/node/functions: median of 21 runs',
  };
}
