import { evaluateScenarios, ModelError, resultDocument, type ScenarioResult } from "../../src/engine";

/** Parties named after their ids: `parties("a", "b")`. */
export function parties(...ids: string[]): { id: string; name: string }[] {
  return ids.map((id) => ({ id, name: `Part ${id}` }));
}

/** A model document with the required top-level fields filled in. */
export function modelDoc(fields: Record<string, unknown>): Record<string, unknown> {
  return { format: "fordela/1", name: "Test", parties: parties("a", "b", "c"), ...fields };
}

/** A model of one line `x` with the given total and split. */
export function oneLine(
  split: unknown,
  fields: Record<string, unknown> = {},
  amount: unknown = "100",
): Record<string, unknown> {
  return modelDoc({ lines: { x: { label: "X", amount, split } }, ...fields });
}

/** Every result of a model: base first, then scenarios. */
export function results(document: unknown): readonly ScenarioResult[] {
  return resultDocument(evaluateScenarios(document)).results;
}

/** Party id → amount of one line in the base model. */
export function lineAmounts(document: unknown, line = "x"): Record<string, string> {
  const base = results(document)[0];
  return Object.fromEntries((base?.parties ?? []).map((p) => [p.id, p.lines[line]?.amount ?? "missing"]));
}

/** The refusal a model raises, as `path: reason`; fails the test when it is accepted. */
export function refusal(document: unknown): ModelError {
  try {
    results(document);
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error("the model was accepted, but a refusal was expected");
}
