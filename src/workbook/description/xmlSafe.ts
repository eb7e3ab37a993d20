/**
 * What XML 1.0 forbids in text: control characters other than tab, line feed
 * and carriage return, U+FFFE and U+FFFF, and surrogates that are not half
 * of a pair.
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text without the characters XML 1.0 forbids, so that every part of an .xlsx
 * file is well-formed XML whatever a party or line is called. The xlsx writer
 * passes every string through it; names computed before writing (sheet
 * names, table columns) pass through it first, so they stay as computed.
 *
 * @example
 * xmlSafe("Öster\u0007sund\ufffe"); // "Östersund"
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, "");
}

/** Control characters (C0, DEL and C1): no name should hold them, and files and sheets refuse some. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text fit for a name: without control characters (line breaks and tabs
 * included) and without what XML forbids.
 *
 * @example
 * nameText("Öster\nsund"); // "Östersund"
 */
export function nameText(text: string): string {
  return xmlSafe(text).replace(CONTROL, "");
}

/**
 * Text cut to at most `max` UTF-16 units (as Excel counts), never between
 * the halves of a surrogate pair.
 *
 * @example
 * cutTo("Östersund", 5); // "Öster"
 */
export function cutTo(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}
