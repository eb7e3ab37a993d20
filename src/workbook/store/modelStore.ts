import { JsonNumber } from "../../engine/json/jsonNumber";
import { parseJson } from "../../engine/json/parseJson";
import { stringifyJson } from "../../engine/json/stringifyJson";
import type { Language } from "../render/labels";

/** Workbook settings under this prefix hold Fördela's models; nothing else is read or written there. */
export const STORE_PREFIX = "fordela.store.";
const INDEX_KEY = `${STORE_PREFIX}index`;

/** The envelope's version. Version 0 was a bare model document with no envelope (the first previews). */
export const STORE_VERSION = 1;

/** Settings are kept well under Excel's limits: each stored piece at most this many characters. */
export const PIECE_CHARS = 200_000;

/** A model as kept in the workbook: its document and when it was saved. */
export interface StoredModel {
  readonly name: string;
  readonly savedAt: string;
  readonly document: unknown;
}

/** A stored model that could not be read back, and why, in the user's words. */
export interface StoreProblem {
  readonly name: string;
  readonly reason: string;
}

interface Index {
  readonly version: number;
  readonly models: { readonly name: string; readonly savedAt: string; readonly pieces: number }[];
}

/**
 * Packs models into workbook settings: an index and each model's envelope
 * split into pieces of at most {@link PIECE_CHARS} characters.
 *
 * @example
 * packModels([{ name: "Turism", savedAt: "2026-11-22", document }]).get("fordela.store.index");
 */
export function packModels(models: readonly StoredModel[], pieceChars = PIECE_CHARS): Map<string, string> {
  const settings = new Map<string, string>();
  const index: Index = { version: STORE_VERSION, models: [] };
  models.forEach((model, m) => {
    const text = stringifyJson({ version: STORE_VERSION, document: model.document }, 0);
    const pieces = Math.max(1, Math.ceil(text.length / pieceChars));
    for (let p = 0; p < pieces; p++)
      settings.set(`${STORE_PREFIX}${m}.${p}`, text.slice(p * pieceChars, (p + 1) * pieceChars));
    index.models.push({ name: model.name, savedAt: model.savedAt, pieces });
  });
  settings.set(INDEX_KEY, JSON.stringify(index));
  return settings;
}

const MESSAGES = {
  sv: {
    newer: (v: number) =>
      `sparad av en nyare version av Fördela (lagringsversion ${v}); uppdatera Fördela för att öppna den`,
    broken: "den sparade modellen är skadad och kan inte läsas; den har lämnats orörd i arbetsboken",
    missing: "en del av den sparade modellen saknas; den har lämnats orörd i arbetsboken",
  },
  en: {
    newer: (v: number) =>
      `saved by a newer version of Fördela (store version ${v}); update Fördela to open it`,
    broken: "the stored model is damaged and cannot be read; it has been left in the workbook as it was",
    missing: "part of the stored model is missing; it has been left in the workbook as it was",
  },
};

/**
 * Reads the models back from settings. An envelope from an older store
 * version is migrated; one from a newer version, or a damaged one, is
 * reported as a problem (and left alone), never dropped in silence.
 *
 * @example
 * unpackModels(packModels(models), "sv").models[0]?.name; // "Turism"
 */
export function unpackModels(
  settings: ReadonlyMap<string, string>,
  language: Language,
): { models: StoredModel[]; problems: StoreProblem[] } {
  const words = MESSAGES[language];
  const index = parseIndex(settings.get(INDEX_KEY));
  const models: StoredModel[] = [];
  const problems: StoreProblem[] = [];
  if (index === undefined)
    return { models, problems: settings.has(INDEX_KEY) ? [{ name: INDEX_KEY, reason: words.broken }] : [] };
  if (index.version > STORE_VERSION)
    return { models, problems: [{ name: INDEX_KEY, reason: words.newer(index.version) }] };
  index.models.forEach((entry, m) => {
    const pieces = Array.from({ length: entry.pieces }, (_, p) => settings.get(`${STORE_PREFIX}${m}.${p}`));
    if (pieces.some((p) => p === undefined))
      return problems.push({ name: entry.name, reason: words.missing });
    const envelope = parseEnvelope(pieces.join(""));
    if (envelope === undefined) return problems.push({ name: entry.name, reason: words.broken });
    if (envelope.version > STORE_VERSION)
      return problems.push({ name: entry.name, reason: words.newer(envelope.version) });
    models.push({ name: entry.name, savedAt: entry.savedAt, document: envelope.document });
    return undefined;
  });
  return { models, problems };
}

function parseIndex(text: string | undefined): Index | undefined {
  if (text === undefined) return undefined;
  try {
    const index = JSON.parse(text) as Partial<Index>;
    return typeof index.version === "number" && Array.isArray(index.models) ? (index as Index) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads an envelope, migrating a version-0 bare model document (format
 * "fordela/1" at the top) to version 1. Read losslessly: the model's numbers
 * keep their digits.
 */
function parseEnvelope(text: string): { version: number; document: unknown } | undefined {
  try {
    const parsed = parseJson(text) as { version?: unknown; document?: unknown; format?: unknown };
    if (parsed.format !== undefined && parsed.version === undefined)
      return { version: STORE_VERSION, document: parsed };
    const version = parsed.version instanceof JsonNumber ? Number(parsed.version.text) : NaN;
    return Number.isInteger(version) && parsed.document !== undefined
      ? { version, document: parsed.document }
      : undefined;
  } catch {
    return undefined;
  }
}
