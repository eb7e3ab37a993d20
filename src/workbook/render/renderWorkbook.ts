import { decimalsOf, resultDocument, type ScenarioEvaluation } from "../../engine";
import type { WorkbookSpec } from "../description/types";
import type { RenderContext, SheetNames } from "./context";
import { renderFordelning } from "./fordelningSheet";
import { renderIndata } from "./indataSheet";
import { labels, type Labels, type Language } from "./labels";
import { renderScenarier } from "./scenarierSheet";
import { renderSummering } from "./summeringSheet";

/** How to render: the language, and a tag that sets this model's sheets apart in a workbook of several. */
export interface RenderOptions {
  readonly language?: Language;
  readonly tag?: string;
}

/** Excel allows sheet names of at most 31 characters. */
const MAX_SHEET_NAME = 31;

/**
 * The sheet names for a model: "Fördelning", or "Fördelning turism" with a tag.
 *
 * @example
 * sheetNames(labels("sv"), "turism").fordelning; // "Fördelning turism"
 */
export function sheetNames(words: Labels, tag?: string): SheetNames {
  const name = (base: string) => (tag === undefined ? base : `${base} ${tag}`.slice(0, MAX_SHEET_NAME));
  const tables = tag === undefined ? "Fordela" : `Fordela_${tag.replace(/[^A-Za-z0-9_]/g, "_")}`;
  return {
    indata: name(words.indata),
    fordelning: name(words.fordelning),
    summering: name(words.summering),
    scenarier: name(words.scenarier),
    tables,
  };
}

/**
 * Renders an evaluated model (base first, then scenarios) as the description
 * of its sheets: Indata, Fördelning, Summering and, with scenarios, Scenarier.
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
    results: resultDocument(evaluations).results,
    language,
    words: labels(language),
    decimals: decimalsOf(model.unit),
    names: sheetNames(labels(language), options.tag),
  };
  const indata = renderIndata(context);
  const fordelning = renderFordelning(context, indata.layout);
  const summering = renderSummering(context, indata.layout, fordelning.layout);
  const scenarier = renderScenarier(context);
  return { sheets: [indata.sheet, fordelning.sheet, summering, ...(scenarier ? [scenarier] : [])] };
}
