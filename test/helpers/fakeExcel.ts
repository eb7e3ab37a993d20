/* eslint-disable @typescript-eslint/no-this-alias -- the object literals below have getters, which cannot be arrow functions, so they reach the stand-in as `fake` */
/**
 * A recording stand-in for the parts of Excel's object model that the
 * workbook layer uses. Test code only. What it models of Excel:
 *
 * - Requests: what is queued is applied when `sync` is called, in order;
 *   reading what was not loaded and synced throws, as in Excel. A request
 *   that fails (`failAtSyncs`) fails half-way: the first half of what it
 *   queued is applied and the rest is not, with no rollback (Excel does not
 *   promise atomic requests).
 * - Co-authors: `coauthor()` gives a second client on the same workbook with
 *   contexts of its own. Cells, sheets, custom properties and names are
 *   shared at once; settings are each client's own bag, written whole on
 *   sync (last writer wins) and read again only on `refreshSettings()`.
 * - Events: `onChanged` on a sheet fires after a sync that changed its cells,
 *   `Local` (trigger "ThisLocalAddin") for the client that wrote and
 *   `Remote` for the others; `userEdit` is an edit typed in the grid
 *   (trigger "Unknown"). `context.runtime.enableEvents = false` silences a
 *   client's handlers. `settle()` waits for the handlers to finish.
 * - Worksheet custom properties, sheet-scoped names, very hidden sheets
 *   (which cannot be deleted), and undo groups: inside
 *   `Excel.run({ mergeUndoGroup: true }, …)`, deleting a sheet, changing its
 *   visibility or its name fails the request with `UndoNotSupported`.
 */

export interface Write {
  readonly sheet: string;
  readonly what: string;
  readonly address: string;
  /** How many syncs had happened when the write was queued. */
  readonly afterSyncs: number;
}

type Cell = string | number | boolean;

interface SheetState {
  id: string;
  name: string;
  cells: Map<string, Cell>;
  formats: Map<string, string>;
  tables: { name: string; address: string; deleted: boolean }[];
  charts: { name: string; deleted: boolean }[];
  frozenRows: number;
  hidden: boolean;
  /** What was set on the sheet's pageLayout, by property ("orientation", "rightHeader", "printArea", …). */
  page: Map<string, unknown>;
  /** The cells page breaks were added above. */
  pageBreaks: string[];
  visibility: "Visible" | "Hidden" | "VeryHidden";
  properties: Map<string, string>;
  names: Map<string, { formula: string; visible: boolean; comment: string }>;
}

/** What a change event hands its handler. */
export interface ChangeEvent {
  readonly type: "WorksheetChanged";
  readonly source: "Local" | "Remote";
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
}

interface Handler {
  readonly client: FakeExcel;
  readonly sheet: SheetState;
  readonly handler: (event: ChangeEvent) => Promise<unknown>;
  removed: boolean;
}

interface Op {
  readonly apply: () => void;
  /** Refused inside an undo group, as Excel refuses it. */
  readonly notUndoable?: string;
  /** A change of cells, for the change events. */
  readonly changed?: { sheet: SheetState; address: string };
}

/** The workbook the co-authors share. */
class SharedWorkbook {
  readonly sheets: SheetState[] = [];
  settings = new Map<string, string>();
  readonly handlers: Handler[] = [];
  readonly addedHandlers: { client: FakeExcel; handler: (event: unknown) => Promise<unknown> }[] = [];
  readonly running = new Set<Promise<unknown>>();
  nextId = 1;
}

function colIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

function colLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Rows and columns of an A1 address ("B2:D5", "C7", "A:A", "3:5", or the whole sheet for ""). */
function dimensions(address: string): { row: number; col: number; rows: number; cols: number } {
  if (address === "") return { row: 0, col: 0, rows: 1_048_576, cols: 16_384 };
  const [start = "", end = start] = address.replace(/^.*!/, "").replace(/\$/g, "").split(":");
  const parse = (a: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(a);
    if (!m || (m[1] === "" && m[2] === "")) throw new Error(`fake Excel: bad address ${address}`);
    return { col: m[1] ? colIndex(m[1]) : -1, row: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const a = parse(start);
  const b = parse(end);
  if (a.col < 0) return { row: a.row, col: 0, rows: b.row - a.row + 1, cols: 16_384 };
  if (a.row < 0) return { row: 0, col: a.col, rows: 1_048_576, cols: b.col - a.col + 1 };
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

function key(row: number, col: number): string {
  return `${row}:${col}`;
}

/** An error as Office.js raises it: a message and a code. */
export class FakeRichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export class FakeExcel {
  readonly settings: Map<string, string>;
  readonly writes: Write[] = [];
  syncs = 0;
  suspendedAtSync: number[] = [];
  /** What the user has selected: read by getSelectedRange(), from A1 of the sheet. */
  selection: { sheet: string; values: unknown[][] } | undefined;
  /** The syncs (counted from 1 over this client's life) that fail half-way, as a lost connection would. */
  failAtSyncs: number[] = [];
  /** Calls refused inside an undo group, in the order Excel refused them. */
  readonly refusedInUndoGroup: string[] = [];
  /** The options the last run was given (Excel.run(options, batch)), if any. */
  runOptions: unknown;
  /** The characters of cell data each request carried (values and formulas written), sync by sync. */
  readonly requestChars: number[] = [];
  private pendingChars = 0;
  /** Whether this client's handlers hear events (context.runtime.enableEvents). */
  enableEvents = true;
  /** The newest ExcelApi set this client's Excel has, as Office.context.requirements tells. */
  excelApi = "1.20";
  /** Office.context.requirements of this client: a set is there up to {@link excelApi}. */
  readonly requirements = {
    isSetSupported: (name: string, minVersion = "1.1"): boolean => {
      if (name !== "ExcelApi") return false;
      const [major = 0, minor = 0] = minVersion.split(".").map(Number);
      const [haveMajor = 0, haveMinor = 0] = this.excelApi.split(".").map(Number);
      return major < haveMajor || (major === haveMajor && minor <= haveMinor);
    },
  };
  private readonly book: SharedWorkbook;
  private loaded = new Set<string>();
  private pendingLoads = new Set<string>();
  private queued: Op[] = [];
  private settingsDirty = false;
  private proxies = 0;

  constructor(
    sheetNames: readonly string[] = [],
    shared?: SharedWorkbook,
    /** Who this client is, as workbook.properties.lastAuthor tells. */
    readonly author = "Anna Andersson",
  ) {
    this.book = shared ?? new SharedWorkbook();
    this.settings = new Map(this.book.settings);
    for (const name of sheetNames) this.book.sheets.push(this.newSheet(name));
  }

  /** A second person with the same workbook open: contexts, settings and events of their own. */
  coauthor(author = "Bertil Berg"): FakeExcel {
    return new FakeExcel([], this.book, author);
  }

  /** The sheets of the workbook, as every co-author sees them. */
  get sheets(): SheetState[] {
    return this.book.sheets;
  }

  /** Reads the settings the file holds now (Office's refreshAsync). */
  refreshSettings(): void {
    this.settings.clear();
    this.book.settings.forEach((v, k) => this.settings.set(k, v));
  }

  /** Excel.run's stand-in: Excel.run(batch) or Excel.run(options, batch). */
  run = async <T>(
    ...args:
      | [(context: Excel.RequestContext) => Promise<T>]
      | [unknown, (context: Excel.RequestContext) => Promise<T>]
  ): Promise<T> => {
    const batch = args.at(-1) as (context: Excel.RequestContext) => Promise<T>;
    const options = args.length === 2 ? args[0] : undefined;
    this.runOptions = options;
    const undoGroup = (options as { mergeUndoGroup?: boolean } | undefined)?.mergeUndoGroup === true;
    this.queued = [];
    const result = await batch(this.context(undoGroup) as unknown as Excel.RequestContext);
    // Excel.run sends what is still queued when the batch ends.
    if (this.queued.length > 0) await this.sync(undoGroup);
    return result;
  };

  /** Waits until every event handler fired so far has finished (and those they set off). */
  async settle(): Promise<void> {
    while (this.book.running.size > 0) await Promise.all([...this.book.running]);
  }

  sheet(name: string): SheetState | undefined {
    return this.book.sheets.find((s) => s.name === name);
  }

  /** A cell's content, by sheet and A1 address. */
  cell(sheet: string, address: string): Cell | undefined {
    const { row, col } = dimensions(address);
    return this.sheet(sheet)?.cells.get(key(row, col));
  }

  /** The user types into a cell in the grid: the change events follow (Local here, Remote for co-authors). */
  userEdit(sheet: string, address: string, value: Cell): void {
    const state = this.sheet(sheet);
    if (state === undefined) throw new Error(`fake Excel: no sheet ${sheet}`);
    const { row, col } = dimensions(address);
    if (value === "") state.cells.delete(key(row, col));
    else state.cells.set(key(row, col), value);
    this.fire([{ sheet: state, address }], "Unknown");
  }

  /** The user renames a sheet in the grid. */
  userRename(from: string, to: string): void {
    const state = this.sheet(from);
    if (state === undefined) throw new Error(`fake Excel: no sheet ${from}`);
    state.name = to;
  }

  private newSheet(name: string): SheetState {
    return {
      id: `{sheet-${this.book.nextId++}}`,
      name,
      cells: new Map(),
      formats: new Map(),
      tables: [],
      charts: [],
      frozenRows: 0,
      hidden: false,
      page: new Map(),
      pageBreaks: [],
      visibility: "Visible",
      properties: new Map(),
      names: new Map(),
    };
  }

  private record(sheet: string, what: string, address: string): void {
    this.writes.push({ sheet, what, address, afterSyncs: this.syncs });
  }

  private queue(op: Op): void {
    this.queued.push(op);
  }

  private requireLoaded(what: string): void {
    if (!this.loaded.has(what))
      throw new Error(`fake Excel: ${what} was read before it was loaded and synced`);
  }

  private context(undoGroup: boolean): unknown {
    const fake = this;
    return {
      workbook: {
        worksheets: this.worksheets(),
        settings: this.settingsApi(),
        getSelectedRange: () => this.selectedRange(),
        properties: {
          load: () => fake.pendingLoads.add("properties"),
          get lastAuthor() {
            fake.requireLoaded("properties");
            return fake.author;
          },
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => this.suspendedAtSync.push(this.syncs) },
      runtime: {
        load: () => fake.pendingLoads.add("runtime"),
        get enableEvents() {
          fake.requireLoaded("runtime");
          return fake.enableEvents;
        },
        set enableEvents(on: boolean) {
          fake.queue({ apply: () => (fake.enableEvents = on) });
        },
      },
      sync: () => this.sync(undoGroup),
    };
  }

  private async sync(undoGroup: boolean): Promise<void> {
    this.syncs++;
    // Another client's run may go on meanwhile, as a co-author's does.
    await Promise.resolve();
    const ops = this.queued.splice(0);
    this.requestChars.push(this.pendingChars);
    this.pendingChars = 0;
    const failing = this.failAtSyncs.includes(this.syncs);
    const upTo = failing ? Math.floor(ops.length / 2) : ops.length;
    const changed: { sheet: SheetState; address: string }[] = [];
    for (const op of ops.slice(0, upTo)) {
      if (undoGroup && op.notUndoable !== undefined) {
        this.refusedInUndoGroup.push(op.notUndoable);
        this.afterRequest(changed);
        throw new FakeRichApiError("UndoNotSupported", `${op.notUndoable} cannot be undone`);
      }
      try {
        op.apply();
      } catch (error) {
        this.afterRequest(changed);
        throw error;
      }
      if (op.changed !== undefined) changed.push(op.changed);
    }
    if (failing) {
      this.afterRequest(changed);
      throw new Error("the connection to Excel was lost");
    }
    this.pendingLoads.forEach((l) => this.loaded.add(l));
    this.afterRequest(changed);
  }

  /** What follows a request, whole or cut off: settings written whole, change events. */
  private afterRequest(changed: { sheet: SheetState; address: string }[]): void {
    this.pendingLoads.clear();
    if (this.settingsDirty) this.book.settings = new Map(this.settings);
    this.settingsDirty = false;
    this.fire(changed, "ThisLocalAddin");
  }

  private fire(
    changed: { sheet: SheetState; address: string }[],
    trigger: "ThisLocalAddin" | "Unknown",
  ): void {
    for (const { sheet, address } of changed)
      for (const h of this.book.handlers) {
        if (h.removed || h.sheet !== sheet || !h.client.enableEvents) continue;
        const local = h.client === this;
        const event: ChangeEvent = {
          type: "WorksheetChanged",
          source: local ? "Local" : "Remote",
          triggerSource: local ? trigger : "Unknown",
          worksheetId: sheet.id,
          address,
          changeType: "RangeEdited",
        };
        const running = Promise.resolve()
          .then(() => h.handler(event))
          .finally(() => this.book.running.delete(running));
        this.book.running.add(running);
      }
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
    const find = (name: string) => fake.book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    return {
      load: () => fake.pendingLoads.add("worksheets"),
      get items() {
        fake.requireLoaded("worksheets");
        return fake.book.sheets.map((s) => fake.worksheet(s));
      },
      getItem: (name: string) => {
        const state = find(name);
        if (state === undefined) throw new Error(`fake Excel: no sheet ${name}`);
        return fake.worksheet(state);
      },
      getItemOrNullObject: (name: string) => {
        const state = find(name);
        const loadKey = `sheet?${name}#${fake.proxies++}`;
        // Office.js tells isNullObject after the next sync, loaded or not.
        fake.pendingLoads.add(loadKey);
        if (state !== undefined) {
          const found = fake.worksheet(state, loadKey);
          Object.defineProperty(found, "isNullObject", {
            get: () => (fake.requireLoaded(loadKey), false),
          });
          return found;
        }
        return {
          load: () => fake.pendingLoads.add(loadKey),
          get isNullObject() {
            fake.requireLoaded(loadKey);
            return true;
          },
        };
      },
      add: (name: string) => {
        fake.record(name, "add sheet", "");
        const state = fake.newSheet(name);
        fake.queue({
          apply: () => {
            if (find(name) !== undefined) throw new FakeRichApiError("ItemAlreadyExists", `${name} exists`);
            fake.book.sheets.push(state);
            for (const h of fake.book.addedHandlers) {
              if (!h.client.enableEvents) continue;
              const source = h.client === fake ? "Local" : "Remote";
              const running = Promise.resolve()
                .then(() => h.handler({ type: "WorksheetAdded", source, worksheetId: state.id }))
                .finally(() => fake.book.running.delete(running));
              fake.book.running.add(running);
            }
          },
        });
        return fake.worksheet(state);
      },
      onAdded: {
        add: (handler: (event: unknown) => Promise<unknown>) => {
          fake.book.addedHandlers.push({ client: fake, handler });
          return { remove: () => undefined };
        },
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
            fake.queue({ apply: () => (fake.settings.delete(key), (fake.settingsDirty = true)) });
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
        fake.queue({ apply: () => (fake.settings.set(name, value), (fake.settingsDirty = true)) });
      },
    };
  }

  private worksheet(state: SheetState, loadKey = `sheet:${state.id}`): Record<string, unknown> {
    const fake = this;
    // A collection with a getter for items: built whole, never spread (spreading would read the getter).
    const collection = (kind: "tables" | "charts", add: (...args: never[]) => unknown) => ({
      add,
      load: () => fake.pendingLoads.add(`${kind}:${state.id}`),
      get items() {
        fake.requireLoaded(`${kind}:${state.id}`);
        return state[kind]
          .filter((t) => !t.deleted)
          .map((t) => ({
            name: t.name,
            delete: () => {
              fake.record(state.name, `delete ${kind}`, t.name);
              fake.queue({ apply: () => (t.deleted = true) });
            },
          }));
      },
    });
    return {
      load: () => fake.pendingLoads.add(loadKey),
      get name() {
        return state.name;
      },
      set name(value: string) {
        fake.record(state.name, "rename", value);
        fake.queue({ apply: () => (state.name = value), notUndoable: `renaming ${state.name}` });
      },
      get id() {
        return state.id;
      },
      get visibility() {
        fake.requireLoaded(loadKey);
        return state.visibility;
      },
      set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
        fake.record(state.name, "visibility", value);
        fake.queue({
          apply: () => ((state.visibility = value), (state.hidden = value !== "Visible")),
          notUndoable: `hiding ${state.name}`,
        });
      },
      delete: () => {
        fake.record(state.name, "delete sheet", "");
        fake.queue({
          apply: () => {
            if (state.visibility === "VeryHidden")
              throw new FakeRichApiError("InvalidOperation", `${state.name} is very hidden`);
            const at = fake.book.sheets.indexOf(state);
            if (at >= 0) fake.book.sheets.splice(at, 1);
          },
          notUndoable: `deleting ${state.name}`,
        });
      },
      getRange: (address = "") => fake.range(state, address),
      getUsedRangeOrNullObject: () => fake.usedRange(state),
      pageLayout: fake.pageLayout(state),
      horizontalPageBreaks: {
        add: (address: string) => {
          fake.record(state.name, "page break", address);
          fake.queue({ apply: () => state.pageBreaks.push(address) });
        },
        removePageBreaks: () => {
          fake.record(state.name, "remove page breaks", "");
          fake.queue({ apply: () => state.pageBreaks.splice(0) });
        },
      },
      freezePanes: {
        freezeRows: (n: number) => {
          fake.record(state.name, "freeze", String(n));
          fake.queue({ apply: () => (state.frozenRows = n) });
        },
      },
      customProperties: fake.keyed(state, "properties"),
      names: fake.keyed(state, "names"),
      onChanged: {
        add: (handler: (event: ChangeEvent) => Promise<unknown>) => {
          const entry: Handler = { client: fake, sheet: state, handler, removed: false };
          fake.book.handlers.push(entry);
          return { remove: () => (entry.removed = true) };
        },
      },
      tables: collection("tables", (address: string) => {
        fake.record(state.name, "add table", address);
        const table = { name: "", address, deleted: false, style: "" };
        fake.queue({ apply: () => state.tables.push(table) });
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
        fake.queue({ apply: () => state.charts.push(chart) });
        return chart;
      }),
    };
  }

  /** A worksheet's customProperties or names: add, getItemOrNullObject, items. */
  private keyed(state: SheetState, kind: "properties" | "names"): unknown {
    const fake = this;
    const what = kind === "properties" ? "custom property" : "name";
    const item = (name: string, loadKey: string) => ({
      ...(fake.pendingLoads.add(`${loadKey}?`) && {}),
      load: () => fake.pendingLoads.add(loadKey),
      get isNullObject() {
        fake.requireLoaded(`${loadKey}?`);
        return !state[kind].has(name);
      },
      get key() {
        return name;
      },
      get name() {
        return name;
      },
      get value() {
        fake.requireLoaded(loadKey);
        const found = state[kind].get(name);
        return typeof found === "object" ? found.formula : found;
      },
      get formula() {
        fake.requireLoaded(loadKey);
        const found = state[kind].get(name);
        return typeof found === "object" ? found.formula : undefined;
      },
      set visible(visible: boolean) {
        fake.queue({
          apply: () => {
            const found = state.names.get(name);
            if (found !== undefined) found.visible = visible;
          },
        });
      },
      delete: () => {
        fake.record(state.name, `delete ${what}`, name);
        fake.queue({ apply: () => state[kind].delete(name) });
      },
    });
    return {
      load: () => fake.pendingLoads.add(`${kind}:${state.id}`),
      get items() {
        fake.requireLoaded(`${kind}:${state.id}`);
        return [...state[kind].keys()].map((name) => item(name, `${kind}:${state.id}`));
      },
      getItemOrNullObject: (name: string) => item(name, `${kind}:${state.id}:${name}#${fake.proxies++}`),
      add: (name: string, value: string, comment = "") => {
        fake.record(state.name, what, name);
        fake.queue({
          apply: () => {
            if (kind === "properties") state.properties.set(name, value);
            else state.names.set(name, { formula: value, visible: true, comment });
          },
        });
        return item(name, `${kind}:${state.id}:${name}#${fake.proxies++}`);
      },
    };
  }

  private usedRange(state: SheetState): unknown {
    const fake = this;
    const loadKey = `used:${state.id}#${fake.proxies++}`;
    const bounds = () => {
      fake.requireLoaded(loadKey);
      const at = [...state.cells.keys()].map((k) => k.split(":").map(Number) as [number, number]);
      if (at.length === 0) return undefined;
      const rows = at.map(([r]) => r);
      const cols = at.map(([, c]) => c);
      const row = Math.min(...rows);
      const col = Math.min(...cols);
      return { row, col, rows: Math.max(...rows) - row + 1, cols: Math.max(...cols) - col + 1 };
    };
    return {
      load: () => fake.pendingLoads.add(loadKey),
      get isNullObject() {
        return bounds() === undefined;
      },
      get rowIndex() {
        return bounds()?.row;
      },
      get rowCount() {
        return bounds()?.rows;
      },
      get columnIndex() {
        return bounds()?.col;
      },
      get columnCount() {
        return bounds()?.cols;
      },
      /** The cells in the used range, as Range.formulas gives them ("" where empty). */
      get formulas() {
        const b = bounds();
        if (b === undefined) return undefined;
        return Array.from({ length: b.rows }, (_, r) =>
          Array.from({ length: b.cols }, (_, c) => state.cells.get(key(b.row + r, b.col + c)) ?? ""),
        );
      },
      get address() {
        const b = bounds();
        if (b === undefined) return undefined;
        return `${state.name}!${colLetters(b.col)}${b.row + 1}:${colLetters(b.col + b.cols - 1)}${b.row + b.rows}`;
      },
    };
  }

  /** Worksheet.pageLayout (ExcelApi 1.9): every property set and call is kept on the sheet at the sync, and recorded. */
  private pageLayout(state: SheetState): unknown {
    const fake = this;
    const keep = (name: string, value: unknown) => {
      fake.record(
        state.name,
        `pageLayout.${name}`,
        typeof value === "string" ? value : JSON.stringify(value),
      );
      fake.queue({ apply: () => state.page.set(name, value) });
      return true;
    };
    const headersFooters = {
      defaultForAllPages: new Proxy({}, { set: (_t, p, value) => keep(String(p), value) }),
    };
    return new Proxy(
      {
        headersFooters,
        setPrintArea: (address: string) => keep("printArea", address),
        setPrintTitleRows: (address: string) => keep("printTitleRows", address),
      },
      { set: (_t, p, value) => keep(String(p), value) },
    );
  }

  private range(state: SheetState, address: string): unknown {
    const fake = this;
    const dims = dimensions(address);
    const loadKey = `range:${state.id}!${address}#${fake.proxies++}`;
    const fill = (what: "cells" | "formats", grid: unknown[][], recorded: string) => {
      if (grid.length !== dims.rows || grid.some((row) => row.length !== dims.cols)) {
        throw new Error(`fake Excel: a ${grid.length}×${grid[0]?.length ?? 0} array does not fit ${address}`);
      }
      fake.record(state.name, recorded, address);
      fake.pendingChars += JSON.stringify(grid).length;
      fake.queue({
        apply: () =>
          grid.forEach((row, r) =>
            row.forEach((value, c) => {
              const at = key(dims.row + r, dims.col + c);
              if (what === "cells" && value === "") state.cells.delete(at);
              else state[what].set(at, value as never);
            }),
          ),
        ...(what === "cells" ? { changed: { sheet: state, address } } : {}),
      });
    };
    const font = new Proxy(
      {},
      { set: (_t, p) => (fake.record(state.name, `font.${String(p)}`, address), true) },
    );
    return {
      address,
      sheetState: state,
      load: () => fake.pendingLoads.add(loadKey),
      get values() {
        fake.requireLoaded(loadKey);
        return Array.from({ length: dims.rows }, (_, r) =>
          Array.from({ length: dims.cols }, (_, c) => state.cells.get(key(dims.row + r, dims.col + c)) ?? ""),
        );
      },
      copyFrom: (source: { sheetState: SheetState; address: string }) => {
        if (source.address !== address)
          throw new Error("fake Excel: copyFrom is only stood in for between equal addresses");
        fake.record(state.name, "copyFrom", `${source.sheetState.name}!${address}`);
        fake.queue({
          apply: () => {
            for (const what of ["cells", "formats"] as const)
              for (let r = dims.row; r < dims.row + dims.rows; r++)
                for (let c = dims.col; c < dims.col + dims.cols; c++) {
                  const value = source.sheetState[what].get(key(r, c));
                  if (value === undefined) state[what].delete(key(r, c));
                  else state[what].set(key(r, c), value as never);
                }
          },
          changed: { sheet: state, address },
        });
      },
      set formulas(grid: unknown[][]) {
        fill("cells", grid, "formulas");
      },
      set values(grid: unknown[][]) {
        fill("cells", grid, "values");
      },
      set numberFormat(grid: unknown[][]) {
        fill("formats", grid, "numberFormat");
      },
      // Every format property set is recorded as "format.<property>" (columnWidth as "columnWidth").
      format: new Proxy(
        { font },
        {
          set: (_t, p) => (
            fake.record(state.name, p === "columnWidth" ? "columnWidth" : `format.${String(p)}`, address),
            true
          ),
        },
      ),
      merge: () => fake.record(state.name, "merge", address),
      unmerge: () => fake.record(state.name, "unmerge", address),
      conditionalFormats: {
        add: () => {
          fake.record(state.name, "conditional format", address);
          return { cellValue: { format: { fill: {}, font: {} }, rule: {} } };
        },
        clearAll: () => fake.record(state.name, "clear conditional formats", address),
      },
      clear: () => {
        fake.record(state.name, "clear", address);
        fake.queue({
          apply: () => {
            for (const what of ["cells", "formats"] as const)
              for (const at of [...state[what].keys()]) {
                const [r = 0, c = 0] = at.split(":").map(Number);
                const inside =
                  r >= dims.row && r < dims.row + dims.rows && c >= dims.col && c < dims.col + dims.cols;
                if (inside) state[what].delete(at);
              }
          },
          changed: { sheet: state, address },
        });
      },
    };
  }
}

/** The Excel enums the workbook layer uses, as strings, for tests where Office is not loaded. */
export function installExcelEnums(): void {
  (globalThis as Record<string, unknown>).Excel = {
    ConditionalFormatType: { cellValue: "CellValue" },
    ConditionalCellValueOperator: { notEqualTo: "NotEqualTo" },
    ChartType: { barClustered: "BarClustered", columnStacked: "ColumnStacked" },
    ChartSeriesBy: { columns: "Columns" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    RangeCopyType: { all: "All" },
    ClearApplyTo: { contents: "Contents", all: "All" },
    EventSource: { local: "Local", remote: "Remote" },
    EventTriggerSource: { thisLocalAddin: "ThisLocalAddin", unknown: "Unknown" },
  };
}
