import type { RefusalData } from "../../contracts/refusal";
import { words } from "../../contracts/refusal";
import { isRecord } from "../../engine/json/jsonNumber";
import { mergePatch } from "../../engine/json/mergePatch";
import { at, joinPath } from "../../engine/model/fieldPath";
import { ModelError } from "../../engine/model/ModelError";
import { writtenByPatch } from "../../engine/scenarios/writtenByPatch";
import type { Language } from "../../contracts/language";
import { FIELD_MESSAGES } from "../fieldStrings";
import { parseModelText } from "../parseModelText";
import { fieldForPath, type FieldTarget } from "./fieldTarget";
import { placeOf } from "./placeOf";
import { modelChecks, type Problem } from "./typingChecks";

/** A problem shown on its field and in the summary: where it is, and what to say. */
export interface FieldProblem {
  readonly target: FieldTarget;
  /** The whole sentence shown on the field. */
  readonly message: string;
  /** Where the field is, in words: "Regler, Medel till förbundet". */
  readonly place: string;
  /** Whether it is the engine's refusal from the last run, rather than a check while typing. */
  readonly refusal: boolean;
}

type Json = Record<string, unknown>;

/**
 * Every problem the pane shows for a model's text: the checks while typing,
 * in the base model and in what each scenario changes, and the engine's
 * refusal from the last run, each with the field that holds its value.
 *
 * @example
 * paneProblems(text, undefined, "sv")[0]?.message; // "Andelarna blir tillsammans 21/20, inte 1."
 */
export function paneProblems(
  text: string,
  refusal: RefusalData | undefined,
  language: Language,
): FieldProblem[] {
  const document = parseModelText<Json>(text);
  const checks = document === undefined ? [] : [...modelChecks(document), ...scenarioChecks(document)];
  const found = checks.map((problem) => checked(problem, document, language));
  if (refusal === undefined) return found;
  const target = fieldForPath(refusal.path, document, refusal.scenario);
  const error = ModelError.from(refusal);
  // The model's JSON text shows the path too, so the user can find the field in it.
  const message =
    target.field === "" && refusal.path !== ""
      ? error.messageIn(language)
      : sentence(error.reasonIn(language));
  return [{ target, message, place: placeOf(target, document, language), refusal: true }, ...found];
}

function checked(problem: Problem, document: Json | undefined, language: Language): FieldProblem {
  const target = fieldForPath(problem.path, document);
  const message = words(FIELD_MESSAGES, language, problem.code, problem.params);
  return { target, message, place: placeOf(target, document, language), refusal: false };
}

/**
 * The checks in each scenario's model, where its patch wrote the value: the
 * base's own are the base's. Only the keys and lines a patch touches are
 * merged and checked, so a model of many scenarios is checked as fast as its patches are long.
 */
function scenarioChecks(document: Json): Problem[] {
  const scenarios = Array.isArray(document.scenarios) ? (document.scenarios as unknown[]) : [];
  return scenarios.flatMap((scenario, index) => {
    if (!isRecord(scenario) || !isRecord(scenario.patch)) return [];
    const patch = scenario.patch;
    const prefix = at(at("scenarios", index), "patch");
    return modelChecks(mergePatch(touched(document, patch), patch))
      .filter((problem) => writtenByPatch(patch, problem.path))
      .map((problem) => ({ ...problem, path: joinPath(prefix, problem.path) }));
  });
}

/** The parts of the base a patch's checks need: the keys and lines it touches, the rounding and the currency. */
function touched(base: Json, patch: Json): Json {
  const part: Json = { rounding: base.rounding, currency: base.currency };
  for (const field of ["keys", "lines"]) {
    const all = base[field];
    const changed = patch[field];
    if (!isRecord(all) || !isRecord(changed)) continue;
    part[field] = Object.fromEntries(
      Object.keys(changed).flatMap((id) => (Object.hasOwn(all, id) ? [[id, all[id]]] : [])),
    );
  }
  return part;
}

/**
 * A reason (a clause after a path: "andelarna blir tillsammans 9/10, inte 1")
 * as a sentence of its own on a field: a capital first, a full stop last.
 *
 * @example
 * sentence("andelarna blir tillsammans 9/10, inte 1"); // "Andelarna blir tillsammans 9/10, inte 1."
 */
export function sentence(reason: string): string {
  const trimmed = reason.trim();
  const capital = trimmed.charAt(0).toLocaleUpperCase("sv") + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
