import { describe } from "../exact/parseDecimal";
import { ModelError } from "./ModelError";
import { checkCounts } from "./limits";
import { expectObject, expectText, required } from "./fields";
import { parseGroups } from "./parseGroups";
import { parseKeys } from "./parseKeys";
import { parseLines } from "./parseLines";
import { parseParties } from "./parseParties";
import { parseRounding } from "./parseRounding";
import { parseScenarios } from "./parseScenarios";
import { parseSchedule } from "./parseSchedule";
import type { Model } from "./types";

export const MODEL_FORMAT = "fordela/1";

const TOP_FIELDS = [
  "$schema",
  "format",
  "name",
  "currency",
  "rounding",
  "parties",
  "groups",
  "keys",
  "lines",
  "scenarios",
  "schedule",
];

/**
 * Reads and checks an allocation model (MODEL.md) from its parsed JSON.
 * Throws a {@link ModelError} naming the first offending field.
 *
 * @example
 * const model = parseModel({ format: "fordela/1", name: "Demo",
 *   parties: [{ id: "a", name: "A" }, { id: "b", name: "B" }],
 *   lines: { adm: { label: "Administration", amount: "3", split: { by: "equal" } } } });
 * model.lines[0]?.id; // "adm"
 */
export function parseModel(document: unknown): Model {
  const root = expectObject(document, "", TOP_FIELDS);
  checkCounts(root);
  const format = required(root, "format", "");
  if (format !== MODEL_FORMAT) {
    throw new ModelError("format", "unknownFormat", { found: describe(format), expected: MODEL_FORMAT });
  }
  const name = expectText(required(root, "name", ""), "name");
  const currency = root.currency === undefined ? "SEK" : expectText(root.currency, "currency");
  if (!/^[A-Z]{3}$/.test(currency))
    throw new ModelError("currency", "notCurrency", { found: describe(currency) });
  const { unit, method } = parseRounding(root.rounding);
  const parties = parseParties(required(root, "parties", ""));
  const partyById = new Map(parties.map((p) => [p.id, p]));
  const groups = parseGroups(root.groups, partyById);
  const keys = parseKeys(root.keys, partyById);
  const lines = parseLines(required(root, "lines", ""), { unit, partyById, groups, keys });
  const scenarios = parseScenarios(root.scenarios);
  const positions = new Map<string, number>(parties.map((p) => [p.id, p.position]));
  for (const [id, members] of groups)
    positions.set(id, Math.min(...members.map((m) => positions.get(m) ?? 0)));
  const schedule = parseSchedule(root.schedule);
  return {
    name,
    currency,
    unit,
    method,
    parties,
    partyById,
    positions,
    groups,
    keys,
    lines,
    scenarios,
    ...(schedule === undefined ? {} : { schedule }),
    document: root,
  };
}
