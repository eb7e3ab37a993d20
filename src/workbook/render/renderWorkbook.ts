import {
  compareEvaluations,
  comparisonDocument,
  decimalsOf,
  resultDocument,
  scenarioTotals,
  type ComparisonDocument,
  type ScenarioEvaluation,
  type ScenarioResult,
  type ScenarioTotals,
} from "../../engine";
import type { SheetSpec, WorkbookSpec } from "../description/types";
import { renderBetalningsplan } from "./betalningsplanSheet";
import { renderJamforelse } from "./jamforelseSheet";
import type { RenderContext, SheetNames } from "./context";
import { renderFordelning } from "./fordelningSheet";
import { renderIndata } from "./indataSheet";
import { labels, type Labels, type Language } from "./labels";
import { renderScenarier } from "./scenarierSheet";
import { excelSheetName, uniqueSheetNames } from "./excelSheetName";
import { statementSheets } from "./statementSheets";
import { renderSummering } from "./summeringSheet";

/** How to render: the language, and a tag that sets this model's sheets apart in a workbook of several. */
export interface RenderOptions {
  readonly language?: Language;
  readonly tag?: string;
  /** The scenarios the Jämförelse sheet compares (null: the base model); B against A, by default the first scenario against the base. */
  readonly compare?: { readonly a: string | null; readonly b: string | null };
  /** Adds each party's statement as a sheet of its own, for the base model (null) or a named scenario. */
  readonly statements?: { readonly scenario: string | null };
  /**
   * The evaluations' results, `resultDocument(evaluations).results`, when the
   * caller has computed them already; otherwise the base model's result and
   * the scenarios' totals are computed, which is all the sheets show.
   */
  readonly results?: readonly ScenarioResult[];
}

/**
 * The sheet names for a model: "Fördelning", or "Fördelning turism" with a tag.
 *
 * @example
 * sheetNames(labels("sv"), "turism").fordelning; // "Fördelning turism"
 */
export function sheetNames(words: Labels, tag?: string): SheetNames {
  const name = (base: string) => (tag === undefined ? base : excelSheetName(`${base} ${tag}`, base));
  const tables = tag === undefined ? "Fordela" : `Fordela_${tag.replace(/[^A-Za-z0-9_]/g, "_")}`;
  return {
    indata: name(words.indata),
    fordelning: name(words.fordelning),
    summering: name(words.summering),
    scenarier: name(words.scenarier),
    betalningsplan: name(words.betalningsplan),
    jamforelse: name(words.jamforelse),
    tables,
  };
}

/**
 * Renders an evaluated model (base first, then scenarios) as the description
 * of its sheets: Indata, Fördelning, Summering and, with scenarios,
 * Scenarier and Jämförelse; with a schedule, Betalningsplan.
 * Pure: the writers apply the result to Excel or to an .xlsx file.
 *
 * @example
 * renderWorkbook(evaluateScenarios(document)).sheets.map((s) => s.name);
 * // ["Indata", "Fördelning", "Summering", "Scenarier"]
 */
export function renderWorkbook(
  evaluations: readonly ScenarioEvaluation[],
  options: RenderOptions = {},
): WorkbookSpec {
  const language = options.language ?? "sv";
  const base = evaluations[0];
  if (base === undefined) throw new RangeError("there is no evaluation to render");
  const model = base.evaluation.model;
  const context: RenderContext = {
    model,
    evaluations,
    ...resultsFor(evaluations, options.results),
    language,
    words: labels(language),
    decimals: decimalsOf(model.unit),
    names: sheetNames(labels(language), options.tag),
  };
  const indata = renderIndata(context);
  const fordelning = renderFordelning(context, indata.layout);
  const summering = renderSummering(context, indata.layout, fordelning.layout);
  const scenarier = renderScenarier(context);
  const plan = renderBetalningsplan(context, summering.layout);
  const comparison = comparisonFor(evaluations, options.compare);
  const jamforelse = comparison === undefined ? undefined : renderJamforelse(context, comparison);
  const optional = [scenarier, jamforelse, plan].filter((s): s is SheetSpec => s !== undefined);
  const statements =
    options.statements === undefined
      ? []
      : statementSheets(evaluations, {
          scenario: options.statements.scenario,
          language,
          sheetName: statementSheetNames(
            context.words,
            [indata.sheet, fordelning.sheet, summering.sheet, ...optional].map((s) => s.name),
            options.tag,
          ),
        }).statements.map((s) => s.sheet);
  return { sheets: [indata.sheet, fordelning.sheet, summering.sheet, ...optional, ...statements] };
}

/**
 * The base model's result and every evaluation's totals: from the results
 * given, or computed. A scenario's totals only, not its whole result: the
 * sheets show no more of it, and the national model's 20 scenarios' results
 * (290 parties × 50 lines each, written out as text) took a third of the render.
 */
function resultsFor(
  evaluations: readonly ScenarioEvaluation[],
  results: readonly ScenarioResult[] | undefined,
): { result: ScenarioResult; totals: readonly ScenarioTotals[] } {
  const result = results?.[0] ?? (resultDocument(evaluations.slice(0, 1)).results[0] as ScenarioResult);
  if (results !== undefined) return { result, totals: results };
  const base = evaluations[0]?.evaluation;
  const scenarios = evaluations
    .slice(1)
    .map((e) => scenarioTotals(e.scenario?.name ?? null, e.evaluation, base));
  return { result, totals: [result, ...scenarios] };
}

/**
 * Names the statement sheets "Underlag Östersund" (with the tag, if any):
 * valid for Excel whatever the party is called, and unique among themselves
 * and the model's other sheets, as Excel compares names, without regard to case.
 */
function statementSheetNames(
  words: Labels,
  taken: readonly string[],
  tag?: string,
): (party: { id: string; name: string }) => string {
  const unique = uniqueSheetNames(taken);
  const named = (name: string) => words.statementSheet(tag === undefined ? name : `${name} ${tag}`);
  return (party) => unique(named(party.name), named(party.id));
}

/** The comparison for the Jämförelse sheet: B against A by name, or the first scenario against the base. */
function comparisonFor(
  evaluations: readonly ScenarioEvaluation[],
  names: RenderOptions["compare"],
): ComparisonDocument | undefined {
  const find = (name: string | null) => evaluations.find((e) => (e.scenario?.name ?? null) === name);
  const a = names?.a ?? null;
  const b = names === undefined ? (evaluations[1]?.scenario?.name ?? null) : names.b;
  const [first, second] = [find(a), find(b)];
  if (first === undefined || second === undefined || first === second) return undefined;
  return comparisonDocument(compareEvaluations(first.evaluation, second.evaluation), a, b);
}
