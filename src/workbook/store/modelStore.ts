import type { Params } from "../../contracts/refusal";
import type { Language } from "../render/labels";
import { WorkbookError } from "../office/WorkbookError";
import { WORKBOOK_MESSAGES, type WorkbookCode, type WorkbookParams } from "../workbookMessages";
import {
  DEFAULT_OPTIONS,
  freeRows,
  indexRows,
  joinPieces,
  META_COLUMNS,
  newerThan,
  PIECE_CHARS,
  readOptions,
  readPieceRow,
  requestChars,
  saveRows,
  STORE_COLUMNS,
  type SaveSet,
  type StoreIndex,
} from "./storeRows";

import type {
  ModelDraft,
  ModelEntry,
  ModelStore,
  SaveOutcome,
  StoredModel,
  StoreListing,
  StoreProblem,
} from "../../contracts/modelStore";

// The store's API and what it lists are a contract the pane shares: they live in src/contracts.
export type { ModelDraft, ModelEntry, ModelStore, SaveOutcome, StoredModel, StoreListing, StoreProblem };

/**
 * A store problem with its reason in a language.
 *
 * @example
 * storeProblem("Turism", "legacyMissing", {}, "sv").reason; // "en del av en modell … har lämnats kvar där"
 */
export function storeProblem<C extends WorkbookCode>(
  name: string,
  code: C,
  params: WorkbookParams<C>,
  language: Language,
): StoreProblem {
  const reason = (WORKBOOK_MESSAGES[language][code] as (p: Params) => string)(params as Params);
  return { name, code, params: params as Params, reason };
}

/**
 * The store sheet's cells, as the Office layer (or the preview's memory)
 * reads and writes them: rows of {@link STORE_COLUMNS}, 0 = the first row.
 * Each call is one request; the store keeps each within Excel's size limit.
 */
export interface StoreSheet {
  /** The first `columns` cells of every row up to the last one used; [] when there is no store yet. */
  readRows(columns: number): Promise<unknown[][]>;
  /** Whole rows at these row numbers. */
  readRowsAt(rows: readonly number[]): Promise<unknown[][]>;
  /** Writes rows from row `at` down (making the store sheet first where there is none). */
  writeRows(at: number, rows: readonly (readonly string[])[]): Promise<void>;
  /** Empties these rows. */
  clearRows(rows: readonly number[]): Promise<void>;
  /** Who is saving, where Office tells; "" otherwise. */
  author(): Promise<string>;
}

/** What the store is given besides its sheet: tests hand in a clock and ids of their own. */
export interface StoreOptions {
  readonly language: Language;
  readonly now?: () => string;
  readonly randomId?: () => string;
}

/** A request stays under this many characters: Excel on the web refuses one over 5 MB. */
export const REQUEST_CHARS = 3_500_000;
/** Rows read in one request: pieces of 30 000 characters, escaped, stay under 5 MB. */
const READ_ROWS = 60;
/** Saves tried again when a co-author's save took the same empty rows at the same moment. */
const ATTEMPTS = 3;

/**
 * Fördela's models in a store sheet: list, read, save with a counter check,
 * rename, duplicate and delete, every change a new set of rows so that a save
 * cut off half-way, or a co-author's save at the same moment, loses nothing.
 *
 * @example
 * const store = modelStore(sheet, { language: "sv" });
 * const outcome = await store.save({ name: "Turism 2025", text, counter: 0 });
 */
export function modelStore(sheet: StoreSheet, options: StoreOptions): ModelStore {
  const language = options.language;
  const now = options.now ?? (() => new Date().toISOString());
  const randomId = options.randomId ?? defaultRandomId;
  const index = async () => indexRows(await sheet.readRows(META_COLUMNS));
  const store: ModelStore = {
    list: async () => listing(await index(), language),
    read: (idOrName) => readModel(sheet, idOrName),
    save: async (draft) => {
      if (draft.name.trim() === "") throw new WorkbookError("", "noName", {}, language);
      const id = draft.id ?? `m-${randomId()}`;
      return commit(sheet, { ...draft, id }, { now, randomId, language, deleted: false });
    },
    rename: async (id, name, counter) => {
      const model = await readModel(sheet, id);
      if (model === undefined) throw new WorkbookError("", "noModel", { id }, language);
      return store.save({ id, name, text: model.text, counter, options: model.options });
    },
    setOptions: async (id, options, counter) => {
      const model = await readModel(sheet, id);
      if (model === undefined) throw new WorkbookError("", "noModel", { id }, language);
      return store.save({ id, name: model.name, text: model.text, counter, options });
    },
    duplicate: async (id, name) => {
      const model = await readModel(sheet, id);
      if (model === undefined) throw new WorkbookError("", "noModel", { id }, language);
      return store.save({ name, text: model.text, counter: 0, options: model.options });
    },
    remove: async (id, counter) => {
      const current = (await index()).newest.get(id)?.entry;
      if (current === undefined) throw new WorkbookError("", "noModel", { id }, language);
      return commit(
        sheet,
        { id, name: current.name, text: "", counter },
        { now, randomId, language, deleted: true },
      );
    },
  };
  return store;
}

