import { isRecord, JsonNumber } from "../../engine/json/jsonNumber";
import { parseJson } from "../../engine/json/parseJson";
import type { Language } from "../render/labels";
import { storeProblem, type StoreProblem } from "./modelStore";

/** Workbook settings under this prefix held Fördela's models before the store sheet; read once, to move them. */
export const LEGACY_PREFIX = "fordela.store.";
const INDEX_KEY = `${LEGACY_PREFIX}index`;

/** A model found in the old settings: its name, when it was saved, and its text exactly as stored. */
export interface LegacyModel {
  readonly name: string;
  readonly savedAt: string;
  readonly text: string;
}

/**
 * Reads the models the earlier Fördela kept in the workbook's settings (an
 * index and each model's envelope in pieces). A model's text is cut out of
 * its envelope as it was written, never through JavaScript numbers; the
 * envelope is only checked with the engine's lossless reader.
 *
 * @example
 * readLegacy(settings, "sv").models[0]?.text; // '{"format":"fordela/1",…}'
 */
export function readLegacy(
  settings: ReadonlyMap<string, string>,
  language: Language,
): { models: LegacyModel[]; problems: StoreProblem[] } {
  const index = readIndex(settings.get(INDEX_KEY));
  const models: LegacyModel[] = [];
  const problems: StoreProblem[] = [];
  if (index === undefined)
    return {
      models,
      problems: settings.has(INDEX_KEY) ? [storeProblem(INDEX_KEY, "legacyBroken", {}, language)] : [],
    };
  index.forEach((entry, m) => {
    const pieces = Array.from({ length: entry.pieces }, (_, p) => settings.get(`${LEGACY_PREFIX}${m}.${p}`));
    if (pieces.some((p) => p === undefined))
      return problems.push(storeProblem(entry.name, "legacyMissing", {}, language));
    const text = documentText(pieces.join(""));
    if (text === undefined) return problems.push(storeProblem(entry.name, "legacyBroken", {}, language));
    models.push({ name: entry.name, savedAt: entry.savedAt, text });
    return undefined;
  });
  return { models, problems };
}

function readIndex(
  text: string | undefined,
): { name: string; savedAt: string; pieces: number }[] | undefined {
  if (text === undefined) return undefined;
  try {
    const index = parseJson(text);
    if (!isRecord(index) || !Array.isArray(index.models)) return undefined;
    const entries = index.models.map((m: unknown) =>
      isRecord(m) &&
      typeof m.name === "string" &&
      m.pieces instanceof JsonNumber &&
      /^\d{1,4}$/.test(m.pieces.text)
        ? {
            name: m.name,
            savedAt: typeof m.savedAt === "string" ? m.savedAt : "",
            pieces: Number(m.pieces.text),
          }
        : undefined,
    );
    return entries.every((e) => e !== undefined) ? entries : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The model's text inside an envelope `{"version":1,"document":…}` as
 * JSON.stringify wrote it, or the whole text of a bare model document (the
 * first previews stored those).
 */
function documentText(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = parseJson(text);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  if (parsed.format !== undefined && parsed.version === undefined) return text;
  const head = /^\{"version":1,"document":/.exec(text);
  if (head === null || !text.endsWith("}") || !isRecord(parsed.document)) return undefined;
  return text.slice(head[0].length, -1);
}
