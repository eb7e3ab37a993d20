import { copyJson } from "../engine/json/copyJson";
import { decimalComma } from "../format/swedishAmount";
import { modelDecimal } from "./modelDecimal";

/** What a line's split can be in the editor, with sensible first settings for each. */
export type RuleKind = "shares" | "key" | "equal" | "weights" | "fixed";

type Json = Record<string, unknown>;
type Document = Json & {
  lines?: Record<string, Json>;
  keys?: Record<string, unknown>;
  groups?: Record<string, unknown>;
};

/**
 * A first rule of a kind, using the model's first key where one is needed.
 *
 * @example
 * newRule("weights", ["folkmangd"]); // { by: "weights", weights: { equal: "30%", folkmangd: "70%" } }
 */
export function newRule(kind: RuleKind, keys: readonly string[]): Json {
  const key = keys[0] ?? "";
  switch (kind) {
    case "shares":
      return { by: "shares", shares: {} };
    case "key":
      return { by: "key", key };
    case "equal":
      return { by: "equal" };
    case "weights":
      return { by: "weights", weights: key === "" ? { equal: "1" } : { equal: "30%", [key]: "70%" } };
    case "fixed":
      return key === "" ? { by: "fixed", amounts: {} } : { by: "fixed", amounts: key };
  }
}

/** A line id from its label, unique among the model's lines and valid as MODEL.md wants it. */
export function lineId(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "") || "rad";
  const id = /^[a-z_]/.test(base) ? base : `rad_${base}`;
  if (!taken.includes(id)) return id;
  for (let n = 2; ; n++) if (!taken.includes(`${id}_${n}`)) return `${id}_${n}`;
}

/**
 * Adds a line split in equal parts, last in the model.
 *
 * @example
 * Object.keys(addLine(doc, "Administration").lines ?? {}); // [..., "administration"]
 */
export function addLine(document: Document, label: string): Document {
  const lines = document.lines ?? {};
  const id = lineId(label, Object.keys(lines));
  return { ...document, lines: { ...lines, [id]: { label, amount: "0", split: { by: "equal" } } } };
}

/**
 * Removes a line.
 *
 * @example
 * removeLine(doc, "administration").lines; // without it
 */
export function removeLine(document: Document, id: string): Document {
  const lines = { ...(document.lines ?? {}) };
  delete lines[id];
  return { ...document, lines };
}

/**
 * Changes one line: `change` gets a copy and returns the new line. The line keeps its place.
 *
 * @example
 * updateLine(doc, "bidrag", (line) => ({ ...line, amount: "5000000" }));
 */
export function updateLine(document: Document, id: string, change: (line: Json) => Json): Document {
  const lines = document.lines ?? {};
  const line = lines[id];
  if (line === undefined) return document;
  return {
    ...document,
    lines: Object.fromEntries(
      Object.entries(lines).map(([k, v]) => [k, k === id ? change(copyJson(line)) : v]),
    ),
  };
}

/**
 * Sets (or, with "", removes) a field of a rule: bounds, key, among.
 *
 * @example
 * setField({ by: "key", key: "k" }, "min", "100000"); // { by: "key", key: "k", min: "100000" }
 */
export function setField(rule: Json, field: string, value: unknown): Json {
  const next = { ...rule };
  if (value === "" || value === undefined) delete next[field];
  else next[field] = value;
  return next;
}

/** Where a fixed rule's amounts come from: a key (and an index factor, if any), or amounts given per party. */
export interface FixedSource {
  readonly key?: string;
  /** The factor as the pane shows it, Swedish style: "1,032" or "103,2%". */
  readonly factor: string;
}

/**
 * Reads a fixed rule's amounts: a key id, `{ from, factor }`, or per-party amounts.
 *
 * @example
 * fixedSource({ by: "fixed", amounts: { from: "fjol", factor: "1.032" } }); // { key: "fjol", factor: "1,032" }
 */
export function fixedSource(rule: Json): FixedSource {
  const amounts = rule.amounts;
  if (typeof amounts === "string") return { key: amounts, factor: "" };
  const indexed = amounts as Json | undefined;
  if (typeof indexed?.from === "string")
    return { key: indexed.from, factor: decimalComma(String(indexed.factor ?? "")) };
  return { factor: "" };
}

/**
 * Sets a fixed rule's amounts from a key times an index factor, typed the
 * Swedish way ("1,032", "103,2 %") and stored as the model format writes it
 * ("1.032", "103.2%"). No factor means the key's amounts as they are ("same
 * as last year"); no key means amounts per party, starting empty.
 *
 * @example
 * setFixedSource({ by: "fixed", amounts: "fjol" }, "fjol", "103,2 %").amounts; // { from: "fjol", factor: "103.2%" }
 */
export function setFixedSource(rule: Json, key: string | undefined, factor: string): Json {
  if (key === undefined) return { ...rule, amounts: perPartyAmounts(rule) };
  const typed = modelDecimal(factor);
  return { ...rule, amounts: typed === "" ? key : { from: key, factor: typed } };
}

function perPartyAmounts(rule: Json): Json {
  const amounts = rule.amounts;
  return typeof amounts === "object" && amounts !== null && !("from" in amounts) ? (amounts as Json) : {};
}

/** How the editor names a fixed rule's rest: "" none, "equal", "key:<id>" or "weights". */
export type RestChoice = string;

/**
 * Which rest a fixed rule has, as the editor's choice.
 *
 * @example
 * restChoice({ by: "fixed", amounts: "bas", rest: { by: "key", key: "k" } }); // "key:k"
 */
export function restChoice(rule: Json): RestChoice {
  const rest = rule.rest as Json | undefined;
  if (rest === undefined) return "";
  if (rest.by === "key") return `key:${String(rest.key)}`;
  return String(rest.by);
}

const BOUNDS = ["min", "max", "maxDecrease"];

/**
 * Sets a fixed rule's rest from the editor's choice. A mixed key starts from
 * the model's first key (or keeps the weights it has). With no rest, the
 * rule's bounds go too: they bound a party's fixed amount plus its part of
 * the rest, and MODEL.md allows them only with one.
 *
 * @example
 * setRest({ by: "fixed", amounts: "bas", rest: { by: "equal" }, min: "10" }, "", []); // { by: "fixed", amounts: "bas" }
 */
export function setRest(rule: Json, choice: RestChoice, keys: readonly string[]): Json {
  if (choice === "") {
    const next = { ...rule };
    for (const field of ["rest", ...BOUNDS]) delete next[field];
    return next;
  }
  const before = rule.rest as Json | undefined;
  const rest =
    choice === "equal"
      ? { by: "equal" }
      : choice === "weights"
        ? before?.by === "weights"
          ? before
          : newRule("weights", keys)
        : { by: "key", key: choice.slice(4) };
  return { ...rule, rest };
}