function listing(index: StoreIndex, language: Language): StoreListing {
  const models = [...index.newest.values()]
    .map((s) => s.entry)
    .filter((e) => !e.deleted)
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
  const newer = new Map(index.newer.map((r) => [r.id, r]));
  const problems: StoreProblem[] = [...newer.values()].map((r) =>
    storeProblem(r.name, "newerStore", { format: r.format }, language),
  );
  if (index.damaged.length > 0)
    problems.push(storeProblem(STORE_COLUMNS[0], "damagedRows", { count: index.damaged.length }, language));
  return { models, problems };
}

/** Finds a model by id, else by name (the newest save of that name). */
function findSet(index: StoreIndex, idOrName: string): SaveSet | undefined {
  const byId = index.newest.get(idOrName);
  if (byId !== undefined) return byId.entry.deleted ? undefined : byId;
  return [...index.newest.values()]
    .filter((s) => !s.entry.deleted && s.entry.name === idOrName)
    .sort((a, b) => (a.entry.savedAt < b.entry.savedAt ? 1 : -1))[0];
}

/** Reads a model's text in requests of at most {@link READ_ROWS} rows; once more if a co-author's save moved it meanwhile. */
async function readModel(sheet: StoreSheet, idOrName: string): Promise<StoredModel | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const set = findSet(indexRows(await sheet.readRows(META_COLUMNS)), idOrName);
    if (set === undefined) return undefined;
    const rows: unknown[][] = [];
    for (let first = 0; first < set.rows.length; first += READ_ROWS)
      rows.push(...(await sheet.readRowsAt(set.rows.slice(first, first + READ_ROWS))));
    const text = joinPieces(set, rows);
    if (text !== undefined) return { ...set.entry, text, options: readOptions(rows[0] ?? []) };
  }
  return undefined;
}

interface CommitContext {
  readonly now: () => string;
  readonly randomId: () => string;
  readonly language: Language;
  readonly deleted: boolean;
}

/**
 * Writes a new set of rows for a model after checking its counter, then
 * reads the store again: if a co-author's save took the same rows, it tries
 * again elsewhere; if a co-author saved the same model meanwhile, theirs is
 * reported; once its set is the newest, older sets are cleared.
 */
async function commit(
  sheet: StoreSheet,
  draft: ModelDraft & { id: string },
  context: CommitContext,
): Promise<SaveOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const rows = await sheet.readRows(META_COLUMNS);
    const before = indexRows(rows);
    const current = before.newest.get(draft.id)?.entry;
    if ((current?.counter ?? 0) !== draft.counter && current !== undefined)
      return { kind: "conflict", theirs: current };
    refuseTakenName(before, draft, context);
    const entry: ModelEntry = {
      id: draft.id,
      name: draft.name,
      counter: draft.counter + 1,
      saveId: context.randomId(),
      savedAt: context.now(),
      savedBy: await sheet.author(),
      deleted: context.deleted,
    };
    const written = saveRows(entry, draft.text, PIECE_CHARS, draft.options ?? DEFAULT_OPTIONS);
    const at = freeRows(rows, written.length);
    await writeInRequests(sheet, at, written);
    const afterRows = await sheet.readRows(META_COLUMNS);
    const after = indexRows(afterRows);
    const newest = after.newest.get(draft.id);
    if (newest?.entry.saveId === entry.saveId) {
      if (after.stale.length > 0) await sheet.clearRows(after.stale);
      return { kind: "saved", entry };
    }
    if (newest !== undefined && newerThan(newest.entry, entry))
      return { kind: "conflict", theirs: newest.entry };
    // Our rows were taken by a co-author's save at the same moment: clear what is left of ours and write again.
    const ours = written.map((_, i) => at + i);
    await sheet.clearRows(ours.filter((r) => stillOurs(afterRows, r, entry.saveId)));
  }
  throw new WorkbookError("", "storeBusy", {}, context.language);
}

/** Whether a row read back still carries this save's id. */
function stillOurs(rows: readonly (readonly unknown[])[], row: number, saveId: string): boolean {
  const read = readPieceRow(rows[row] ?? [], row);
  return typeof read === "object" && read.saveId === saveId;
}

function refuseTakenName(
  index: StoreIndex,
  draft: ModelDraft & { id: string },
  context: CommitContext,
): void {
  if (context.deleted) return;
  const taken = [...index.newest.values()].some(
    (s) => !s.entry.deleted && s.entry.id !== draft.id && s.entry.name === draft.name,
  );
  if (taken) throw new WorkbookError("", "nameTaken", { name: draft.name }, context.language);
}

/** Writes rows in as many requests as keep each under {@link REQUEST_CHARS}. */
async function writeInRequests(sheet: StoreSheet, at: number, rows: readonly string[][]): Promise<void> {
  let first = 0;
  while (first < rows.length) {
    let last = first + 1;
    let chars = requestChars(rows.slice(first, last));
    while (last < rows.length) {
      const next = requestChars(rows.slice(last, last + 1));
      if (chars + next > REQUEST_CHARS) break;
      chars += next;
      last++;
    }
    await sheet.writeRows(at + first, rows.slice(first, last));
    first = last;
  }
}

function defaultRandomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}
