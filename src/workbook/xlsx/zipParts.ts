import { strToU8, Zip, ZipDeflate, type ZipInputFile } from "fflate";

/**
 * Text is encoded and handed to the compressor in pieces of about this many
 * characters. On the national model 64 K took less of the main thread than
 * 256 K (fewer of V8's concatenated strings alive at each young-generation
 * collection) and than 32 K (more pieces to hand over); medians of 9 runs.
 */
const PIECE = 1 << 16;

/**
 * Raw DEFLATE (RFC 1951) done elsewhere, piece by piece: the command line's
 * is Node's zlib, which compresses in libuv's thread pool (on another core)
 * while the writer goes on writing the next piece. Each piece is
 * compressed on its own and the results are joined, so every piece but the
 * last must end on a byte boundary without a final block (zlib's sync
 * flush), and the last with one.
 */
export interface PieceDeflater {
  /** One piece's compressed bytes; `last` ends the part's stream. */
  deflate(piece: Uint8Array, last: boolean): Promise<Uint8Array>;
  /** The CRC-32 of `data` continued from `crc` (0 to begin with). */
  crc32(data: Uint8Array, crc: number): number;
}

/**
 * Deflate's level 1: on the national model a sixth of level 6's time in
 * fflate, for a file about 14 % larger. A part deflated elsewhere is marked
 * "super fast" as fflate marks level 1 (the general-purpose flag's bits
 * 1–2, APPNOTE 4.4.4).
 */
const LEVEL = 1;
const SUPERFAST = 3;

/**
 * A {@link PieceDeflater} is given the encoded pieces gathered to about
 * this many bytes: each call costs the main thread some set-up (Node's
 * zlib makes a stream for each), so a few large calls rather than a
 * hundred small ones, while the text is still encoded in small pieces.
 */
const BATCH = 1 << 20;

/**
 * A part compressed by a {@link PieceDeflater}, as fflate's Zip takes a
 * file of any compression: its size and CRC counted as the pieces come, its
 * compressed pieces handed on in order as they are ready.
 */
class DeflatedPart implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  readonly flag = SUPERFAST;
  ondata?: ZipInputFile["ondata"];
  /** Settles when every piece so far has been handed on. */
  done: Promise<void> = Promise.resolve();
  /** Encoded pieces not yet given to the deflater. */
  private batch: Uint8Array[] = [];
  private batched = 0;

  constructor(
    readonly filename: string,
    private readonly deflater: PieceDeflater,
  ) {}

  push(piece: Uint8Array, last: boolean): void {
    // an empty piece (a text ending on a piece's boundary) leaves the CRC as it is: Node 20's zlib.crc32 gives 0 for one
    if (piece.length > 0) this.crc = this.deflater.crc32(piece, this.crc);
    this.size += piece.length;
    this.batch.push(piece);
    this.batched += piece.length;
    if (!last && this.batched < BATCH) return;
    const deflated = this.deflater.deflate(concat(this.batch), last);
    this.batch = [];
    this.batched = 0;
    this.done = Promise.all([this.done, deflated]).then(([, bytes]) =>
      // fflate types its chunks over a plain ArrayBuffer; a Buffer from a pool is one too
      this.ondata?.(null, bytes as Uint8Array<ArrayBuffer>, last),
    );
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
 * one string per sheet (the national model's Fördelning sheet is some 4 MB
 * of XML), and goes piece by piece to fflate's compressor (synchronous, as
 * in the pane's Web Worker) or to the {@link PieceDeflater} given, whose
 * pieces fflate's Zip puts in order as they come back.
 *
 * @example
 * const zip = new ZipParts();
 * zip.add("a.xml", "<a/>");
 * zip.write("b.xml", (put) => put("<b/>"));
 * await zip.bytes(); // the .zip file's bytes
 */
export class ZipParts {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly parts: Promise<void>[] = [];
  private error: Error | null = null;
  private ended?: () => void;

  constructor(private readonly deflater?: PieceDeflater) {
    this.zip = new Zip((error, chunk, final) => {
      if (error !== null) this.error ??= error;
      else this.chunks.push(chunk);
      if (final) this.ended?.();
    });
  }

  /** A part whose text is at hand. */
  add(name: string, text: string): void {
    this.write(name, (put) => put(text));
  }

  /** A part written in pieces: `writer` calls `put` with each piece of its text, in order. */
  write(name: string, writer: (put: (text: string) => void) => void): void {
    const file = this.part(name);
    let pending: string[] = [];
    let length = 0;
    writer((text) => {
      pending.push(text);
      length += text.length;
      if (length < PIECE) return;
      file.push(strToU8(pending.join("")), false);
      pending = [];
      length = 0;
    });
    file.push(strToU8(pending.join("")), true);
    if (file instanceof DeflatedPart) this.parts.push(file.done);
  }

  private part(name: string): ZipDeflate | DeflatedPart {
    if (this.deflater === undefined) {
      const file = new ZipDeflate(name, { level: LEVEL });
      this.zip.add(file);
      return file;
    }
    const file = new DeflatedPart(name, this.deflater);
    this.zip.add(file);
    return file;
  }

  /** The whole .zip file, once every part is compressed; no part may be added after. */
  async bytes(): Promise<Uint8Array> {
    const ended = new Promise<void>((resolve) => (this.ended = resolve));
    await Promise.all(this.parts);
    this.zip.end();
    await ended;
    if (this.error !== null) throw this.error;
    return concat(this.chunks);
  }
}
