import { at } from "../model/fieldPath";
import { ModelError } from "../model/ModelError";
import { JsonNumber } from "./jsonNumber";
import { defineField } from "./mergePatch";

/*
 * Our own reader rather than lossless-json (4.3, measured): that library
 * accepts a repeated field name when both values are equal, has no depth
 * limit (100 000 nested lists end in "Maximum call stack size exceeded"),
 * and says where by character offset, not by field path. Wrapping it would
 * need a second pass that tokenises the text anyway, so this reader does the
 * one pass itself: numbers kept as text, a repeated field refused at its
 * path, nesting refused past MAX_DEPTH at the first path too deep (so the
 * recursion below never goes deeper than that).
 */

/** Objects or lists inside one another, the document itself counting as 1 (MODEL.md "Limits"). */
export const MAX_DEPTH = 32;

/** The codes of text that is not JSON; each says where, by line and column. */
type JsonCode =
  | "jsonTrailing"
  | "jsonEndsEarly"
  | "jsonUnexpected"
  | "jsonFieldName"
  | "jsonColon"
  | "jsonComma"
  | "jsonOpenString"
  | "jsonControl"
  | "jsonBadEscape"
  | "jsonBadNumber";

/**
 * Raised for text that is not JSON: a refused model with no path, whose
 * words say where, by line and column.
 *
 * @example
 * new JsonSyntaxError("jsonBadNumber", 2, 9, {}).message; // "texten är inte giltig JSON: på rad 2, kolumn 9 står ett felskrivet tal"
 */
export class JsonSyntaxError extends ModelError {
  constructor(
    code: JsonCode,
    readonly line: number,
    readonly column: number,
    extra: Readonly<Record<string, string>>,
  ) {
    super("", code as "jsonBadNumber", { line, column, ...extra });
    this.name = "JsonSyntaxError";
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};
const QUOTE = 34;
const BACKSLASH = 92;

/** A recursive-descent reader over one JSON text. */
class Reader {
  private pos = 0;
  /** The fields and positions down to the value being read: its path, written out only for a refusal. */
  private readonly trail: (string | number)[] = [];

  constructor(private readonly text: string) {}

  document(): unknown {
    this.skipSpace();
    const value = this.value(1);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail("jsonTrailing");
    return value;
  }

  private value(depth: number): unknown {
    const c = this.text[this.pos];
    if (c === "{" || c === "[") {
      if (depth > MAX_DEPTH) throw new ModelError(this.path(), "tooDeep", { max: MAX_DEPTH });
      return c === "{" ? this.object(depth) : this.array(depth);
    }
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    if (this.text.startsWith("true", this.pos)) return this.word(4, true);
    if (this.text.startsWith("false", this.pos)) return this.word(5, false);
    if (this.text.startsWith("null", this.pos)) return this.word(4, null);
    return this.fail(c === undefined ? "jsonEndsEarly" : "jsonUnexpected", { char: c ?? "" });
  }

  private word<T>(length: number, value: T): T {
    this.pos += length;
    return value;
  }

  private object(depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.pos++;
    this.skipSpace();
    if (this.eat("}")) return result;
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== QUOTE) this.fail("jsonFieldName");
      const key = this.string();
      this.trail.push(key);
      if (Object.hasOwn(result, key)) throw new ModelError(this.path(), "repeatedField");
      this.skipSpace();
      if (!this.eat(":")) this.fail("jsonColon");
      this.skipSpace();
      const value = this.value(depth + 1);
      // Assignment to "__proto__" would set the prototype: that one field is defined as a field.
      if (key === "__proto__") defineField(result, key, value);
      else result[key] = value;
      this.trail.pop();
      this.skipSpace();
      if (this.eat("}")) return result;
      if (!this.eat(",")) this.fail("jsonComma", { close: "}" });
    }
  }

  private array(depth: number): unknown[] {
    const result: unknown[] = [];
    this.pos++;
    this.skipSpace();
    if (this.eat("]")) return result;
    for (;;) {
      this.skipSpace();
      this.trail.push(result.length);
      result.push(this.value(depth + 1));
      this.trail.pop();
      this.skipSpace();
      if (this.eat("]")) return result;
      if (!this.eat(",")) this.fail("jsonComma", { close: "]" });
    }
  }

  private string(): string {
    const { text } = this;
    let out = "";
    let start = ++this.pos;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (Number.isNaN(c)) this.fail("jsonOpenString");
      if (c === QUOTE) break;
      if (c < 32) this.fail("jsonControl");
      if (c === BACKSLASH) {
        out += text.slice(start, this.pos) + this.escape();
        start = this.pos;
      } else this.pos++;
    }
    out += text.slice(start, this.pos++);
    return out;
  }

  private escape(): string {
    const c = this.text[this.pos + 1] ?? "";
    if (c === "u") {
      const hex = this.text.slice(this.pos + 2, this.pos + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("jsonBadEscape", { escape: `\\u${hex}` });
      this.pos += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    const mapped = ESCAPES[c];
    if (mapped === undefined) this.fail("jsonBadEscape", { escape: `\\${c}` });
    this.pos += 2;
    return mapped;
  }

  private number(): JsonNumber {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail("jsonBadNumber");
    this.pos += match[0].length;
    return new JsonNumber(match[0]);
  }

  private path(): string {
    return this.trail.reduce<string>((path, key) => at(path, key), "");
  }

  private eat(c: string): boolean {
    if (this.text[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return;
      this.pos++;
    }
  }

  private fail(code: JsonCode, extra: Readonly<Record<string, string>> = {}): never {
    const ended = this.pos >= this.text.length && code !== "jsonOpenString";
    const lineStart = this.text.lastIndexOf("\n", this.pos - 1) + 1;
    let line = 1;
    for (let i = this.text.indexOf("\n"); i !== -1 && i < lineStart; i = this.text.indexOf("\n", i + 1))
      line++;
    throw new JsonSyntaxError(
      ended ? "jsonEndsEarly" : code,
      line,
      this.pos - lineStart + 1,
      ended ? {} : extra,
    );
  }
}

/**
 * Parses JSON text like JSON.parse, but keeps every number as a
 * {@link JsonNumber} with its exact digits, keeps a field named `__proto__`
 * as a field, and refuses (as a ModelError at the field's path) a field
 * written twice in one object or more than {@link MAX_DEPTH} levels of
 * nesting. A leading byte-order mark is ignored. Broken JSON throws a
 * {@link JsonSyntaxError} with the line and column.
 *
 * @example
 * const doc = parseJson('{"amount": 0.1}') as { amount: JsonNumber };
 * doc.amount.text; // "0.1"
 */
export function parseJson(text: string): unknown {
  return new Reader(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).document();
}
