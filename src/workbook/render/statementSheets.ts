import {
  compareEvaluations,
  comparisonDocument,
  resultDocument,
  type ComparisonDocument,
  type Model,
  type Party,
  type ScenarioEvaluation,
  type ScenarioResult,
} from "../../engine";
import type { SheetSpec } from "../description/types";
import type { Language } from "./labels";
import { renderStatement } from "./statementSheet";

/** What statements to render: for which scenario (null: the base model), in which language, with which sheet names. */
export interface StatementOptions {
  readonly scenario: string | null;
  readonly language: Language;
  /** Each party's sheet name, unique among the statements. */
  readonly sheetName: (party: Party) => string;
}

/** The statements, and the model and result they were rendered from. */
export interface StatementSheets {
  readonly model: Model;
  readonly result: ScenarioResult;
  readonly statements: readonly { readonly party: Party; readonly sheet: SheetSpec }[];
}

/**
 * Every party's statement for the base model or a named scenario, in the
 * model's party order. The statements compare the scenario with the base
 * model (the base with the first scenario, where there is one).
 *
 * @example
 * statementSheets(evaluations, { scenario: null, language: "sv", sheetName: (p) => p.name })
 *   .statements.map((s) => s.sheet.name); // ["Staten (Försäkringskassan)", …, "Östersund"]
 */
export function statementSheets(
  evaluations: readonly ScenarioEvaluation[],
  options: StatementOptions,
): StatementSheets {
  const index = evaluations.findIndex((e) => (e.scenario?.name ?? null) === options.scenario);
  const chosen = evaluations[index];
  if (chosen === undefined)
    throw new RangeError(`there is no scenario called ${JSON.stringify(options.scenario)}`);
  const result = resultDocument([chosen]).results[0];
  if (result === undefined) throw new RangeError("there is no result to render");
  const comparison = statementComparison(evaluations, index);
  const statements = chosen.evaluation.model.parties.map((party) => ({
    party,
    sheet: renderStatement({
      evaluation: chosen.evaluation,
      result,
      party: party.id,
      language: options.language,
      sheetName: options.sheetName(party),
      ...(comparison === undefined ? {} : { comparison }),
    }),
  }));
  return { model: chosen.evaluation.model, result, statements };
}

/** A scenario against the base model; the base against the first scenario; nothing for a model without scenarios. */
function statementComparison(
  evaluations: readonly ScenarioEvaluation[],
  index: number,
): ComparisonDocument | undefined {
  const base = evaluations[0];
  const other = index === 0 ? evaluations[1] : evaluations[index];
  if (base === undefined || other === undefined) return undefined;
  return comparisonDocument(
    compareEvaluations(base.evaluation, other.evaluation),
    null,
    other.scenario?.name ?? null,
  );
}
