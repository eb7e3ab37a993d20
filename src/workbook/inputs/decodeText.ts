import type { Language } from "../render/labels";
import { InputError } from "./InputError";

/**
 * Decodes a text file's bytes as Excel and SCB write them: UTF-16 (little or
 * big endian) when it starts with its byte order mark, as Excel's "Unicode
 * text" does; UTF-8 (with or without its mark) when the bytes are valid
 * UTF-8; else Windows-1252, as older SCB exports are. Only bytes that are not
 * UTF-8 are read as Windows-1252, so "Ö" in UTF-8 is never read as "Ã–".
 * UTF-16 that does not decode (an odd number of bytes, a lone surrogate) is
 * refused.
 *
 * @example
 * decodeText(new Uint8Array([0x4f, 0x73, 0x74, 0xe9]), "f.csv", "sv"); // "Osté"
 * decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), "f.csv", "sv"); // "A"
 */
export function decodeText(bytes: Uint8Array, file: string, language: Language): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "";
  if (utf16 !== "") {
    try {
      return new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    } catch {
      throw new InputError({ file, line: 1, column: 1 }, "badUtf16", {}, language);
    }
  }
  try {
    // without ignoreBOM, a leading UTF-8 byte order mark is dropped
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
