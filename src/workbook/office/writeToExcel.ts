import type { WriteReport } from "../../contracts/workbookServices";
import { rangeAddress } from "../description/address";
import type { SheetSpec, WorkbookSpec } from "../description/types";
import type { Language } from "../render/labels";
import { OWNED_SETTING, ownedRecord } from "./ownedSheets";
import { EditedSheetsError } from "./EditedSheetsError";
import {
  editedSince,
  loadCells,
  placeSheets,
  readOwnership,
  tagSheet,
  type Ownership,
  type Placement,
} from "./sheetOwnership";
import { cellsFingerprint } from "./sheetTag";
import { sheetGrid, type SheetGrid } from "./sheetGrid";
import { cellBytes, clearSheet, finishSheet, writeCells } from "./sheetWriter";
import { WorkbookError } from "./WorkbookError";

export type { WriteReport };

/** Excel.run's shape, passed in so that tests can hand in a stand-in. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WriteOptions {
  readonly language: Language;
  /** Whether Excel has ExcelApi 1.7 for freezing the heading rows. */
  readonly canFreeze: boolean;
  /** Whether Excel has ExcelApi 1.9 (Worksheet.pageLayout), which sets each sheet up for print on A4. */
  readonly canLayOutPages?: boolean;
  /** Whether Excel has ExcelApi 1.9 (Range.copyFrom), which a write of more than one request is staged with. */
  readonly canStage?: boolean;
  /** Bytes of cell data queued before a sync; Excel on the web refuses requests over 5 MB. */
  readonly chunkBytes?: number;
  /**
   * A plain Excel.run (never an undo group), for what Excel cannot undo:
   * making and hiding the staging sheets, and cleaning up after a failed
   * write. The write's own run may then be one undo group. Defaults to `run`.
   */
  readonly plainRun?: ExcelRun;
  /** Whether Excel has ExcelApi 1.12 (worksheet custom properties) for Fördela's tag; else a hidden sheet-scoped name. */
  readonly canTag?: boolean;
  /** The user has agreed to overwrite what they typed into Fördela's sheets since it wrote them. */
  readonly overwriteEdited?: boolean;
}

const CHUNK_BYTES = 4_000_000;

/**
 * Very hidden sheets a large write is staged in, one per sheet written: made
 * by a run of their own, reused by every later write, cleared after each.
 */
const STAGING_PREFIX = "~Fördela ";

interface Planned {
  readonly spec: SheetSpec;
  readonly grid: SheetGrid;
  /** The cell data's size in requests, measured once. */
  readonly bytes: number;
}

/** How far a staged write got, for cleaning up after a failure. */
interface Progress {
  ownedBefore: readonly string[];
  created: string[];
  staging: string[];
  staged: boolean;
  swapping: boolean;
}

/**
 * Writes a workbook description into the open workbook in one Excel.run:
 * reads which sheets exist and which Fördela owns (by the tag on each sheet,
 * so a renamed one is still its own), refuses a clash with a sheet of the
 * user's and holds back over a user's edit in an owned sheet (until
 * `overwriteEdited`) before anything is written, clears the owned sheets it
 * rewrites (in place, so formulas of the user's that point at them keep
 * working), writes every sheet with calculation suspended, and tags each with
 * a fingerprint of its cells. Three syncs on a new workbook, four on a re-run
 * (one reads the owned sheets' cells), when the cells fit one request.
 *
 * Cells that need more than one request (over 4 MB) are first written to
 * hidden staging sheets, then copied into place by one last request; if a
 * request fails before that, the staging sheets and any new sheets are
 * deleted again, so the workbook is left as it was. Without ExcelApi 1.9
 * (desktop Excel, which has no 5 MB limit) the whole write is one request.
 *
 * @example
 * await writeToExcel(renderWorkbook(evaluations), Excel.run, { language: "sv", canFreeze: true });
 */
export async function writeToExcel(
  spec: WorkbookSpec,
  run: ExcelRun,
  options: WriteOptions,
): Promise<WriteReport> {
  const planned = spec.sheets.map((s) => {
    const grid = sheetGrid(s);
    return { spec: s, grid, bytes: cellBytes(grid) };
  });
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const staged = options.canStage === true && planned.reduce((n, p) => n + p.bytes, 0) > chunkBytes;
  // Unstaged, the write is one request whatever its size: no chunk limit applies.
  const limit = staged ? chunkBytes : Infinity;
  const progress: Progress = { ownedBefore: [], created: [], staging: [], staged: false, swapping: false };
  const plain = options.plainRun ?? run;
  if (staged) progress.staging = await prepareStaging(plain, planned, options);
  try {
    return await run((context) => write(context, planned, options, limit, progress));
  } catch (error) {
    if (!progress.staged) throw error;
    await cleanUp(plain, progress, planned).catch(() => undefined);
    const cause = error instanceof Error ? error.message : String(error);
    const code = progress.swapping ? "swapInterrupted" : "writeInterrupted";
    throw new WorkbookError("", code, { cause }, options.language);
  }
}

