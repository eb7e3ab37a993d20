import * as zlib from "node:zlib";
import { deflaterFor, nodeDeflater } from "../../src/cli/writeWorkbookFile";

// zlib.crc32 came with Node 20.15; package.json allows any Node 20. Without
// it the command line writes with fflate, as the pane does, instead of failing.

describe("the command line's deflater for the Node it runs on", () => {
  it("is Node's zlib where zlib counts CRC-32", () => {
    expect(deflaterFor(zlib)).toBe(nodeDeflater);
  });

  it("is none (fflate's own) on a Node whose zlib has no crc32", () => {
    expect(deflaterFor({})).toBeUndefined();
    expect(deflaterFor({ crc32: undefined })).toBeUndefined();
  });
});
