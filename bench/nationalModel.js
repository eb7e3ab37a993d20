"use strict";
// Generates a national-scale model for the benchmark: 290 parties (the state,
// 21 regions, 268 kommuner), 50 lines that mix every rule of MODEL.md, and 20
// scenarios. A small linear congruential generator keeps it the same every run.

function generator(seed) {
  let state = seed;
  return (max) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % max;
  };
}

/**
 * The national model; `size` scales it for the bench's growth figures
 * (`lines` lines, `kommuner` kommuner), the defaults giving the model the
 * tests and figures name.
 */
function nationalModel(size = {}) {
  const { lines: lineCount = 50, kommuner: kommunCount = 268 } = size;
  const random = generator(20251231);
  const regions = Array.from({ length: 21 }, (_, r) => ({ id: `R${r + 1}`, name: `Region ${r + 1}` }));
  const kommuner = Array.from({ length: kommunCount }, (_, k) => ({
    id: `K${k + 1}`,
    name: `Kommun ${k + 1}`,
    code: String(1000 + k),
  }));
  const parties = [{ id: "staten", name: "Staten" }, ...regions, ...kommuner];
  const groups = {
    regionerna: regions.map((p) => p.id),
    kommunerna: kommuner.map((p) => p.id),
    mottagare: [...regions, ...kommuner].map((p) => p.id),
  };
  regions.forEach((region, r) => {
    groups[`lan${r + 1}`] = kommuner.filter((_, k) => k % 21 === r).map((p) => p.id);
  });
  const valuesFor = (list, max, step = 1) =>
    Object.fromEntries(list.map((p) => [p.id, String((1 + random(max)) * step)]));
  const everyone = [...regions, ...kommuner];
  // per-party amounts shrink as parties grow, so that a larger model stays feasible
  const perParty = (amount) => String(Math.round((amount * 289) / everyone.length));
  const keys = {
    folkmangd: { label: "Folkmängd", unit: "invånare", values: valuesFor(everyone, 900000) },
    folkmangd1664: { label: "Folkmängd 16–64 år", unit: "invånare", values: valuesFor(everyone, 500000) },
    forsorjning: { label: "Försörjningsmått", unit: "tkr", values: valuesFor(everyone, 2000000) },
    anvandare: { label: "Användare", values: valuesFor(everyone, 5000) },
    fjol: {
      label: "Förra årets belopp",
      unit: "kr",
      values: valuesFor(everyone, Number(perParty(5000)), 100),
    },
  };
  const rules = [
    () => ({
      by: "shares",
      shares: {
        staten: "1/2",
        regionerna: { share: "1/4", split: { by: "key", key: "folkmangd" } },
        kommunerna: {
          share: "1/4",
          split: { by: "weights", weights: { forsorjning: "75%", folkmangd1664: "25%" } },
        },
      },
    }),
    () => ({ by: "key", key: "folkmangd" }),
    () => ({ by: "equal", among: "kommunerna" }),
    () => ({ by: "weights", among: "kommunerna", weights: { equal: "30%", folkmangd: "70%" } }),
    () => ({ by: "fixed", amounts: "fjol", rest: { by: "key", key: "anvandare" } }),
    () => ({ by: "key", key: "folkmangd", among: "kommunerna", min: perParty(100000), max: "20000000" }),
    () => ({ by: "key", key: "forsorjning", maxDecrease: { from: "fjol", percent: "10%" } }),
    () => ({
      by: "shares",
      shares: {
        staten: "1/2",
        ...Object.fromEntries(regions.map((r) => [r.id, "1/44"])),
        kommunerna: { share: "1/44", split: { by: "key", key: "folkmangd" } },
      },
    }),
    () => ({
      by: "weights",
      among: "mottagare",
      weights: { forsorjning: "1/2", folkmangd: "1/4", equal: "1/4" },
      min: perParty(50000),
    }),
    () => ({
      by: "shares",
      shares: {
        ...Object.fromEntries(
          regions.map((r, i) => [`lan${i + 1}`, { share: "1/21", split: { by: "key", key: "folkmangd" } }]),
        ),
      },
    }),
  ];
  const lines = {};
  for (let i = 0; i < lineCount; i++) {
    const kind = i % rules.length;
    const split = rules[kind]();
    const amount = String((10000 + random(100000)) * 10000);
    lines[`line${i + 1}`] =
      kind === 7
        ? { label: `Post ${i + 1}`, anchor: { party: "staten", amount }, split }
        : { label: `Post ${i + 1}`, amount, split };
  }
  const scenarios = Array.from({ length: 20 }, (_, s) => ({
    name: `Scenario ${s + 1}`,
    patch:
      s % 3 === 0
        ? { keys: { folkmangd: { values: valuesFor(everyone, 900000) } } }
        : s % 3 === 1
          ? { lines: { line4: { split: { weights: { equal: `${10 + s}%`, folkmangd: `${90 - s}%` } } } } }
          : { lines: { line2: { amount: String((10000 + random(100000)) * 10000) } } },
  }));
  return {
    format: "fordela/1",
    name: "Nationell fördelning (genererad)",
    parties,
    groups,
    keys,
    lines,
    scenarios,
  };
}

module.exports = { nationalModel };
