import fc from "fast-check";
import {
  freeRows,
  indexRows,
  joinPieces,
  PIECE_CHARS,
  requestChars,
  saveRows,
  STORE_FORMAT,
  type ModelEntry,
} from "../../../src/workbook/store/storeRows";

const entry = (fields: Partial<ModelEntry> = {}): ModelEntry => ({
  id: "m-1",
  name: "Turism",
  counter: 1,
  saveId: "s1",
  savedAt: "2026-12-04T20:00:00.000Z",
  savedBy: "Anna",
  deleted: false,
  ...fields,
});

describe("the store's rows", () => {
  it("cut a model into pieces no longer than a cell takes, and join them again", () => {
    const text = "x".repeat(PIECE_CHARS * 2 + 5);
    const rows = saveRows(entry(), text);
    const set = indexRows(rows).newest.get("m-1");
    expect([rows.length, rows.every((r) => (r[9] ?? "").length <= PIECE_CHARS + 1)]).toEqual([3, true]);
    expect(set && joinPieces(set, rows)).toBe(text);
  });

  it("mark every cell, so Excel reads none of them as a number, a date or a formula", () => {
    const [row] = saveRows(entry({ name: "=SUM(A1)", savedAt: "2026-12-04" }), "0.10");
    expect(row).toEqual([
      "|m-1",
      "|=SUM(A1)",
      `|${STORE_FORMAT}`,
      "|1",
      "|s1",
      "|2026-12-04",
      "|Anna",
      "|0",
      "|1",
      "|0.10",
      "|autoRun=on",
    ]);
  });

  it("give each model its newest complete save", () => {
    const rows = [
      ...saveRows(entry(), "old"),
      ...saveRows(entry({ counter: 2, saveId: "s2" }), "new"),
      ...saveRows(entry({ id: "m-2", name: "Annan", saveId: "s3" }), "other"),
    ];
    const index = indexRows(rows);
    expect([index.newest.get("m-1")?.entry.saveId, index.newest.get("m-2")?.entry.name, index.stale]).toEqual(
      ["s2", "Annan", [0]],
    );
  });

  it("never read a save cut off half-way: any part of a newer save leaves the older one in force", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400 }), fc.nat(), (text, cut) => {
        const old = saveRows(entry(), "old model", 7);
        const newer = saveRows(entry({ counter: 2, saveId: "s2" }), text, 7);
        const rows = [...old, ...newer.slice(0, cut % newer.length)];
        const set = indexRows(rows).newest.get("m-1");
        return (
          set?.entry.saveId === "s1" &&
          joinPieces(
            set,
            set.rows.map((r) => rows[r] ?? []),
          ) === "old model"
        );
      }),
    );
  });

  it("join any text cut into pieces back digit for digit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (text, size) => {
        const rows = saveRows(entry(), text, size);
        const set = indexRows(rows).newest.get("m-1");
        return set !== undefined && joinPieces(set, rows) === text;
      }),
    );
  });

  it("settle a tie between two co-authors' saves the same way for every reader", () => {
    const a = saveRows(entry({ counter: 2, saveId: "a", savedAt: "2026-12-04T20:00:01Z" }), "a");
    const b = saveRows(entry({ counter: 2, saveId: "b", savedAt: "2026-12-04T20:00:02Z" }), "b");
    expect([
      indexRows([...a, ...b]).newest.get("m-1")?.entry.saveId,
      indexRows([...b, ...a]).newest.get("m-1")?.entry.saveId,
    ]).toEqual(["b", "b"]);
  });

  it("hide a deleted model behind its last save, which holds no text", () => {
    const rows = [
      ...saveRows(entry(), "x"),
      ...saveRows(entry({ counter: 2, saveId: "s2", deleted: true }), ""),
    ];
    expect([indexRows(rows).newest.get("m-1")?.entry.deleted, rows.length]).toEqual([true, 2]);
  });

  it("report rows of a later store format and rows Fördela cannot have written, and leave them alone", () => {
    const later = saveRows(entry(), "x")[0]?.map((c, i) => (i === 2 ? `|${STORE_FORMAT + 1}` : c)) ?? [];
    const index = indexRows([
      later,
      ["mitt eget", 5],
      saveRows(entry({ id: "m-2", saveId: "s9" }), "y")[0] ?? [],
    ]);
    expect([index.newer.map((r) => r.row), index.damaged, [...index.newest.keys()]]).toEqual([
      [0],
      [1],
      ["m-2"],
    ]);
  });

  it("place a save in the first run of empty rows that takes it, else after the last row", () => {
    const used = ["|a"];
    expect([
      freeRows([used, [], [], used], 2),
      freeRows([used, [], used], 2),
      freeRows([used, []], 3),
    ]).toEqual([1, 3, 1]);
  });

  it("count a request's characters with at least the escapes JSON adds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string())),
        (rows) => requestChars(rows) >= JSON.stringify(rows).length,
      ),
    );
  });
});
