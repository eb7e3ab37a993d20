import fc from "fast-check";
import { mergeDiff, mergePatch } from "../../../src/engine";

/** JSON values without null, which a merge patch cannot set. */
const { value: json } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.integer(),
    fc.string(),
    fc.boolean(),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("a", "b", "c", "__proto__", "2303"), tie("value"), { maxKeys: 4 }),
  ),
}));
const object = fc.dictionary(fc.constantFrom("a", "b", "c", "lines", "keys"), json, { maxKeys: 5 });

describe("mergeDiff, the patch from one document to another", () => {
  it("gives back the target when applied to the base", () => {
    fc.assert(
      fc.property(object, object, (base, target) => {
        expect(mergePatch(base, mergeDiff(base, target))).toEqual(target);
      }),
    );
  });

  it("is empty between equal documents, whatever the order of their fields", () => {
    fc.assert(
      fc.property(object, (document) => {
        const reordered = Object.fromEntries(Object.entries(document).reverse());
        expect(mergeDiff(document, reordered)).toEqual({});
      }),
    );
  });

  it("holds only what changed", () => {
    expect(mergeDiff({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { d: 3, e: 4 } })).toEqual({
      b: { c: null, e: 4 },
    });
  });

  it("replaces arrays whole", () => {
    expect(mergeDiff({ a: [1, 2] }, { a: [1, 3] })).toEqual({ a: [1, 3] });
  });

  it("keeps a field named __proto__ a field", () => {
    const patch = mergeDiff({}, JSON.parse('{"__proto__": {"x": 1}}')) as Record<string, unknown>;
    expect(Object.keys(patch)).toEqual(["__proto__"]);
  });
});
