import { xmlSafe } from "../description/xmlSafe";

/** Characters XML 1.0 cannot hold at all: most C0 controls, U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding the characters XML cannot hold is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A literal "_x0041_" in a text, which Excel would read as an escaped character. */
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

/** Text with nothing for {@link escapeXml} to do: no markup character, control character, surrogate, U+FFFE or U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const PLAIN = /^[^&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]*$/;

/**
 * Text for XML element content or a double-quoted attribute: & < > " escaped,
 * tabs and line ends as character references, and the characters XML 1.0
 * forbids dropped ({@link xmlSafe}), so that whatever a name holds, every
 * part is well-formed. Every string the writer puts in a part passes here.
 *
 * @example
 * escapeXml('a < b & "c"'); // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  // most texts (a sheet's formulas, most names) have nothing to escape: one scan, no copy
  if (PLAIN.test(text)) return text;
  return xmlSafe(text).replace(/[&<>"\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

// Tabs and line ends as character references: XML readers would turn a
// carriage return into a line feed, and any of them into a space in an attribute.
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * A cell's text as SpreadsheetML holds it: XML-escaped, with characters XML
 * cannot carry written as Excel's _xHHHH_ escapes (and a literal "_xHHHH_"
 * protected as "_x005F_xHHHH_"), so that no character of a name or label is lost.
 *
 * @example
 * cellText("a\u0001b"); // "a_x0001_b"
 */
export function cellText(text: string): string {
  return escapeXml(
    text
      .replace(LOOKS_ESCAPED, "_x005F_$1")
      .replace(NOT_IN_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  );
}
