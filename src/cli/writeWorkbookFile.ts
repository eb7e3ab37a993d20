import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as zlib from "node:zlib";
import { constants, deflateRaw, deflateRawSync, type ZlibOptions } from "node:zlib";
import type { ScenarioEvaluation, ScenarioResult } from "../engine";
import type { Language } from "../workbook/render/labels";
import { renderWorkbook } from "../workbook/render/renderWorkbook";
import { writeXlsx } from "../workbook/xlsx/writeXlsx";
import type { PieceDeflater } from "../workbook/xlsx/zipParts";
import { CliError } from "./CliError";

/** One model's evaluations, the tag that sets its sheets apart when a workbook holds several, and whether to add each party's statement. */
export interface WorkbookPart {
  readonly evaluations: readonly ScenarioEvaluation[];
  readonly tag?: string;
  readonly statements?: boolean;
  /** The evaluations' results, if computed already (for the command's own output). */
  readonly results?: readonly ScenarioResult[];
}

/** Below this many bytes a piece is deflated at once: quicker than setting up an asynchronous call. */
const SMALL = 1 << 15;

/** zlib's options for a piece: level 1, and a sync flush to end all but the last. */
function pieceOptions(piece: Uint8Array, last: boolean): ZlibOptions {
  return {
    level: 1,
    // room for the whole piece's output, so that zlib fills one buffer without coming back to the main thread
    chunkSize: Math.max(1 << 14, piece.length + (piece.length >> 3) + 64),
    finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
  };
}

/**
 * Node's zlib at level 1: each large piece compressed in libuv's thread
 * pool, on the machine's other core, while the writer serializes the next
 * (small parts, such as the tables', at once), and Node's native CRC-32.
 * On the national model's 6 MB of XML, fflate's CRC-32 in JavaScript took
 * some 17 ms of the main thread and zlib's level 1 about 30 (fflate's own
 * level 1: 90–190 ms); here the main thread only hands the pieces over.
 * Every piece but the last ends with a sync flush, so that the pieces join
 * into one stream; the file is about as large as with one stream per part.
 *
 * @example
 * await writeXlsx(spec, { deflate: nodeDeflater });
 */
export const nodeDeflater: PieceDeflater = {
  deflate: (piece, last) =>
    piece.length < SMALL
      ? Promise.resolve(deflateRawSync(piece, pieceOptions(piece, last)))
      : new Promise((resolve, reject) =>
          deflateRaw(piece, pieceOptions(piece, last), (error, bytes) =>
            error === null ? resolve(bytes) : reject(error),
          ),
        ),
  // Node 20's crc32 gives 0 for an empty array from TextEncoder (not for new Uint8Array(0)): the CRC carried in stands
  crc32: (data, crc) => (data.length === 0 ? crc : zlib.crc32(data, crc)),
};

/**
 * The deflater for this Node: {@link nodeDeflater} where zlib counts CRC-32
 * (Node 20.15 and later), otherwise none, and the writer's own fflate path
 * (the pane's) writes the same parts, only slower.
 *
 * @example
 * await writeXlsx(spec, { deflate: deflaterFor(zlib) });
 */
export function deflaterFor(native: { readonly crc32?: unknown }): PieceDeflater | undefined {
  return typeof native.crc32 === "function" ? nodeDeflater : undefined;
}

/**
 * Renders evaluated models and writes them as one .xlsx file, whole or not
 * at all.
 *
 * @example
 * await writeWorkbookFile("fordela.xlsx", [{ evaluations }], "sv");
 */
export async function writeWorkbookFile(
  file: string,
  parts: readonly WorkbookPart[],
  language: Language,
): Promise<void> {
  if (!file.toLowerCase().endsWith(".xlsx")) throw new CliError("--out", "outNotXlsx", { file });
  const sheets = parts.flatMap(
    (part) =>
      renderWorkbook(part.evaluations, {
        language,
        ...(part.tag === undefined ? {} : { tag: part.tag }),
        ...(part.results === undefined ? {} : { results: part.results }),
        ...(part.statements === true ? { statements: { scenario: null } } : {}),
      }).sheets,
  );
  const deflate = deflaterFor(zlib);
  const bytes = await writeXlsx({ sheets }, deflate === undefined ? {} : { deflate });
  // written beside the target and renamed over it: a failure leaves any workbook there as it was
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw writeError(file, error);
  }
}

/** Why a file could not be written, in words where the system's code has them. */
function writeError(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new CliError(file, "noFolderFor");
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return new CliError(file, "writeDenied");
  return new CliError(file, "unwritable", {
    cause: code ?? (error instanceof Error ? error.message : String(error)),
  });
}
