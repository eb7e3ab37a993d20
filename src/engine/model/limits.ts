import { isRecord, type JsonRecord } from "../json/jsonNumber";
import { ModelError } from "./ModelError";

/** MODEL.md "Limits": what a model may hold, so that no file can make the product hang. */
export const LIMITS = {
  digits: 40,
  shareDigits: 18,
  parties: 10_000,
  lines: 1_000,
  scenarios: 100,
  periods: 120,
  partyLines: 5_000_000,
  bytes: 20_000_000,
} as const;

/** 10000 as "10 000", the Swedish way the limits are written in MODEL.md. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

/**
 * Refuses a model that holds more parties, lines, scenarios, periods or
 * party-lines than MODEL.md "Limits" allows, naming the field, before any
 * of it is read. Fields of the wrong kind are left to the readers that
 * refuse them.
 *
 * @example
 * checkCounts({ parties: new Array(10_001).fill({}) }); // throws: parties: more than 10 000 parties (10 001)
 */
export function checkCounts(root: JsonRecord): void {
  const parties = count(root.parties, "parties", LIMITS.parties, "parties");
  const lines = count(root.lines, "lines", LIMITS.lines, "lines");
  const scenarios = count(root.scenarios, "scenarios", LIMITS.scenarios, "scenarios");
  if (isRecord(root.schedule)) count(root.schedule.periods, "schedule.periods", LIMITS.periods, "periods");
  const partyLines = parties * lines * (scenarios + 1);
  if (partyLines > LIMITS.partyLines)
    throw new ModelError("lines", "tooManyPartyLines", {
      parties: grouped(parties),
      lines: grouped(lines),
      models: grouped(scenarios + 1),
      total: grouped(partyLines),
      max: grouped(LIMITS.partyLines),
    });
}

function count(value: unknown, path: string, limit: number, what: string): number {
  const n = Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : 0;
  if (n > limit) throw new ModelError(path, "tooMany", { what, max: grouped(limit), count: grouped(n) });
  return n;
}
