import { byId, widest } from "../../../src/workbook/render/byId";

describe("byId", () => {
  it("finds each entry of a list by its id, __proto__ included", () => {
    const list = [{ id: "a" }, { id: "__proto__" }, { id: "b" }];
    expect([byId(list, "b"), byId(list, "__proto__"), byId(list, "c")]).toEqual([
      list[2],
      list[1],
      undefined,
    ]);
  });
});

describe("widest", () => {
  it("gives the longest text's width plus two, at least the least, for a list too long to spread", () => {
    const texts = Array.from({ length: 300_000 }, (_, i) => (i === 123_456 ? "x".repeat(40) : "y"));
    expect([widest(texts, 16), widest(["kort"], 16)]).toEqual([42, 16]);
  });
});
