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
import type { Model, Party } from "./types";
import type { JsonRecord } from "../json/jsonNumber";
import type { Rational } from "../exact/rational";
import { reusedKeys, reusedLines } from "./earlierModel";

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
 * Throws a {@link ModelError} naming the first offending field. With `base`,
 * a model read earlier from a document this one shares subtrees with (a
 * scenario's patched document and its base), every part read from the very
 * same subtree against the same parts is taken over instead of read again:
 * the result and the first refusal are the same as reading it whole.
 *
 * @example
 * const model = parseModel({ format: "fordela/1", name: "Demo",
 *   parties: [{ id: "a", name: "A" }, { id: "b", name: "B" }],
 *   lines: { adm: { label: "Administration", amount: "3", split: { by: "equal" } } } });
 * model.lines[0]?.id; // "adm"
 */
export function parseModel(document: unknown, base?: Model): Model {
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
  const { unit, method } = sameField(root, base, "rounding") ?? parseRounding(root.rounding);
  return { name, currency, unit, method, ...readParts(root, unit, base), document: root };
}

/** The base model when `field` of the document is the very object (or the same absence) the base read. */
function sameField(root: JsonRecord, base: Model | undefined, field: string): Model | undefined {
  if (base === undefined) return undefined;
  return root[field] === base.document[field] &&
    Object.hasOwn(root, field) === Object.hasOwn(base.document, field)
    ? base
    : undefined;
}

type Parts = Omit<Model, "name" | "currency" | "unit" | "method" | "document">;

/** Parties, groups, keys, lines, scenarios and schedule, in the order they are checked. */
function readParts(root: JsonRecord, unit: Rational, base: Model | undefined): Parts {
  const sameParties = sameField(root, base, "parties");
  const parties = sameParties?.parties ?? parseParties(required(root, "parties", ""));
  const partyById = sameParties?.partyById ?? new Map(parties.map((p) => [p.id, p]));
  const sameGroups = sameField(root, sameParties, "groups");
  const groups = sameGroups?.groups ?? parseGroups(root.groups, partyById);
  const keys = parseKeys(root.keys, partyById, reusedKeys(base, partyById));
  const context = { unit, partyById, groups, keys };
  const lines = parseLines(required(root, "lines", ""), context, reusedLines(base, context));
  const scenarios = sameField(root, base, "scenarios")?.scenarios ?? parseScenarios(root.scenarios);
  const positions = sameGroups?.positions ?? positionsOf(parties, groups);
  const sameSchedule = sameField(root, base, "schedule");
  const schedule = sameSchedule === undefined ? parseSchedule(root.schedule) : sameSchedule.schedule;
  return {
    parties,
    partyById,
    positions,
    groups,
    keys,
    lines,
    scenarios,
    ...(schedule === undefined ? {} : { schedule }),
  };
}

/** Each party's place, and each group's: its earliest member's. */
function positionsOf(parties: readonly Party[], groups: ReadonlyMap<string, readonly string[]>) {
  const positions = new Map<string, number>(parties.map((p) => [p.id, p.position]));
  for (const [id, members] of groups)
    positions.set(id, Math.min(...members.map((m) => positions.get(m) ?? 0)));
  return positions;
}
