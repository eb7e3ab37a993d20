// bounds.*: bounds on a fixed rule with a rest (issue 12). The state's Finsam
// model as bundled (78 förbund, 4 results), how many förbund its floor held
// per result, and the same rule on a generated 10 000 parties, where every
// tenth party is held at last year's floor.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(run, rounds) {
  run();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 10) / 10;
}

/** 10 000 parties: 400 each, the rest 75/25 by two keys, nobody below 90 % of last year; every tenth had 30 % more last year. */
function generated(count) {
  const ids = Array.from({ length: count }, (_, i) => `p${i}`);
  const values = (f) => Object.fromEntries(ids.map((id, i) => [id, String(f(i))]));
  const a = (i) => 1000 + ((i * 7919) % 5000);
  const b = (i) => 2000 + ((i * 104729) % 3000);
  return {
    format: "fordela/1",
    name: "bounds bench",
    parties: ids.map((id) => ({ id, name: id })),
    keys: {
      bas: { values: values(() => 400) },
      a: { values: values(a) },
      b: { values: values(b) },
      fjol: { values: values((i) => (i % 10 === 0 ? 1300 : 800)) },
    },
    lines: {
      x: {
        label: "X",
        amount: String(count * 1000),
        split: {
          by: "fixed",
          amounts: "bas",
          rest: { by: "weights", weights: { a: "75%", b: "25%" } },
          maxDecrease: { from: "fjol", percent: "10%" },
        },
      },
    },
  };
}

function held(evaluation) {
  let count = 0;
  for (const { allocation } of evaluation.lines.values())
    for (const part of allocation.values()) if (part.held !== undefined) count++;
  return count;
}

export function boundsFigures(engine) {
  const text = readFileSync(path.join(here, "..", "examples", "finsam-staten.json"), "utf8");
  const finsam = engine.parseJson(text);
  let evaluations = [];
  const finsamMs = timed(() => (evaluations = engine.evaluateScenarios(finsam)), 9);
  const perResult = evaluations.map((e) => `${e.scenario?.name ?? "grundmodellen"}: ${held(e.evaluation)}`);
  const big = generated(10_000);
  let bigEvaluation;
  const bigMs = timed(() => (bigEvaluation = engine.evaluateScenarios(big)), 5);
  const free = generated(10_000);
  delete free.lines.x.split.maxDecrease;
  const freeMs = timed(() => engine.evaluateScenarios(free), 5);
  return {
    "bounds.finsamMs": finsamMs,
    "bounds.finsamHeld": `förbund held at a bound of 78, per result: ${perResult.join("; ")}`,
    "bounds.parties10kMs": bigMs,
    "bounds.parties10kUnboundedMs": freeMs,
    "bounds.parties10k": `10 000 parties, one fixed rule with a weights rest and maxDecrease 10 %: median of 5 evaluateScenarios; ${held(bigEvaluation[0].evaluation)} held (Unbounded: the same without maxDecrease)`,
  };
}
