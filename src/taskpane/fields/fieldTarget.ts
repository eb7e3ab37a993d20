import { isRecord } from "../../engine/json/jsonNumber";
import { mergePatch } from "../../engine/json/mergePatch";
import { at, joinPath, splitPath } from "../../engine/model/fieldPath";
import { ruleField } from "./ruleField";

/** The pane's views that hold a model's fields. */
export type FieldView = "parties" | "lines" | "scenarios" | "model";

/** Which of a scenario's editors shows a field: its key values, its lines and rules, or its patch as JSON. */
export type ScenarioEditor = "keys" | "lines" | "json";

/**
 * Where a value is edited in the pane: the view (tab) that shows it, what that
 * view must have chosen to show it (a line, a key, a scenario and its
 * editor), and the field's id. A field's id is the MODEL.md path of the value
 * it holds (`lines.bidrag.split.shares.staten`, `keys.folkmangd.values.2303`,
 * `scenarios[1].patch.keys.folkmangd.values.2303`); the model's JSON text is
 * the field "".
 */
export interface FieldTarget {
  readonly view: FieldView;
  readonly field: string;
  readonly line?: string;
  readonly key?: string;
  readonly scenario?: number;
  readonly editor?: ScenarioEditor;
}

type Json = Record<string, unknown>;
type Segment = string | number;

/** The model's JSON text: where a value goes that no other field shows. */
export const JSON_FIELD: FieldTarget = { view: "model", field: "" };

/**
 * The field that holds the value a refusal's path names, in the model as the
 * pane has it. A path inside a scenario's patch, or a refusal said to be about
 * a scenario's model (`scenario`, its name), goes to that scenario's editors;
 * what no field shows goes to the model's JSON text.
 *
 * @example
 * fieldForPath("lines.bidrag.split.shares.staten", doc); // { view: "lines", line: "bidrag", field: "lines.bidrag.split.shares.staten" }
 * fieldForPath("keys.folkmangd.values.2303", doc); // { view: "parties", key: "folkmangd", field: "keys.folkmangd.values.2303" }
 */
export function fieldForPath(path: string, document: unknown, scenario?: string): FieldTarget {
  const segments = splitPath(path);
  const model = isRecord(document) ? document : {};
  const scenarios = Array.isArray(model.scenarios) ? (model.scenarios as unknown[]) : [];
  const [head, index, patch, ...inside] = segments;
  if (head === "scenarios" && typeof index === "number" && index < scenarios.length) {
    if (patch !== "patch" || inside.length === 0) return scenarioNameOrPatch(index, patch);
    return inScenario(index, inside, model, scenarios[index]);
  }
  const named = scenario === undefined ? -1 : scenarios.findIndex((s) => isRecord(s) && s.name === scenario);
  if (named >= 0) return inScenario(named, segments, model, scenarios[named]);
  return fieldInModel(segments, model);
}

function scenarioNameOrPatch(index: number, field: Segment | undefined): FieldTarget {
  const base = at("scenarios", index);
  return field === "name"
    ? { view: "scenarios", scenario: index, field: at(base, "name") }
    : { view: "scenarios", scenario: index, editor: "json", field: at(base, "patch") };
}

/** A field of scenario `index`'s model: its editors show the model with the patch applied. */
function inScenario(index: number, segments: Segment[], base: Json, scenario: unknown): FieldTarget {
  const patch = isRecord(scenario) && isRecord(scenario.patch) ? scenario.patch : {};
  const inner = fieldInModel(segments, mergePatch(base, patch) as Json);
  const prefix = at(at("scenarios", index), "patch");
  if (inner.view === "lines" || inner.view === "parties")
    return {
      ...inner,
      view: "scenarios",
      scenario: index,
      editor: inner.view === "lines" ? "lines" : "keys",
      field: joinPath(prefix, inner.field),
    };
  return { view: "scenarios", scenario: index, editor: "json", field: prefix };
}

/** A field of the base model (or of a scenario's whole model): Parter for key values, Regler for lines and rounding. */
export function fieldInModel(segments: readonly Segment[], model: Json): FieldTarget {
  const [head, id, ...rest] = segments;
  if (head === "keys" && typeof id === "string") return keyField(id, rest);
  if (head === "lines" && typeof id === "string" && isRecord(model.lines) && Object.hasOwn(model.lines, id))
    return lineField(id, rest, model.lines[id]);
  if (head === "rounding")
    return { view: "lines", field: id === "method" ? "rounding.method" : "rounding.unit" };
  return JSON_FIELD;
}

function keyField(key: string, rest: readonly Segment[]): FieldTarget {
  const [values, party] = rest;
  const keyPath = at("keys", key);
  if (values === "values" && typeof party === "string")
    return { view: "parties", key, field: at(at(keyPath, "values"), party) };
  return { view: "parties", key, field: keyPath };
}

function lineField(line: string, rest: readonly Segment[], value: unknown): FieldTarget {
  const path = at("lines", line);
  const shown = (field: string): FieldTarget => ({ view: "lines", line, field });
  const hasAnchor = isRecord(value) && value.anchor !== undefined;
  const [head, next] = rest;
  if (head === "label") return shown(at(path, "label"));
  if (head === "split")
    return shown(ruleField(at(path, "split"), rest.slice(1), isRecord(value) ? value.split : undefined));
  if (head === "anchor" && next === "party") return shown(at(at(path, "anchor"), "party"));
  // The line itself ("amount" or "anchor" missing, or both) and its amount: the amount field.
  return shown(hasAnchor ? at(at(path, "anchor"), "amount") : at(path, "amount"));
}
