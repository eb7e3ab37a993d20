import { strToU8, Zip, ZipDeflate } from "fflate";

/** Text is encoded and handed to the compressor in pieces of about this many characters. */
const PIECE = 1 << 16;

/**
 * The package's parts zipped as they are written, with fflate's streaming
 * Zip: a sheet's XML goes to the compressor in pieces of 64 K characters
 * instead of as one string per sheet (the national model's Fördelning sheet
 * is some 9 MB of XML), which keeps the writer's memory to the compressed
 * file and a piece. Synchronous, like fflate's ZipDeflate.
 *
 * @example
 * const zip = new ZipParts(1);
 * zip.add("a.xml", "<a/>");
 * zip.write("b.xml", (put) => put("<b/>"));
 * zip.bytes(); // the .zip file's bytes
 */
export class ZipParts {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;

  /** `level`: deflate's, 0 (stored) to 9. */
  constructor(private readonly level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9) {
    this.zip = new Zip((error, chunk) => {
      if (error !== null) throw error;
      this.chunks.push(chunk);
    });
  }

  /** A part whose text is at hand. */
  add(name: string, text: string): void {
    this.write(name, (put) => put(text));
  }

  /** A part written in pieces: `writer` calls `put` with each piece of its text, in order. */
  write(name: string, writer: (put: (text: string) => void) => void): void {
    const file = new ZipDeflate(name, { level: this.level });
    this.zip.add(file);
    let pending: string[] = [];
    let length = 0;
    writer((text) => {
      pending.push(text);
      length += text.length;
      if (length < PIECE) return;
      file.push(strToU8(pending.join("")));
      pending = [];
      length = 0;
    });
    file.push(strToU8(pending.join("")), true);
  }

  /** The whole .zip file; no part may be added after. */
  bytes(): Uint8Array {
    this.zip.end();
    const size = this.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of this.chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  }
}
