import fc from "fast-check";
import {
  copyJson,
  evaluateModel,
  evaluateScenarios,
  mergePatch,
  ModelError,
  parseModel,
  resultDocument,
  scenarioModel,
} from "../../../src/engine";
import { scenarioResult } from "../../../src/engine/result/scenarioResult";
import { relocate } from "../../../src/engine/scenarios/scenarioModel";
import type { Scenario } from "../../../src/engine";
import { nationalModel } from "../../../bench/nationalModel";

// A scenario is read and split incrementally: only what its patch changed is
// read again, and a line whose inputs are the very same objects is taken
// over. These properties hold that to reading and splitting the patched
// document from scratch (a deep copy, sharing nothing with the base).

const PARTIES = ["a", "b", "c", "d", "e"];
const valuesOf = (numbers: readonly number[]) => Object.fromEntries(PARTIES.map((p, i) => [p, numbers[i]]));

const base = {
  format: "fordela/1",
  name: "Inkrementellt",
  parties: PARTIES.map((id) => ({ id, name: `Part ${id}` })),
  groups: { g: ["d", "e"] },
  keys: {
    k1: { label: "K1", values: valuesOf([1, 2, 3, 4, 5]) },
    k2: { values: valuesOf([5, 0, 7, 1, 2]) },
    fjol: { values: valuesOf([100, 200, 300, 400, 500]) },
  },
  lines: {
    x: { label: "X", amount: "1000", split: { by: "key", key: "k1" } },
    y: {
      label: "Y",
      amount: "901",
      split: { by: "shares", shares: { a: "1/2", g: { share: "1/2", split: { by: "key", key: "k2" } } } },
    },
    z: {
      label: "Z",
      amount: "5000",
      split: { by: "fixed", amounts: "fjol", rest: { by: "key", key: "k1" } },
    },
    w: { label: "W", amount: "1000", split: { by: "key", key: "k2", min: "10" } },
    v: {
      label: "V",
      anchor: { party: "a", amount: "100" },
      split: { by: "shares", shares: { a: "1/4", b: "3/4" } },
    },
    u: { label: "U", amount: "7", split: { by: "equal", among: "g" } },
    s: {
      label: "S",
      amount: "10000",
      split: { by: "fixed", amounts: { from: "fjol", factor: "1.1" }, rest: { by: "key", key: "k2" } },
    },
    t: {
      label: "T",
      amount: "5000",
      split: { by: "key", key: "k1", maxDecrease: { from: "fjol", percent: "10%" } },
    },
  },
};

/** One change a patch may make: valid or not, in every part of the model. */
const value = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom<unknown>(-1, "sju", null, "0"));
/** A field of the patch, left out more often than not, so that most patches change one or two things. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, { arbitrary, weight: 1 });

const change = fc.record(
  {
    k1: sometimes(fc.dictionary(fc.constantFrom(...PARTIES, "zz"), value, { maxKeys: 3 })),
    k2: sometimes(
      fc.constantFrom<unknown>(
        null,
        { label: "" },
        { values: valuesOf([0, 0, 0, 0, 0]) },
        { unit: "st" },
        { values: { b: 3 } },
      ),
    ),
    fjol: sometimes(
      fc.constantFrom<unknown>({ values: { a: 150 } }, { values: { b: "20.5" } }, { values: { c: null } }),
    ),
    k3: sometimes(fc.constantFrom<unknown>({ values: valuesOf([1, 1, 1, 1, 1]) }, { values: { a: 1 } })),
    xAmount: sometimes(fc.constantFrom<unknown>("2000", "-5", "tio", null, "1000")),
    xKey: sometimes(fc.constantFrom("k2", "k3", "fjol", "saknas")),
    wMin: sometimes(fc.constantFrom<unknown>("500", "10", "150", null)),
    yLine: sometimes(fc.constantFrom<unknown>(null, { amount: "3" }, { split: { shares: { a: "1/3" } } })),
    added: sometimes(
      fc.constantFrom<unknown>({ label: "N", amount: "5", split: { by: "equal" } }, { label: "N" }),
    ),
    parties: sometimes(
      fc.constantFrom<unknown>([...base.parties, { id: "f", name: "F" }], base.parties.slice(0, 4)),
    ),
    groups: sometimes(fc.constantFrom<unknown>({ g: ["a", "b"] }, { g: ["zz"] }, { h: ["a"] })),
    rounding: sometimes(
      fc.constantFrom<unknown>({ unit: "10" }, { unit: "0.5" }, { method: "okänd" }, { method: "dhondt" }),
    ),
    name: sometimes(fc.constantFrom<unknown>("Nytt namn", "")),
  },
  {},
);

type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function patchOf(c: Change): Record<string, unknown> {
  const keys: Record<string, unknown> = {};
  if (c.k1 !== undefined) keys.k1 = { values: c.k1 };
  if (c.k2 !== undefined) keys.k2 = c.k2;
  if (c.k3 !== undefined) keys.k3 = c.k3;
  if (c.fjol !== undefined) keys.fjol = c.fjol;
  const lines: Record<string, unknown> = {};
  if (c.xAmount !== undefined || c.xKey !== undefined)
    lines.x = { amount: c.xAmount, split: c.xKey === undefined ? undefined : { key: c.xKey } };
  if (c.wMin !== undefined) lines.w = { split: { min: c.wMin } };
  if (c.yLine !== undefined) lines.y = c.yLine;
  if (c.added !== undefined) lines.n = c.added;
  const { parties, groups, rounding, name } = c;
  const patch = { keys, lines, parties, groups, rounding, name };
  return (defined(patch) ?? {}) as Record<string, unknown>;
}

/** The patch without the fields left undefined, and without objects left empty. */
function defined(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const fields = Object.entries(value)
    .map(([field, inner]) => [field, defined(inner)] as const)
    .filter(([, inner]) => inner !== undefined);
  return fields.length === 0 ? undefined : Object.fromEntries(fields);
}