/**
 * Makes the staging sheets a write needs, very hidden, in a run of its own
 * (outside the write's undo group: Excel cannot undo adding or hiding a
 * sheet), after refusing a clash with a user's sheet. Staging sheets from
 * earlier writes are reused; only those still missing are made.
 */
async function prepareStaging(
  run: ExcelRun,
  planned: readonly Planned[],
  options: WriteOptions,
): Promise<string[]> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const own = await readOwnership(context, () => context.sync(), options.canTag === true);
    placeSheets(
      planned.map((p) => p.spec.name),
      own,
      options.language,
    );
    const { existing, recorded } = own;
    const names = stagingNames(planned.length, existing, recorded);
    for (const name of names.filter((n) => !existing.has(n)))
      worksheets.add(name).visibility = Excel.SheetVisibility.veryHidden;
    context.workbook.settings.add(OWNED_SETTING, ownedRecord(recorded, names));
    await context.sync();
    return names;
  });
}

/** One Excel.run's round trips: syncs, and chunks of cell data sent once they reach the limit. */
interface Requests {
  readonly context: Excel.RequestContext;
  readonly chunkBytes: number;
  readonly sync: () => Promise<void>;
  readonly flushIfLarge: (bytes: number) => Promise<void>;
  readonly counts: () => { syncs: number; payloadBytes: number; pending: number };
}

function requests(context: Excel.RequestContext, chunkBytes: number): Requests {
  let syncs = 0;
  let payloadBytes = 0;
  let pending = 0;
  const sync = async () => {
    syncs++;
    pending = 0;
    await context.sync();
  };
  const flushIfLarge = async (bytes: number) => {
    payloadBytes += bytes;
    pending += bytes;
    // Excel on the web refuses a request over 5 MB: send what is queued before it grows past that.
    if (pending < chunkBytes) return;
    await sync();
    suspendCalculation(context);
  };
  return { context, chunkBytes, sync, flushIfLarge, counts: () => ({ syncs, payloadBytes, pending }) };
}

/** Calculation stays off while Fördela writes: each request that writes starts by suspending it. */
function suspendCalculation(context: Excel.RequestContext): void {
  context.application.suspendApiCalculationUntilNextSync();
}

async function write(
  context: Excel.RequestContext,
  planned: readonly Planned[],
  options: WriteOptions,
  chunkBytes: number,
  progress: Progress,
): Promise<WriteReport> {
  const io = requests(context, chunkBytes);
  const { own, places, reused } = await readWorkbook(io, planned, options, progress);
  suspendCalculation(context);
  const worksheets = context.workbook.worksheets;
  const targets = places.map((p) => (p.exists ? worksheets.getItem(p.name) : worksheets.add(p.name)));
  progress.created = places.filter((p) => !p.exists).map((p) => p.name);
  if (chunkBytes === Infinity) {
    reused.forEach((sheet) => clearSheet(sheet, options.canLayOutPages === true));
    for (const [i, p] of planned.entries()) {
      const target = targets[i] as Excel.Worksheet;
      await writeCells(target, p.spec, p.grid, p.bytes, chunkBytes, io.flushIfLarge);
      finishSheet(target, p.spec, options);
    }
  } else await writeStaged(io, planned, targets, reused, options, progress);
  const canTag = options.canTag === true;
  planned.forEach((p, i) => {
    const tag = { role: p.spec.name, fingerprint: cellsFingerprint(p.grid.formulas) };
    tagSheet(targets[i] as Excel.Worksheet, tag, canTag, own.named.has(places[i]?.name ?? ""));
  });
  // Tagged now: the settings keep only the staging sheets and older sheets not written this time.
  context.workbook.settings.add(OWNED_SETTING, ownedRecord(progress.ownedBefore, progress.staging));
  await io.sync();
  const names = places.map((p) => p.name);
  const { syncs, payloadBytes } = io.counts();
  return { syncs, payloadBytes, sheets: names };
}

/**
 * Reads which sheets exist and which Fördela owns (by their tags), refuses a
 * clash, loads the tables and charts of the sheets it rewrites and their
 * cells, and holds the write back if the user has changed those since
 * Fördela wrote them (until `overwriteEdited`). Nothing is written before.
 */
