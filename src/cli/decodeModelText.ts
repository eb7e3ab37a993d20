/** Why the bytes are not text: a code of the command line's table, with its parameters. */
type Refused =
  | { code: "notUtf8"; params: { byte: string; line: number } }
  | { code: "nulInText"; params: Record<string, never> }
  | { code: "notUtf16"; params: { encoding: string } };

/**
 * A model file's bytes as text: UTF-8 with or without a byte-order mark, or
 * UTF-16 (little or big endian) with one. Anything else, such as a
 * Windows-1252 "Ö" or UTF-16 without a mark, is refused with one line that
 * says the file is not UTF-8, rather than read with U+FFFD in its place.
 * Returns the text, or the reason it cannot be read.
 *
 * @example
 * decodeModelText(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])); // { text: "{}" }
 * decodeModelText(new Uint8Array([0xd6])); // { refused: { code: "notUtf8", params: { byte: "D6", line: 1 } } }
 */
export function decodeModelText(bytes: Uint8Array): { text: string } | { refused: Refused } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be");
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    const at = firstBadByte(body);
    const byte = (body[at] ?? 0).toString(16).toUpperCase();
    return { refused: { code: "notUtf8", params: { byte, line: lineOf(body, at) } } };
  }
  if (text.includes("\u0000")) return { refused: { code: "nulInText", params: {} } };
  return { text };
}

function utf16(
  bytes: Uint8Array,
  encoding: "utf-16le" | "utf-16be",
): { text: string } | { refused: Refused } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { refused: { code: "notUtf16", params: { encoding: encoding.toUpperCase() } } };
  }
}

/** Where UTF-8 decoding first fails: the first byte of the first sequence that is not well-formed. */
function firstBadByte(bytes: Uint8Array): number {
  // Prefixes that hold no bad sequence (a cut one at the end is fine while streaming): find the longest.
  const clean = (length: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (clean(mid)) low = mid;
    else high = mid - 1;
  }
  // The byte after the clean prefix may only end a sequence begun before it (Windows-1252 "Ö" then "s"): point at its start.
  let start = low - 1;
  while (start > 0 && start > low - 4 && (bytes[start] ?? 0) >= 0x80 && (bytes[start] ?? 0) < 0xc0) start--;
  return start >= 0 && (bytes[start] ?? 0) >= 0xc0 ? start : low;
}

function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
