import {
  compareEvaluations,
  comparisonDocument,
  type ComparisonDocument,
  evaluateModel,
  evaluateScenarios,
  parseJson,
  resultDocument,
  type ResultDocument,
  type ScenarioEvaluation,
} from "../engine";
import type { WorkbookSpec } from "../workbook/description/types";
import type { ExportFile } from "../workbook/export/exportFiles";
import type { Language } from "../contracts/language";
import { renderWorkbook } from "../workbook/render/renderWorkbook";
import { explainParty, type ExplainedLine } from "./explainParty";
import { loadStrings, strings } from "./strings";

/** What a run computes: the sheets to write, the result document to show, the model's name. */
export interface Calculation {
  readonly spec: WorkbookSpec;
  readonly document: ResultDocument;
  readonly name: string;
}

/** What a run writes besides the model's sheets. */
export interface CalculateOptions {
  /** Each party's statement as a sheet of its own, for the base model. */
  readonly statements?: boolean;
}

/** The engine as the pane uses it: in a Web Worker in the add-in, in line in tests. */
export interface Calculator {
  calculate(text: string, language: Language, options?: CalculateOptions): Promise<Calculation>;
  /** Explains a party's amounts in scenario `scenario` (0 is the base) of the last calculation. */
  explain(scenario: number, party: string, language: Language): Promise<ExplainedLine[]>;
  /** Compares scenario `b` with scenario `a` (0 is the base) of the last calculation. */
  compare(a: number, b: number): Promise<ComparisonDocument>;
  /** Every party's statement and fordelning.csv for scenario `scenario` of the last calculation, as one zip. */
  exportArchive(scenario: number, language: Language): Promise<ExportFile>;
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
  const chosen = (index: number) => {
    const found = last[index];
    if (found === undefined) throw new RangeError(`run the model first: there is no scenario ${index}`);
    return found;
  };
  return {
    calculate: async (text, language, options = {}) => {
      const evaluations = evaluateScenarios(parseJson(text));
      last = evaluations;
      const name = evaluations[0]?.evaluation.model.name ?? "";
      const document = resultDocument(evaluations);
      const spec = renderWorkbook(evaluations, {
        language,
        results: document.results,
        ...(options.statements === true ? { statements: { scenario: null } } : {}),
      });
      return { spec, document, name };
    },
    explain: async (scenario, party, language) => {
      const evaluation = last[scenario]?.evaluation;
      if (evaluation === undefined) return [];
      await loadStrings(language);
      return explainParty(
        evaluateModel(evaluation.model, { explain: true }),
        party,
        language,
        strings(language),
      );
    },
    compare: async (a, b) => {
      const [from, to] = [chosen(a), chosen(b)];
      return comparisonDocument(
        compareEvaluations(from.evaluation, to.evaluation),
        from.scenario?.name ?? null,
        to.scenario?.name ?? null,
      );
    },
    // The statements' .xlsx writer is a chunk of its own, loaded at the first download.
    exportArchive: async (scenario, language) => {
      const { exportArchive } = await import(
        /* webpackChunkName: "export" */ "../workbook/export/exportArchive"
      );
      return exportArchive(last, { scenario: chosen(scenario).scenario?.name ?? null, language });
    },
  };
}
