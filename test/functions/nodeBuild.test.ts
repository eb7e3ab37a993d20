import { createRequire } from "node:module";
import path from "node:path";
import { ROOT } from "../helpers/cli";

/** Loads the built file at run time, as a user's Node code would (not through ts-jest). */
const load = createRequire(__filename);

/** The command-line build (`npm run build:cli`), as Node code outside the repository would load it. */
const built = () =>
  load(path.join(ROOT, "dist", "node", "functions", "index.js")) as Record<string, unknown> & {
    SPLIT: (...args: unknown[]) => number[][];
    PLAN: (...args: unknown[]) => number[][];
  };

describe("dist/node/functions/index.js", () => {
  it("exports SPLIT, WEIGHTED, SEATS and PLAN as functions", () => {
    const exports = built();
    expect(["SPLIT", "WEIGHTED", "SEATS", "PLAN"].map((name) => typeof exports[name])).toEqual([
      "function",
      "function",
      "function",
      "function",
    ]);
  });

  it("splits with the engine, 2-D in and out, an omitted argument undefined", () => {
    expect(built().SPLIT(100, [[1], [1], [1]], undefined, undefined)).toEqual([[34], [33], [33]]);
  });

  it("throws a FunctionError whose errorValue is Excel's error value and whose code is the refusal's", () => {
    expect(() => built().SPLIT(10, [[0], [0]])).toThrow(
      expect.objectContaining({
        errorValue: "#DIV/0!",
        code: "sumZero",
        message: expect.stringContaining("nycklar"),
      }),
    );
  });
});
