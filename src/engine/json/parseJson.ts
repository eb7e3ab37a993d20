import { JsonNumber } from "./jsonNumber";

/** Raised for text that is not JSON; says where, by line and column. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
    this.name = "JsonSyntaxError";
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/** A small recursive-descent reader over one JSON text. */
class Reader {
  private pos = 0;

  constructor(private readonly text: string) {}

  document(): unknown {
    this.skipSpace();
    const value = this.value();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail("unexpected text after the end of the document");
    return value;
  }

  private value(): unknown {
    const c = this.text[this.pos];
    if (c === "{") return this.object();
    if (c === "[") return this.array();
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail(c === undefined ? "the document ends too early" : `unexpected "${c}"`);
  }

  private object(): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.pos++;
    this.skipSpace();
    if (this.eat("}")) return result;
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail("expected a field name in double quotes");
      const key = this.string();
      this.skipSpace();
      if (!this.eat(":")) this.fail('expected ":" after a field name');
      this.skipSpace();
      Object.defineProperty(result, key, {
        value: this.value(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipSpace();
      if (this.eat("}")) return result;
      if (!this.eat(",")) this.fail('expected "," or "}"');
    }
  }

  private array(): unknown[] {
    const result: unknown[] = [];
    this.pos++;
    this.skipSpace();
    if (this.eat("]")) return result;
    for (;;) {
      this.skipSpace();
      result.push(this.value());
      this.skipSpace();
      if (this.eat("]")) return result;
      if (!this.eat(",")) this.fail('expected "," or "]"');
    }
  }

  private string(): string {
    let out = "";
    this.pos++;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) this.fail("a string is not closed");
      if (c === '"') break;
      if (c < " ") this.fail("a control character inside a string");
      if (c === "\\") out += this.escape();
      else {
        out += c;
        this.pos++;
      }
    }
    this.pos++;
    return out;
  }

  private escape(): string {
    const c = this.text[this.pos + 1] ?? "";
    if (c === "u") {
      const hex = this.text.slice(this.pos + 2, this.pos + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("a bad \\u escape");
      this.pos += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    const mapped = ESCAPES[c];
    if (mapped === undefined) this.fail(`a bad escape "\\${c}"`);
    this.pos += 2;
    return mapped;
  }

  private number(): JsonNumber {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail("a malformed number");
    this.pos += match[0].length;
    return new JsonNumber(match[0]);
  }

  private eat(c: string): boolean {
    if (this.text[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  private skipSpace(): void {
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? "")) this.pos++;
  }

  private fail(reason: string): never {
    if (this.pos >= this.text.length) reason = `the document ends too early (${reason})`;
    const before = this.text.slice(0, this.pos).split("\n");
    throw new JsonSyntaxError(reason, before.length, (before.at(-1)?.length ?? 0) + 1);
  }
}

/**
 * Parses JSON text like JSON.parse, but keeps every number as a
 * {@link JsonNumber} with its exact digits. A leading byte-order mark is ignored.
 *
 * @example
 * const doc = parseJson('{"amount": 0.1}') as { amount: JsonNumber };
 * doc.amount.text; // "0.1"
 */
export function parseJson(text: string): unknown {
  return new Reader(text.replace(/^\uFEFF/, "")).document();
}
