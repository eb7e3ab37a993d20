import { nodeDeflater } from "../../../src/cli/writeWorkbookFile";
import { ZipParts } from "../../../src/workbook/xlsx/zipParts";

// fflate's unzipSync does not check CRCs; Excel and unzip do. Each entry's
// CRC in the central directory must be the CRC-32 of the part's bytes.

/** The CRC the central directory records for each entry, by name. */
function recordedCrcs(zip: Uint8Array): Record<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const crcs: Record<string, number> = {};
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    crcs[name] = view.getUint32(at + 16, true);
  }
  return crcs;
}

describe("ZipParts with Node's deflater", () => {
  it.each([1, 65_535, 65_536, 65_537, 131_072, 1 << 20])(
    "records the CRC-32 of a part of %i characters, ending on a piece's boundary or not",
    async (length) => {
      const text = "x".repeat(length);
      const zip = new ZipParts(nodeDeflater);
      zip.write("a.xml", (put) => put(text));
      zip.add("b.xml", "<b/>");
      const crc = (part: string) => nodeDeflater.crc32(new TextEncoder().encode(part), 0);
      expect(recordedCrcs(await zip.bytes())).toEqual({ "a.xml": crc(text), "b.xml": crc("<b/>") });
    },
  );
});
