/** A generated national-scale model: 290 parties, 50 lines mixing every rule, 20 scenarios. */
export function nationalModel(size?: { lines?: number; kommuner?: number }): Record<string, unknown> & {
  parties: unknown[];
  lines: Record<string, unknown>;
  scenarios: unknown[];
};
