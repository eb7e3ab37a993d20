import type { Language } from "../render/labels";
import type { SheetEdit } from "../../contracts/workbookServices";
import { applyKeyEdit } from "./keyEdit";

export type { SheetEdit };

/** What the live recompute needs of the pane and the workbook. */
export interface LiveDeps {
  readonly language: Language;
  /** Whether "Räkna om automatiskt" is on. */
  readonly enabled: () => boolean;
  readonly text: () => string;
  readonly setText: (text: string) => void;
  readonly readCell: (sheet: string, address: string) => Promise<unknown>;
  readonly restoreCell: (sheet: string, address: string, value: number | "") => Promise<void>;
  readonly refuse: (message: string, address: string) => void;
  /** Runs the model again: writes the sheets and saves the model. */
  readonly rerun: () => Promise<void>;
  /** A co-author changed the sheet: the pane refreshes, and writes nothing. */
  readonly remote: () => void;
  /** Calls `run` after a short pause, replacing a call still waiting, so a burst of edits re-runs once. */
  readonly schedule: (run: () => void) => void;
}

/** More cells than this in one edit (a paste over the table) are not read back one by one. */
const MAX_CELLS = 2000;

/**
 * Keeps the workbook current as the user edits key values or line amounts in Indata: an edit
 * made in this Excel is read back into the model (or refused on its cell,
 * which gets the model's value back) and the model is run again after a short
 * pause, writing the amounts and rounding adjustments anew. Fördela's own
 * writes do not set it off again, and a co-author's edit only refreshes the
 * pane, so co-authors do not all write the same tables.
 *
 * @example
 * const live = liveRecompute(deps);
 * await live.onEdit({ source: "Local", byFordela: false, sheet: "Indata", address: "D10" });
 */
export function liveRecompute(deps: LiveDeps): { onEdit: (edit: SheetEdit) => Promise<void> } {
  return {
    onEdit: async (edit) => {
      if (!deps.enabled() || edit.byFordela || deps.text().trim() === "") return;
      if (edit.source === "Remote") return deps.remote();
      let text = deps.text();
      let changed = false;
      for (const [row, col] of cellsOf(edit.address)) {
        const value = await deps.readCell(edit.sheet, cellName(row, col));
        const outcome = applyKeyEdit(text, edit.sheet, row, col, value, deps.language);
        if (outcome.kind === "changed") {
          text = outcome.text;
          changed = true;
        } else if (outcome.kind === "refused") {
          await deps.restoreCell(edit.sheet, cellName(row, col), outcome.restore);
          deps.refuse(outcome.message, outcome.address);
        }
      }
      if (!changed) return;
      deps.setText(text);
      deps.schedule(() => void deps.rerun());
    },
  };
}

/** The cells of an address such as "D10" or "D10:E12", as [row, col] from 0; none for a larger range. */
function cellsOf(address: string): [number, number][] {
  const [from = "", to = from] = address.replace(/\$/g, "").split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  if (a === undefined || b === undefined) return [];
  const cells: [number, number][] = [];
  if ((b[0] - a[0] + 1) * (b[1] - a[1] + 1) > MAX_CELLS) return cells;
  for (let row = a[0]; row <= b[0]; row++) for (let col = a[1]; col <= b[1]; col++) cells.push([row, col]);
  return cells;
}

function parseCell(cell: string): [number, number] | undefined {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(cell);
  if (match === null) return undefined;
  const col = [...(match[1] ?? "")].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, col];
}

function cellName(row: number, col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}