async function readWorkbook(
  io: Requests,
  planned: readonly Planned[],
  options: WriteOptions,
  progress: Progress,
): Promise<{ own: Ownership; places: Placement[]; reused: Excel.Worksheet[] }> {
  const own = await readOwnership(io.context, io.sync, options.canTag === true);
  const places = placeSheets(
    planned.map((p) => p.spec.name),
    own,
    options.language,
  );
  const worksheets = io.context.workbook.worksheets;
  const kept = places.filter((p) => p.exists);
  const reused = kept.map((p) => worksheets.getItem(p.name));
  for (const sheet of reused) {
    sheet.tables.load("items/name");
    sheet.charts.load("items/name");
  }
  const check = options.overwriteEdited === true ? [] : kept.filter((p) => p.fingerprint !== undefined);
  const cells = check.map((p) => loadCells(worksheets.getItem(p.name)));
  if (reused.length > 0) await io.sync();
  // What the sheet holds now is lost only if it is neither what Fördela wrote last nor what it writes now
  // (a key value typed into Indata and read back into the model is written again as it is).
  const next = new Map(planned.map((p) => [p.spec.name, cellsFingerprint(p.grid.formulas)]));
  const edited = check.filter((p, i) =>
    editedSince(cells[i] as Excel.Range, [p.fingerprint ?? "", next.get(p.role) ?? ""]),
  );
  if (edited.length > 0)
    throw new EditedSheetsError(
      edited.map((p) => p.name),
      options.language,
    );
  const written = new Set([...places.map((p) => p.name), ...places.map((p) => p.role)]);
  progress.ownedBefore = own.recorded.filter((name) => !written.has(name));
  return { own, places, reused };
}

/**
 * Writes the cells to the staging sheets, in as many requests as they need,
 * then queues the swap: the owned sheets are cleared and the staged cells
 * copied into them, and the staging sheets cleared, in the last request.
 * Nothing in it is a call Excel cannot undo: no sheet is deleted or hidden.
 */
async function writeStaged(
  io: Requests,
  planned: readonly Planned[],
  targets: readonly Excel.Worksheet[],
  reused: readonly Excel.Worksheet[],
  options: WriteOptions,
  progress: Progress,
): Promise<void> {
  const worksheets = io.context.workbook.worksheets;
  const staging = progress.staging.map((name) => worksheets.getItem(name));
  const names = planned.map((p) => p.spec.name);
  // Recorded at once, so that a write cut off later leaves only sheets a later write may delete.
  io.context.workbook.settings.add(
    OWNED_SETTING,
    ownedRecord(progress.ownedBefore, [...names, ...progress.staging]),
  );
  progress.staged = true;
  for (const [i, p] of planned.entries())
    await writeCells(staging[i] as Excel.Worksheet, p.spec, p.grid, p.bytes, io.chunkBytes, io.flushIfLarge);
  if (io.counts().pending > 0) {
    await io.sync();
    suspendCalculation(io.context);
  }
  progress.swapping = true;
  reused.forEach((sheet) => clearSheet(sheet, options.canLayOutPages === true));
  for (const [i, p] of planned.entries()) {
    const target = targets[i] as Excel.Worksheet;
    const stage = staging[i] as Excel.Worksheet;
    if (p.grid.rows > 0 && p.grid.cols > 0) {
      const address = rangeAddress(0, 0, p.grid.rows, p.grid.cols);
      target.getRange(address).copyFrom(stage.getRange(address), Excel.RangeCopyType.all);
    }
    finishSheet(target, p.spec, options);
    stage.getRange().clear();
  }
}

/** After a failed staged write, in a plain run: clears the staging sheets and, unless the swap had begun, deletes the sheets it added. */
async function cleanUp(run: ExcelRun, progress: Progress, planned: readonly Planned[]): Promise<void> {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const present = new Set(worksheets.items.map((s) => s.name));
    const added = progress.swapping ? [] : progress.created;
    progress.staging
      .filter((name) => present.has(name))
      .forEach((name) => worksheets.getItem(name).getRange().clear());
    added.filter((name) => present.has(name)).forEach((name) => worksheets.getItem(name).delete());
    const kept = progress.swapping ? planned.map((p) => p.spec.name) : [];
    context.workbook.settings.add(
      OWNED_SETTING,
      ownedRecord(progress.ownedBefore, [...kept, ...progress.staging]),
    );
    await context.sync();
  });
}

/** The staging sheets' names: Fördela's own where it has them, else names no sheet of the workbook has. */
function stagingNames(count: number, existing: ReadonlySet<string>, owned: readonly string[]): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${STAGING_PREFIX}${n}`;
    if (!existing.has(name) || owned.includes(name)) names.push(name);
  }
  return names;
}
