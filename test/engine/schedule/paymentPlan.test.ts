import { modelDoc, results } from "../../helpers/models";

const quarters = [
  { label: "Kvartal 1", due: "2025-01-31" },
  { label: "Kvartal 2", due: "2025-04-30" },
  { label: "Kvartal 3", due: "2025-07-31" },
  { label: "Kvartal 4", due: "2025-10-31" },
];

const planned = (schedule: unknown, fields: Record<string, unknown> = {}) =>
  modelDoc({
    keys: { k: { values: { a: 1, b: 1, c: 1 } } },
    lines: { x: { label: "X", amount: "1003", split: { by: "key", key: "k" } } },
    schedule,
    ...fields,
  });

describe("a payment schedule in the result", () => {
  it("gives each party its amount per period, adding up to its total", () => {
    const [base] = results(planned({ periods: quarters }));
    for (const party of base?.parties ?? []) {
      const paid = (party.periods ?? []).reduce((s, p) => s + Number(p), 0);
      expect(party.periods).toHaveLength(4);
      expect(paid).toBe(Number(party.total));
    }
  });

  it("keeps every quarter within one krona of its exact sum", () => {
    const [base] = results(planned({ periods: quarters }));
    expect(base?.schedule?.map((p) => p.exact)).toEqual(["250.75", "250.75", "250.75", "250.75"]);
    expect(base?.schedule?.map((p) => p.amount)).toEqual(["251", "251", "251", "250"]);
  });

  it("names each period and its due date", () => {
    const [base] = results(planned({ periods: quarters }));
    expect(base?.schedule?.map((p) => [p.label, p.due])).toEqual(quarters.map((q) => [q.label, q.due]));
  });

  it("splits by the schedule's weights", () => {
    const [base] = results(planned({ periods: quarters.slice(0, 2), weights: ["40%", "60%"] }));
    // 40 % of 335 is 134 and of 334 is 133.6, rounded up; the first period's 402 is within one of 401.2
    expect(base?.parties.map((p) => [p.total, p.periods])).toEqual([
      ["335", ["134", "201"]],
      ["334", ["134", "200"]],
      ["334", ["134", "200"]],
    ]);
  });

  it("lets a scenario change the schedule", () => {
    const doc = planned(
      { periods: quarters },
      { scenarios: [{ name: "halvår", patch: { schedule: { periods: quarters.slice(0, 2) } } }] },
    );
    const [, scenario] = results(doc);
    expect(scenario?.parties[0]?.periods).toHaveLength(2);
  });

  it("leaves periods out of a model without a schedule", () => {
    const [base] = results(modelDoc({ lines: { x: { label: "X", amount: "3", split: { by: "equal" } } } }));
    expect(base?.parties[0]?.periods).toBeUndefined();
    expect(base?.schedule).toBeUndefined();
  });
});