type Outcome = { parties: unknown } | { refused: unknown };

function outcome(run: () => unknown): Outcome {
  try {
    return { parties: run() };
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    const { path, code, params, scenario } = error;
    return { refused: { path, code, params, scenario } };
  }
}

/** The scenario read and split as evaluateScenarios does it: incrementally, on the base. */
function incremental(patch: Record<string, unknown>): Outcome {
  return outcome(
    () =>
      resultDocument(evaluateScenarios({ ...base, scenarios: [{ name: "S", patch }] })).results[1]?.parties,
  );
}

/** The patched document copied whole and read and split on its own, with no base to take anything from. */
function fromScratch(patch: Record<string, unknown>): Outcome {
  const scenario: Scenario = { name: "S", patch, path: "scenarios[0]" };
  return outcome(() => {
    try {
      const model = parseModel(copyJson(mergePatch({ ...base, scenarios: [{ name: "S", patch }] }, patch)));
      return scenarioResult(null, evaluateModel(model)).parties;
    } catch (error) {
      throw relocate(error, scenario);
    }
  });
}

describe("a scenario read and split incrementally", () => {
  it("gives the same results and the same refusals (path, code, words) as the patched model from scratch", () => {
    fc.assert(
      fc.property(change, (c) => {
        const patch = patchOf(c);
        expect(incremental(patch)).toEqual(fromScratch(patch));
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a patch that names a key that does not exist at the field inside the patch", () => {
    expect(incremental({ lines: { x: { split: { key: "saknas" } } } })).toEqual({
      refused: {
        path: "scenarios[0].patch.lines.x.split.key",
        code: "noKey",
        params: { key: '"saknas"' },
        scenario: undefined,
      },
    });
  });

  it("refuses a line whose key a patch removed at the line, naming the scenario", () => {
    expect(incremental({ keys: { k2: null } })).toEqual(fromScratch({ keys: { k2: null } }));
    expect(incremental({ keys: { k2: null } })).toMatchObject({
      refused: { path: "lines.y.split.shares.g.split.key", code: "noKey", scenario: "S" },
    });
  });

  it("refuses a key value a patch removed when a group's split reads it, at the field in the patch", () => {
    const patch = { keys: { k2: { values: { d: null } } } };
    expect(incremental(patch)).toEqual(fromScratch(patch));
    expect(incremental(patch)).toMatchObject({
      refused: { path: "scenarios[0].patch.keys.k2.values.d", code: "missingKeyValue" },
    });
  });

  it("takes over the very key objects a patch left alone, and every line but one that took in a changed key's values", () => {
    const patch = { keys: { k2: { values: { a: 9 } }, fjol: { values: { a: 150 } } } };
    const model = parseModel({ ...base, scenarios: [{ name: "S", patch }] });
    const patched = scenarioModel(model, model.scenarios[0] as Scenario);
    const same = (id: string) =>
      patched.lines.find((l) => l.id === id) === model.lines.find((l) => l.id === id);
    // z takes last year's amounts in as its fixed amounts; y and w only name k2, t only names fjol
    expect(["x", "y", "w", "z", "t"].map(same)).toEqual([true, true, true, false, true]);
    expect(["k1", "k2", "fjol"].map((k) => patched.keys.get(k) === model.keys.get(k))).toEqual([
      true,
      false,
      false,
    ]);
    expect(patched.partyById).toBe(model.partyById);
  });

  it("splits again only the lines that read what the patch changed", () => {
    const all = evaluateScenarios({
      ...base,
      scenarios: [{ name: "S", patch: { keys: { k2: { values: { a: 9 } } } } }],
    });
    const [first, second] = all.map((r) => r.evaluation.lines);
    const same = ["x", "y", "z", "w", "v", "u", "t", "s"].map((id) => first?.get(id) === second?.get(id));
    expect(same).toEqual([true, false, true, false, true, true, true, false]);
  });
});

describe("evaluateModel with reuse", () => {
  it("splits again a line that is the same object but reads another key object", () => {
    const model = parseModel(base);
    const other = parseModel({ ...base, keys: { ...base.keys, k1: { values: valuesOf([5, 4, 3, 2, 1]) } } });
    const changed = { ...model, keys: new Map(model.keys).set("k1", other.keys.get("k1")!) };
    const reused = evaluateModel(changed, { reuse: evaluateModel(model) });
    expect(scenarioResult(null, reused).parties).toEqual(
      scenarioResult(null, evaluateModel(changed)).parties,
    );
  });
});

describe("the national model's scenarios read and split incrementally", () => {
  it("give exactly what each patched document read and split from scratch gives, texts included", () => {
    const document = nationalModel();
    const incrementally = resultDocument(evaluateScenarios(document)).results.map((r) => r.parties);
    const scratch = parseModel(document).scenarios.map(
      (s) => scenarioResult(null, evaluateModel(parseModel(copyJson(mergePatch(document, s.patch))))).parties,
    );
    expect(incrementally.slice(1)).toEqual(scratch);
  }, 180_000); // reading 20 patched documents whole takes a while on a loaded machine
});
