import type { StoreSheet } from "./modelStore";
import { STORE_COLUMNS } from "./storeRows";

/** A store sheet in memory, with its rows to look at and a way to hear of changes. */
export interface MemoryStoreSheet extends StoreSheet {
  /** The sheet's rows as Excel would hold them: every cell as written, "" where empty. */
  readonly rows: () => readonly (readonly string[])[];
  /** Calls `listener` after every write or clear. */
  readonly onChange: (listener: () => void) => () => void;
}

/**
 * The store sheet of the browser preview: the same rows as the very hidden
 * sheet in Excel, kept in memory.
 *
 * @example
 * const store = modelStore(memoryStoreSheet(), { language: "sv" });
 */
export function memoryStoreSheet(author = ""): MemoryStoreSheet {
  const rows: string[][] = [];
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const empty = () => STORE_COLUMNS.map(() => "");
  return {
    rows: () => rows,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    readRows: async (columns) => {
      let last = rows.length;
      while (last > 0 && (rows[last - 1] ?? []).every((c) => c === "")) last--;
      return rows.slice(0, last).map((r) => r.slice(0, columns));
    },
    readRowsAt: async (at) => at.map((r) => [...(rows[r] ?? empty())]),
    writeRows: async (at, written) => {
      while (rows.length < at + written.length) rows.push(empty());
      written.forEach((r, i) => (rows[at + i] = [...r]));
      changed();
    },
    clearRows: async (at) => {
      for (const r of at) if (r < rows.length) rows[r] = empty();
      changed();
    },
    author: async () => author,
  };
}
