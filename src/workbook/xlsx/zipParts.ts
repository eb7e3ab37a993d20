import { strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";

/** Text is encoded and handed to the compressor in pieces of about this many characters. */
const PIECE = 1 << 16;

/** Raw DEFLATE (RFC 1951) of a part's bytes: Node's zlib in the command line, where it is native and some five times faster than fflate's. */
export type Deflater = (data: Uint8Array) => Uint8Array;

/**
 * Deflate's level 1: on the national model a sixth of level 6's time in
 * fflate, for a file about 14 % larger. A Deflater's part is marked "super
 * fast" as fflate marks level 1 (the general-purpose flag's bits 1–2, APPNOTE 4.4.4).
 */
const LEVEL = 1;
const SUPERFAST = 3;

/**
 * A part compressed by a {@link Deflater}: fflate's pass-through stream
 * (which keeps the CRC and size) extended, as fflate's documentation
 * suggests for other compressors, to collect the part and deflate it once.
 */
class DeflatedPart extends ZipPassThrough {
  private pieces: Uint8Array[] = [];
  readonly flag = SUPERFAST;

  constructor(
    filename: string,
    private readonly deflate: Deflater,
  ) {
    super(filename);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    this.pieces.push(chunk);
    if (!final) return;
    const data = concat(this.pieces);
    this.pieces = [];
    // fflate types its chunks over a plain ArrayBuffer; a Buffer from a pool is one too
    this.ondata(null, this.deflate(data) as Uint8Array<ArrayBuffer>, true);
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * The package's parts zipped as they are written, with fflate's streaming
 * Zip: a sheet's XML is encoded in pieces of 64 K characters instead of as
 * one string per sheet (the national model's Fördelning sheet is some 3.5 MB
 * of XML), and goes to fflate's compressor piece by piece, or whole to the
 * {@link Deflater} given. Synchronous.
 *
 * @example
 * const zip = new ZipParts();
 * zip.add("a.xml", "<a/>");
 * zip.write("b.xml", (put) => put("<b/>"));
 * zip.bytes(); // the .zip file's bytes
 */
export class ZipParts {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;

  constructor(private readonly deflate?: Deflater) {
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
    const file =
      this.deflate === undefined
        ? new ZipDeflate(name, { level: LEVEL })
        : new DeflatedPart(name, this.deflate);
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
    return concat(this.chunks);
  }
}
