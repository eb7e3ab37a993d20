import { parseShare } from "../../../src/engine";

describe("parseShare", () => {
  it.each([
    ["1/4", "1/4"],
    ["25%", "1/4"],
    ["0.25", "1/4"],
    [0.25, "1/4"],
    ["12.5 %", "1/8"],
    ["2/8", "1/4"],
    ["1", "1"],
  ])("reads %p as %p", (text, expected) => {
    expect(parseShare(text, "s").toString()).toBe(expected);
  });

  it.each([["5/4"], ["-1/4"], ["150%"], ["1/0"], ["en fjärdedel"]])("refuses %p", (text) => {
    expect(() => parseShare(text, "lines.a.split.shares.b")).toThrow(/^lines\.a\.split\.shares\.b: /);
  });
});
