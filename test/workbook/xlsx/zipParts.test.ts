import { strFromU8, unzipSync } from "fflate";
import fc from "fast-check";
import JSZip from "jszip";
import { inflateRawSync } from "node:zlib";
import { nodeDeflater } from "../../../src/cli/writeWorkbookFile";
import { ZipParts, type PieceDeflater } from "../../../src/workbook/xlsx/zipParts";

// A part is compressed in pieces, each on its own (the command line's on
// zlib's thread pool), and the pieces joined: the parts must come out of
// the zip whole and in order however the pieces' compression finishes.

/** Text of `length` characters, repetitive like a sheet's XML but not uniform, with some letters beyond ASCII. */
function sheetLike(length: number, seed: number): string {
  const cells: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const cell = `<c r="B${i + seed}" s="${i % 7}"><v>${(i * 7919 + seed) % 100003}</v></c>${i % 50 === 0 ? "Åmål" : ""}`;
    cells.push(cell);
    size += cell.length;
  }
  return cells.join("").slice(0, length);
}

async function zipped(
  parts: readonly [string, string][],
  deflater?: PieceDeflater,
): Promise<Record<string, string>> {
  const zip = new ZipParts(deflater);
  // each part put in pieces of a few thousand characters, as the sheet writer puts cells
  for (const [name, text] of parts)
    zip.write(name, (put) => {
      for (let at = 0; at < text.length; at += 4099) put(text.slice(at, at + 4099));
    });
  const bytes = await zip.bytes();
  // JSZip checks each part's CRC-32 against the zip's (fflate's unzipSync does not), as Excel and unzip do
  const checked = await JSZip.loadAsync(bytes, { checkCRC32: true });
  expect(Object.keys(checked.files)).toEqual(parts.map(([name]) => name));
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Node's deflater, each piece's result held back a random while, so that later pieces and parts finish first; counts its calls. */
function shuffled(delays: readonly number[], calls: boolean[] = []): PieceDeflater {
  let n = 0;
  return {
    crc32: nodeDeflater.crc32,
    deflate: async (piece, last) => {
      calls.push(last);
      const bytes = await nodeDeflater.deflate(piece, last);
      await new Promise((resolve) => setTimeout(resolve, delays[n++ % delays.length]));
      return bytes;
    },
  };
}

describe("ZipParts", () => {
  const big: [string, string][] = [
    ["xl/worksheets/sheet1.xml", sheetLike(2_500_000, 1)],
    ["empty.xml", ""],
    ["xl/worksheets/sheet2.xml", sheetLike(1_200_000, 2)],
    ["small.xml", "<a/>"],
    // 32 puts of 4 099 characters: its text ends just as a piece is full, so its last piece is empty
    ["boundary.xml", sheetLike(32 * 4099, 7)],
  ];

  it("zips parts larger than a piece with Node's deflater as with fflate's, part for part", async () => {
    const own = await zipped(big, nodeDeflater);
    expect(Object.keys(own)).toEqual(big.map(([name]) => name));
    expect(own).toEqual(Object.fromEntries(big));
    expect(await zipped(big)).toEqual(own);
  });

  it("keeps every part whole and in order whatever order its pieces are compressed in", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }),
        async (delays) => {
          const own = await zipped(big, shuffled(delays));
          expect(Object.entries(own)).toEqual(big);
        },
      ),
      { numRuns: 8 },
    );
  });

  it("joins pieces into one DEFLATE stream: all but the last end without a final block", async () => {
    // one piece large enough for the thread pool, the others deflated at once
    const pieces = [sheetLike(40_000, 3), sheetLike(10_000, 4), sheetLike(5, 5)];
    const deflated = await Promise.all(
      pieces.map((piece, i) =>
        nodeDeflater.deflate(new TextEncoder().encode(piece), i === pieces.length - 1),
      ),
    );
    expect(inflateRawSync(Buffer.concat(deflated)).toString("utf8")).toBe(pieces.join(""));
  });

  it("counts the CRC-32 across pieces as over the whole", () => {
    const text = new TextEncoder().encode(sheetLike(1000, 6));
    const whole = nodeDeflater.crc32(text, 0);
    expect(nodeDeflater.crc32(text.subarray(300), nodeDeflater.crc32(text.subarray(0, 300), 0))).toBe(whole);
    // an empty piece, as TextEncoder gives it for a text ending on a piece's boundary, changes nothing
    expect(nodeDeflater.crc32(new TextEncoder().encode(""), whole)).toBe(whole);
    // the standard check value of CRC-32 (ISO-HDLC)
    expect(nodeDeflater.crc32(new TextEncoder().encode("123456789"), 0)).toBe(0xcbf43926);
  });

  it("fails with the deflater's error, not a broken file", async () => {
    const failing: PieceDeflater = {
      crc32: nodeDeflater.crc32,
      deflate: (piece, last) =>
        last ? Promise.reject(new Error("no room to deflate")) : nodeDeflater.deflate(piece, last),
    };
    await expect(zipped(big, failing)).rejects.toThrow("no room to deflate");
  });
});
