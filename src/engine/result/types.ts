/** One party's part of one line, as decimal text. */
export interface PartyLineResult {
  readonly amount: string;
  readonly exact: string;
  readonly adjustment: string;
}

/** One party's total in an evaluation, as decimal text. */
export interface PartyTotal {
  readonly id: string;
  readonly name: string;
  readonly total: string;
}

export interface PartyResult extends PartyTotal {
  readonly lines: Record<string, PartyLineResult>;
  /** With a schedule: the party's amount per period, adding up to its total. */
  readonly periods?: readonly string[];
}

/** One period of the payment plan, over all parties. */
export interface PeriodResult {
  readonly label: string;
  readonly due: string;
  readonly amount: string;
  readonly exact: string;
}

/**
 * The totals of the base model or one scenario: what its result says
 * without the lines (see scenarioTotals), for a summary or the Scenarier sheet.
 */
export interface ScenarioTotals {
  readonly scenario: string | null;
  readonly model: string;
  readonly currency: string;
  readonly unit: string;
  readonly total: string;
  readonly parties: readonly PartyTotal[];
}

/** The result of the base model or one scenario (MODEL.md, "Result"). */
export interface ScenarioResult extends ScenarioTotals {
  readonly lines: Record<string, { readonly amount: string }>;
  readonly parties: readonly PartyResult[];
  /** With a schedule: what all parties pay per period. */
  readonly schedule?: readonly PeriodResult[];
}

/** What `fordela run --json` prints. */
export interface ResultDocument {
  readonly format: "fordela-results/1";
  readonly results: readonly ScenarioResult[];
}
