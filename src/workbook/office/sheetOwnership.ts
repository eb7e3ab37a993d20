import type { Language } from "../render/labels";
import { OWNED_SETTING, readOwned } from "./ownedSheets";
import {
  cellsFingerprint,
  formatTag,
  parseTag,
  TAG_NAME,
  TAG_PROPERTY,
  tagFormula,
  type SheetTag,
} from "./sheetTag";
import { WorkbookError } from "./WorkbookError";

// Which sheets Fördela owns, by the tag on each sheet rather than by its name. Office.js only.

/** What a write learns of the workbook before it writes anything. */
export interface Ownership {
  /** Every sheet's name. */
  readonly existing: ReadonlySet<string>;
  /** Fördela's sheets by role (the name it wrote them under), wherever the user has renamed them. */
  readonly tagged: ReadonlyMap<string, { readonly name: string; readonly fingerprint: string }>;
  /** Sheets with a tag in the sheet-scoped name (to be replaced, not added twice). */
  readonly named: ReadonlySet<string>;
  /** Sheets an earlier Fördela recorded by name in the settings (staging sheets, and sheets written before tags). */
  readonly recorded: readonly string[];
}

/** Where one of Fördela's sheets is written: a sheet of its own (found by tag) or a new one. */
export interface Placement {
  readonly role: string;
  readonly name: string;
  readonly exists: boolean;
  /** What Fördela wrote there last, when the sheet carries a tag. */
  readonly fingerprint?: string;
}

/**
 * Reads every sheet's name and tag (a worksheet custom property where `canTag`,
 * ExcelApi 1.12; else a hidden sheet-scoped name): two syncs.
 */
export async function readOwnership(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  canTag: boolean,
): Promise<Ownership> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const record = context.workbook.settings.getItemOrNullObject(OWNED_SETTING);
  record.load("value");
  await sync();
  const tags = worksheets.items.map((sheet) => {
    const item = canTag
      ? sheet.customProperties.getItemOrNullObject(TAG_PROPERTY)
      : sheet.names.getItemOrNullObject(TAG_NAME);
    item.load("value");
    return { name: sheet.name, item };
  });
  await sync();
  const tagged = new Map<string, { name: string; fingerprint: string }>();
  const named = new Set<string>();
  for (const { name, item } of tags) {
    const tag = item.isNullObject ? undefined : parseTag(item.value);
    if (tag === undefined) continue;
    if (!canTag) named.add(name);
    // A sheet copied by the user carries the tag too: the first in the workbook's order is Fördela's.
    if (!tagged.has(tag.role)) tagged.set(tag.role, { name, fingerprint: tag.fingerprint });
  }
  return {
    existing: new Set(tags.map((t) => t.name)),
    tagged,
    named,
    recorded: record.isNullObject ? [] : readOwned(record.value),
  };
}

/**
 * Where each of Fördela's sheets goes: its tagged sheet, else a sheet an
 * earlier Fördela recorded by name, else a new sheet; a sheet of the user's
 * with that name is a clash, refused before anything is written.
 */
export function placeSheets(roles: readonly string[], own: Ownership, language: Language): Placement[] {
  const taggedNames = new Set([...own.tagged.values()].map((t) => t.name));
  return roles.map((role) => {
    const tagged = own.tagged.get(role);
    if (tagged !== undefined)
      return { role, name: tagged.name, exists: true, fingerprint: tagged.fingerprint };
    if (!own.existing.has(role)) return { role, name: role, exists: false };
    if (own.recorded.includes(role) && !taggedNames.has(role)) return { role, name: role, exists: true };
    throw new WorkbookError("", "sheetClash", { name: role }, language);
  });
}

/** Queues the tag of a sheet just written: its role and the fingerprint of its cells. */
export function tagSheet(sheet: Excel.Worksheet, tag: SheetTag, canTag: boolean, hadName: boolean): void {
  if (canTag) {
    sheet.customProperties.add(TAG_PROPERTY, formatTag(tag));
    return;
  }
  // A name cannot be added twice: the old one goes first.
  if (hadName) sheet.names.getItemOrNullObject(TAG_NAME).delete();
  sheet.names.add(TAG_NAME, tagFormula(tag)).visible = false;
}

/** Queues loading what a sheet holds now, for {@link editedSince}. */
export function loadCells(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("formulas,rowIndex,columnIndex");
  return used;
}

/** Whether what a sheet holds now differs from every one of `fingerprints` (what Fördela wrote, or is about to). */
export function editedSince(used: Excel.Range, fingerprints: readonly string[]): boolean {
  const now = used.isNullObject
    ? cellsFingerprint([])
    : cellsFingerprint(used.formulas, used.rowIndex, used.columnIndex);
  return !fingerprints.includes(now);
}
