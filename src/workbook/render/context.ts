import type { Model, ScenarioEvaluation, ScenarioResult, ScenarioTotals } from "../../engine";
import type { Labels, Language } from "./labels";

/** What every sheet renderer reads: the base model, its result, every scenario's totals, and the words. */
export interface RenderContext {
  readonly model: Model;
  readonly evaluations: readonly ScenarioEvaluation[];
  /** The base model's result: each party's part of each line. */
  readonly result: ScenarioResult;
  /** Each evaluation's party totals, the base model's first: all the sheets show of a scenario. */
  readonly totals: readonly ScenarioTotals[];
  readonly language: Language;
  readonly words: Labels;
  /** Decimals of the rounding unit. */
  readonly decimals: number;
  /** Sheet names, and the prefix that keeps table names unique in a workbook of several models. */
  readonly names: SheetNames;
}

export interface SheetNames {
  readonly indata: string;
  readonly fordelning: string;
  readonly summering: string;
  readonly scenarier: string;
  readonly betalningsplan: string;
  readonly jamforelse: string;
  readonly tables: string;
}

/** Where a party's row is in the Indata sheet, and each key's column there. */
export interface IndataLayout {
  readonly sheet: string;
  readonly partyRow: ReadonlyMap<string, number>;
  readonly keyColumn: ReadonlyMap<string, number>;
  /** Where each line's amount is, for the lines whose amount is edited here (see amountLines). */
  readonly amountCell: ReadonlyMap<string, { row: number; col: number }>;
}

/** Where each party's total is in the Summering sheet. */
export interface SummeringLayout {
  readonly sheet: string;
  readonly totalCell: ReadonlyMap<string, { row: number; col: number }>;
}

/** Where each line's amount cell is in the Fördelning sheet, per party. */
export interface FordelningLayout {
  readonly sheet: string;
  readonly amountCell: ReadonlyMap<string, ReadonlyMap<string, { row: number; col: number }>>;
}
