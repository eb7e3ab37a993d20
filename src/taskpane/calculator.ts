import {
  evaluateModel,
  evaluateScenarios,
  parseJson,
  resultDocument,
  type ResultDocument,
  type ScenarioEvaluation,
} from "../engine";
import type { WorkbookSpec } from "../workbook/description/types";
import type { Language } from "../workbook/render/labels";
import { renderWorkbook } from "../workbook/render/renderWorkbook";
import { explainParty, type ExplainedLine } from "./explainParty";
import { strings } from "./strings";

/** What a run computes: the sheets to write, the result document to show, the model's name. */
export interface Calculation {
  readonly spec: WorkbookSpec;
  readonly document: ResultDocument;
  readonly name: string;
}

/** The engine as the pane uses it: in a Web Worker in the add-in, in line in tests. */
export interface Calculator {
  calculate(text: string, language: Language): Promise<Calculation>;
  /** Explains a party's amounts in scenario `scenario` (0 is the base) of the last calculation. */
  explain(scenario: number, party: string, language: Language): Promise<ExplainedLine[]>;
}

/**
 * The calculator on the calling thread: checks and computes the model from
 * its JSON text and renders the sheets; keeps the evaluations for "Varför?".
 * Throws the engine's ModelError for a refused model.
 *
 * @example
 * const { document } = await inlineCalculator().calculate(text, "sv");
 */
export function inlineCalculator(): Calculator {
  let last: readonly ScenarioEvaluation[] = [];
  return {
    calculate: async (text, language) => {
      const evaluations = evaluateScenarios(parseJson(text));
      last = evaluations;
      const name = evaluations[0]?.evaluation.model.name ?? "";
      return { spec: renderWorkbook(evaluations, { language }), document: resultDocument(evaluations), name };
    },
    explain: async (scenario, party, language) => {
      const evaluation = last[scenario]?.evaluation;
      if (evaluation === undefined) return [];
      return explainParty(
        evaluateModel(evaluation.model, { explain: true }),
        party,
        language,
        strings(language),
      );
    },
  };
}
