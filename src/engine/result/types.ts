/** One party's part of one line, as decimal text. */
export interface PartyLineResult {
  readonly amount: string;
  readonly exact: string;
  readonly adjustment: string;
}

export interface PartyResult {
  readonly id: string;
  readonly name: string;
  readonly total: string;
  readonly lines: Record<string, PartyLineResult>;
}

/** The result of the base model or one scenario (MODEL.md, "Result"). */
export interface ScenarioResult {
  readonly scenario: string | null;
  readonly model: string;
  readonly currency: string;
  readonly unit: string;
  readonly total: string;
  readonly lines: Record<string, { readonly amount: string }>;
  readonly parties: readonly PartyResult[];
}

/** What `fordela run --json` prints. */
export interface ResultDocument {
  readonly format: "fordela-results/1";
  readonly results: readonly ScenarioResult[];
}
