/** An id written as it is in a path: ASCII letters, digits, `_` and `-` only. */
const PLAIN = /^[A-Za-z0-9_-]+$/;

/**
 * The path of a field inside an object, as MODEL.md "Errors" writes it:
 * `at("lines", "bidrag")` is `lines.bidrag`, a list position is `[2]`, and an
 * id with any other character is a JSON string in brackets.
 *
 * @example
 * at("", "lines"); // "lines"
 * at("parties", 2); // "parties[2]"
 * at("keys.folkmangd.values", "2380 Östersund"); // 'keys.folkmangd.values["2380 Östersund"]'
 */
export function at(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  // JSON.stringify of a plain string is the standard escape for a JSON string literal; no model passes through it.
  if (!PLAIN.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === "" ? key : `${path}.${key}`;
}

/**
 * A path inside another: `joinPath("scenarios[0].patch", "keys.k")` is
 * `scenarios[0].patch.keys.k`, and a bracketed start joins without a dot.
 *
 * @example
 * joinPath("scenarios[0].patch", '["a b"].x'); // 'scenarios[0].patch["a b"].x'
 */
export function joinPath(base: string, path: string): string {
  if (base === "" || path === "") return base + path;
  return path.startsWith("[") ? base + path : `${base}.${path}`;
}

const SEGMENT = /\.?([A-Za-z0-9_-]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/**
 * The fields and positions a path names, in order: the inverse of {@link at}.
 * Positions come back as numbers, ids as strings.
 *
 * @example
 * splitPath('keys.k.values["2380 Östersund"]'); // ["keys", "k", "values", "2380 Östersund"]
 * splitPath("parties[2].id"); // ["parties", 2, "id"]
 */
export function splitPath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const match = SEGMENT.exec(path);
    if (match === null) break;
    const [, plain, position, quoted] = match;
    if (plain !== undefined) segments.push(plain);
    else if (position !== undefined) segments.push(Number(position));
    // A JSON string literal that at() wrote, never a model.
    else if (quoted !== undefined) segments.push(JSON.parse(quoted) as string);
  }
  return segments;
}
