/* eslint-disable @typescript-eslint/no-this-alias -- the object literals below have getters, which cannot be arrow functions, so they reach the stand-in as `fake` */
/**
 * A recording stand-in for the parts of Excel's object model that the
 * workbook layer uses. Test code only. It keeps sheets, cells, tables,
 * charts and settings, refuses to read what was not loaded and synced (as
 * Excel does), checks that every 2D array fits its range, counts syncs and
 * records every write with its sheet, so tests can prove where Fördela wrote.
 */

export interface Write {
  readonly sheet: string;
  readonly what: string;
  readonly address: string;
  /** How many syncs had happened when the write was queued. */
  readonly afterSyncs: number;
}

interface SheetState {
  name: string;
  cells: Map<string, string | number | boolean>;
  formats: Map<string, string>;
  tables: { name: string; address: string; deleted: boolean }[];
  charts: { name: string; deleted: boolean }[];
  frozenRows: number;
  hidden: boolean;
}

/** A deep copy of the workbook's state, to take back a request that failed. */
function copyOf(sheets: readonly SheetState[], settings: ReadonlyMap<string, string>) {
  return {
    sheets: sheets.map((s) => ({
      ...s,
      cells: new Map(s.cells),
      formats: new Map(s.formats),
      tables: s.tables.map((t) => ({ ...t })),
      charts: s.charts.map((c) => ({ ...c })),
    })),
    settings: new Map(settings),
  };
}

function colIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/** Rows and columns of an A1 address ("B2:D5", "C7", "A:A", or the whole sheet for ""). */
function dimensions(address: string): { row: number; col: number; rows: number; cols: number } {
  if (address === "") return { row: 0, col: 0, rows: 1_048_576, cols: 16_384 };
  const [start = "", end = start] = address.split(":");
  const parse = (a: string) => {
    const m = /^([A-Z]+)(\d*)$/.exec(a);
    if (!m) throw new Error(`fake Excel: bad address ${address}`);
    return { col: colIndex(m[1] ?? "A"), row: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const a = parse(start);
  const b = parse(end);
  if (a.row < 0) return { row: 0, col: a.col, rows: 1_048_576, cols: b.col - a.col + 1 };
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

function key(row: number, col: number): string {
  return `${row}:${col}`;
}

export class FakeExcel {
  readonly sheets: SheetState[] = [];
  readonly settings = new Map<string, string>();
  readonly writes: Write[] = [];
  syncs = 0;
  suspendedAtSync: number[] = [];
  /** What the user has selected: read by getSelectedRange(), from A1 of the sheet. */
  selection: { sheet: string; values: unknown[][] } | undefined;
  private loaded = new Set<string>();
  private pendingLoads = new Set<string>();
  /** The syncs (counted from 1 over the stand-in's life) that fail, as a lost connection would. */
  failAtSyncs: number[] = [];
  private lastSynced = copyOf([], new Map());

  constructor(sheetNames: readonly string[] = []) {
    for (const name of sheetNames) this.addSheet(name);
  }

  /** The options the last run was given (Excel.run(options, batch)), if any. */
  runOptions: unknown;

  /** Excel.run's stand-in: Excel.run(batch) or Excel.run(options, batch). */
  run = async <T>(
    ...args:
      | [(context: Excel.RequestContext) => Promise<T>]
      | [unknown, (context: Excel.RequestContext) => Promise<T>]
  ): Promise<T> => {
    const batch = args.at(-1) as (context: Excel.RequestContext) => Promise<T>;
    this.runOptions = args.length === 2 ? args[0] : undefined;
    this.lastSynced = copyOf(this.sheets, this.settings);
    return batch(this.context() as unknown as Excel.RequestContext);
  };

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** A cell's content after the writes, by sheet and A1 address. */
  cell(sheet: string, address: string): string | number | boolean | undefined {
    const { row, col } = dimensions(address);
    return this.sheet(sheet)?.cells.get(key(row, col));
  }

  private addSheet(name: string): SheetState {
    const state: SheetState = {
      name,
      cells: new Map(),
      formats: new Map(),
      tables: [],
      charts: [],
      frozenRows: 0,
      hidden: false,
    };
    this.sheets.push(state);
    return state;
  }

  private record(sheet: string, what: string, address: string): void {
    this.writes.push({ sheet, what, address, afterSyncs: this.syncs });
  }

  private requireLoaded(what: string): void {
    if (!this.loaded.has(what))
      throw new Error(`fake Excel: ${what} was read before it was loaded and synced`);
  }

  private context(): unknown {
    return {
      workbook: {
        worksheets: this.worksheets(),
        settings: this.settingsApi(),
        getSelectedRange: () => this.selectedRange(),
      },
      application: { suspendApiCalculationUntilNextSync: () => this.suspendedAtSync.push(this.syncs) },
      sync: async () => {
        this.syncs++;
        if (this.failAtSyncs.includes(this.syncs)) this.failRequest();
        this.pendingLoads.forEach((l) => this.loaded.add(l));
        this.pendingLoads.clear();
        this.lastSynced = copyOf(this.sheets, this.settings);
      },
    };
  }

  /** A failed request changes nothing: what was queued since the last sync is taken back. */
  private failRequest(): never {
    this.sheets.splice(0, this.sheets.length, ...this.lastSynced.sheets);
    this.settings.clear();
    this.lastSynced.settings.forEach((value, name) => this.settings.set(name, value));
    this.pendingLoads.clear();
    throw new Error("the connection to Excel was lost");
  }

  private selectedRange(): unknown {
    const fake = this;
    const selection = () => {
      fake.requireLoaded("selection");
      if (fake.selection === undefined) throw new Error("fake Excel: nothing is selected");
      return fake.selection;
    };
    return {
      load: () => fake.pendingLoads.add("selection"),
      get values() {
        return selection().values;
      },
      get rowIndex() {
        return selection() && 0;
      },
      get columnIndex() {
        return selection() && 0;
      },
      worksheet: {
        load: () => fake.pendingLoads.add("selection"),
        get name() {
          return selection().sheet;
        },
      },
    };
  }

  private worksheets(): unknown {
    const fake = this;
    return {
      load: () => fake.pendingLoads.add("worksheets"),
      get items() {
        fake.requireLoaded("worksheets");
        return fake.sheets.map((s) => fake.worksheet(s));
      },
      getItem: (name: string) => {
        const state = fake.sheet(name);
        if (state === undefined) throw new Error(`fake Excel: no sheet ${name}`);
        return fake.worksheet(state);
      },
      add: (name: string) => {
        fake.record(name, "add sheet", "");
        return fake.worksheet(fake.addSheet(name));
      },
    };
  }

  private settingsApi(): unknown {
    const fake = this;
    return {
      load: () => fake.pendingLoads.add("settings"),
      get items() {
        fake.requireLoaded("settings");
        return [...fake.settings].map(([key, value]) => ({
          key,
          value,
          delete: () => {
            fake.record("(settings)", `delete setting ${key}`, "");
            fake.settings.delete(key);
          },
        }));
      },
      getItemOrNullObject: (name: string) => ({
        load: () => fake.pendingLoads.add(`setting:${name}`),
        get isNullObject() {
          fake.requireLoaded(`setting:${name}`);
          return !fake.settings.has(name);
        },
        get value() {
          fake.requireLoaded(`setting:${name}`);
          return fake.settings.get(name);
        },
      }),
      add: (name: string, value: string) => {
        fake.record("(settings)", `setting ${name}`, "");
        fake.settings.set(name, value);
      },
    };
  }

  private worksheet(state: SheetState): unknown {
    const fake = this;
    // A collection with a getter for items: built whole, never spread (spreading would read the getter).
    const collection = (kind: "tables" | "charts", add: (...args: never[]) => unknown) => ({
      add,
      load: () => fake.pendingLoads.add(`${kind}:${state.name}`),
      get items() {
        fake.requireLoaded(`${kind}:${state.name}`);
        return state[kind]
          .filter((t) => !t.deleted)
          .map((t) => ({
            name: t.name,
            delete: () => {
              fake.record(state.name, `delete ${kind}`, t.name);
              t.deleted = true;
            },
          }));
      },
    });
    return {
      name: state.name,
      set visibility(value: string) {
        state.hidden = value === "Hidden";
        fake.record(state.name, "visibility", value);
      },
      delete: () => {
        fake.record(state.name, "delete sheet", "");
        fake.sheets.splice(fake.sheets.indexOf(state), 1);
      },
      getRange: (address = "") => fake.range(state, address),
      freezePanes: {
        freezeRows: (n: number) => ((state.frozenRows = n), fake.record(state.name, "freeze", String(n))),
      },
      tables: collection("tables", (address: string) => {
        fake.record(state.name, "add table", address);
        const table = { name: "", address, deleted: false, style: "" };
        state.tables.push(table);
        return table;
      }),
      charts: collection("charts", (_type: string, source: { address: string }) => {
        fake.record(state.name, "add chart", source.address);
        const chart = {
          name: "",
          deleted: false,
          title: { text: "" },
          legend: { visible: true },
          series: {
            getItemAt: (index: number) => ({
              format: {
                fill: {
                  clear: () => fake.record(state.name, "series fill", `${index}: none`),
                  setSolidColor: (color: string) =>
                    fake.record(state.name, "series fill", `${index}: ${color}`),
                },
              },
            }),
          },
          setPosition: (from: string) => fake.record(state.name, "chart position", from),
        };
        state.charts.push(chart);
        return chart;
      }),
    };
  }

  private range(state: SheetState, address: string): unknown {
    const fake = this;
    const dims = dimensions(address);
    const fill = (what: "cells" | "formats", grid: unknown[][]) => {
      if (grid.length !== dims.rows || grid.some((row) => row.length !== dims.cols)) {
        throw new Error(`fake Excel: a ${grid.length}×${grid[0]?.length ?? 0} array does not fit ${address}`);
      }
      grid.forEach((row, r) =>
        row.forEach((value, c) => state[what].set(key(dims.row + r, dims.col + c), value as never)),
      );
      fake.record(state.name, what === "cells" ? "formulas" : "numberFormat", address);
    };
    const font = new Proxy(
      {},
      { set: (_t, p) => (fake.record(state.name, `font.${String(p)}`, address), true) },
    );
    return {
      address,
      sheetState: state,
      copyFrom: (source: { sheetState: SheetState; address: string }) => {
        if (source.address !== address)
          throw new Error("fake Excel: copyFrom is only stood in for between equal addresses");
        for (const what of ["cells", "formats"] as const) {
          for (let r = dims.row; r < dims.row + dims.rows; r++)
            for (let c = dims.col; c < dims.col + dims.cols; c++) {
              const value = source.sheetState[what].get(key(r, c));
              if (value === undefined) state[what].delete(key(r, c));
              else state[what].set(key(r, c), value as never);
            }
        }
        fake.record(state.name, "copyFrom", `${source.sheetState.name}!${address}`);
      },
      set formulas(grid: unknown[][]) {
        fill("cells", grid);
      },
      set numberFormat(grid: unknown[][]) {
        fill("formats", grid);
      },
      format: {
        font,
        set columnWidth(_w: number) {
          fake.record(state.name, "columnWidth", address);
        },
      },
      conditionalFormats: {
        add: () => {
          fake.record(state.name, "conditional format", address);
          return { cellValue: { format: { fill: {}, font: {} }, rule: {} } };
        },
        clearAll: () => fake.record(state.name, "clear conditional formats", address),
      },
      clear: () => {
        fake.record(state.name, "clear", address);
        state.cells.clear();
        state.formats.clear();
      },
    };
  }
}

/** The Excel enums the writer uses, as strings, for tests where Office is not loaded. */
export function installExcelEnums(): void {
  (globalThis as Record<string, unknown>).Excel = {
    ConditionalFormatType: { cellValue: "CellValue" },
    ConditionalCellValueOperator: { notEqualTo: "NotEqualTo" },
    ChartType: { barClustered: "BarClustered" },
    ChartSeriesBy: { columns: "Columns" },
    SheetVisibility: { hidden: "Hidden" },
    RangeCopyType: { all: "All" },
  };
}
