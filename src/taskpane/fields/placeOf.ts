import { isRecord } from "../../engine/json/jsonNumber";
import { splitPath } from "../../engine/model/fieldPath";
import type { Language } from "../../contracts/language";
import { strings } from "../strings";
import type { FieldTarget } from "./fieldTarget";

type Json = Record<string, unknown>;

/** The name people read for an id in a record of objects with `field`: a line's label, a key's label. */
function labelIn(record: unknown, id: string, field: string): string {
  const entry = isRecord(record) && Object.hasOwn(record, id) ? record[id] : undefined;
  const label = isRecord(entry) ? entry[field] : undefined;
  return typeof label === "string" && label.trim() !== "" ? label : id;
}

/**
 * A party's name from its id, as the model lists it; the id where it has none.
 *
 * @example
 * partyName({ parties: [{ id: "2303", name: "Ragunda" }] }, "2303"); // "Ragunda"
 */
export function partyName(document: Json | undefined, id: string): string {
  const parties = Array.isArray(document?.parties) ? (document.parties as unknown[]) : [];
  const party = parties.find((p) => isRecord(p) && p.id === id);
  return isRecord(party) && typeof party.name === "string" ? party.name : id;
}

/**
 * Where a field is, in the words of the pane's tabs, for the summary's links:
 * "Regler, Medel till förbundet", "Parter, Folkmängd 31 dec 2024, Ragunda",
 * "Scenarier, Ragunda växer", "Modell".
 *
 * @example
 * placeOf({ view: "lines", line: "bidrag", field: "lines.bidrag.amount" }, doc, "sv"); // "Regler, Medel till förbundet"
 */
export function placeOf(target: FieldTarget, document: Json | undefined, language: Language): string {
  const words = strings(language);
  const scenarios = Array.isArray(document?.scenarios) ? (document.scenarios as unknown[]) : [];
  const parts: string[] = [];
  if (target.view === "scenarios") {
    const scenario = scenarios[target.scenario ?? -1];
    parts.push(words.scenarios, isRecord(scenario) ? String(scenario.name ?? "") : "");
  } else parts.push({ parties: words.partiesTab, lines: words.linesTab, model: words.model }[target.view]);
  if (target.line !== undefined) parts.push(labelIn(document?.lines, target.line, "label"));
  if (target.key !== undefined) {
    parts.push(labelIn(document?.keys, target.key, "label"));
    const [, , values, party] = splitPath(target.field.replace(/^scenarios\[\d+\]\.patch\./, ""));
    if (values === "values" && typeof party === "string") parts.push(partyName(document, party));
  }
  return parts.filter((part) => part !== "").join(", ");
}
