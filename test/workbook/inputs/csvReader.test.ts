import { decodeText } from "../../../src/workbook/inputs/decodeText";
import { guessColumns } from "../../../src/workbook/inputs/guessColumns";
import { InputError } from "../../../src/workbook/inputs/InputError";
import { parseDelimited } from "../../../src/workbook/inputs/parseDelimited";
import { readInputs, type Inputs } from "../../../src/workbook/inputs/readInputs";
import type { DecimalMark } from "../../../src/workbook/inputs/numberColumn";

/** Reads text as `fordela import` and the pane do: parse, guess the columns, read. */
function read(text: string, decimal?: DecimalMark): Inputs {
  const table = parseDelimited(text, "f.csv", "sv");
  const guessed = guessColumns(table);
  return readInputs(table, decimal === undefined ? guessed : { ...guessed, decimal }, "sv");
}

/** The refusal reading text gives, as InputError's fields. */
function refusal(text: string, decimal?: DecimalMark): { line: number; column: number; reason: string } {
  try {
    read(text, decimal);
  } catch (error) {
    if (error instanceof InputError) return { line: error.line, column: error.column, reason: error.reason };
    throw error;
  }
  throw new Error("not refused");
}

describe("the CSV reader: decimal conventions", () => {
  const mixed = 'kommun,folk\n"2380 Östersund","64,979"\n2303 Ragunda,979\n';

  it('refuses "64,979" next to 979 at the cell where the two readings differ', () => {
    expect(refusal(mixed)).toEqual({
      line: 2,
      column: 2,
      reason: '"64,979" kan vara 64,979 (decimalkomma) eller 64979 (decimalpunkt); välj decimaltecken',
    });
  });

  it.each<[DecimalMark, string]>([
    ["point", "64979"],
    ["comma", "64.979"],
  ])("reads it as the user chose: decimal %s", (decimal, value) => {
    expect(read(mixed, decimal).keys.folk?.values["2380"]).toBe(value);
  });

  it("refuses 6.035 alone: a thousands point or a decimal point", () => {
    expect(refusal("kommun;folk\n2305 Bräcke;6.035\n")).toMatchObject({ line: 2, column: 2 });
  });

  it("reads a column under the one convention that reads every cell", () => {
    const swedish = read("kommun;folk\na;1 234,5\nb;6.035\nc;0,25\n").keys.folk?.values;
    const english = read('kommun;folk\na;"1,234.5"\nb;6.035\nc;0.25\n').keys.folk?.values;
    expect([swedish, english]).toEqual([
      { a: "1234.5", b: "6035", c: "0.25" },
      { a: "1234.5", b: "6.035", c: "0.25" },
    ]);
  });

  it("reads thousands with a space, a no-break space or a narrow no-break space", () => {
    const text = "kommun;folk\na;64 979\nb;64\u00a0979\nc;64\u202f979\n";
    expect(read(text).keys.folk?.values).toEqual({ a: "64979", b: "64979", c: "64979" });
  });

  it("reads U+2212 as a minus (and refuses the negative key value)", () => {
    expect(refusal("kommun;folk\na;\u221264 979\n").reason).toBe(
      "\u221264 979 är negativt, och ett nyckelvärde kan inte vara negativt",
    );
  });

  it("refuses a cell that neither convention reads, and a column that mixes them", () => {
    expect(refusal("kommun;folk\na;12.5\nb;1 234,5\nc;3\n")).toEqual({
      line: 2,
      column: 2,
      reason: '"12.5" är inte ett tal med decimalkomma, som resten av kolumnen',
    });
    expect(refusal("kommun;folk\na;12.5\nb;1 234,5\nc;3.5\n")).toEqual({
      line: 3,
      column: 2,
      reason: '"1 234,5" är inte ett tal med decimalpunkt, som resten av kolumnen',
    });
  });

  it("refuses a cell the chosen convention does not read", () => {
    expect(refusal("kommun;folk\na;12.5\n", "comma")).toMatchObject({ line: 2, column: 2 });
  });

  it.each([
    ["..", '".." betyder att värdet saknas; skriv ett tal (0 om parten inte ska ha någon del)'],
    ["-", '"-" betyder att värdet saknas; skriv ett tal (0 om parten inte ska ha någon del)'],
    ["", "cellen är tom; skriv ett tal (0 om parten inte ska ha någon del)"],
  ])("refuses SCB's missing value %j at its cell", (cell, reason) => {
    expect(refusal(`kommun;folk\na;5\nb;${cell}\n`)).toEqual({ line: 3, column: 2, reason });
  });
});

describe("the CSV reader: structure", () => {
  it("reads a quoted field with line breaks, and counts its lines for later refusals", () => {
    const text = 'kod;namn;folk\n2303;"Ragunda\nkommun";5146\n2305;Bräcke;6035\n2380;Östersund;sju\n';
    expect(refusal(text)).toEqual({ line: 5, column: 3, reason: '"sju" är inte ett tal' });
    expect(read(text.replace("sju", "7")).parties[0]).toEqual({
      id: "2303",
      name: "Ragunda\nkommun",
      code: "2303",
    });
  });

  it("refuses an unclosed quote at its line", () => {
    expect(refusal('kod;folk\n2303;5146\n"2380;64979\n2326;7\n')).toEqual({
      line: 3,
      column: 1,
      reason: "citattecknet här stängs aldrig",
    });
  });

  it("refuses text after a closing quote at its field", () => {
    expect(refusal('kod;folk\n2303;"5"146\n')).toMatchObject({ line: 2, column: 2 });
  });

  it("refuses a row with another delimiter than the rest (mixed delimiters)", () => {
    expect(refusal("kod;namn;folk\n2303;Ragunda;5146\n2380,Östersund,64979\n")).toEqual({
      line: 3,
      column: 1,
      reason: "raden har 1 kolumn men rubriken 3; blandas avgränsare?",
    });
  });

  it("refuses the only row when it is wider than the heading, naming that row", () => {
    expect(refusal("kod;folk\n2303;5146;12\n")).toEqual({
      line: 2,
      column: 3,
      reason: "raden har 3 kolumner men rubriken 2; blandas avgränsare?",
    });
  });

  it("refuses the only row when it is narrower than the heading, naming that row", () => {
    expect(refusal("kod;namn;folk\n2303;5146\n")).toMatchObject({ line: 2, column: 2 });
  });

  it("takes the heading below a title line when the only row is wider than it", () => {
    expect(refusal('"Folkmängd 2024"\n\nkod;folk\n2303;5146;12\n')).toMatchObject({ line: 4, column: 3 });
  });

  it("leaves out notes after the table, and refuses a file without a table", () => {
    expect(read('"region";"2024"\n"2380 Östersund";64979\n\n"Källa: SCB"\n').parties).toHaveLength(1);
    expect(refusal("bara en rad text\n")).toMatchObject({ line: 1, column: 1 });
  });

  it('takes the delimiter from Excel\'s "sep=" line, and counts that line', () => {
    const text = "sep=,\nkod,folk\na,5\nb,sju\nc,7\n";
    expect(refusal(text)).toEqual({ line: 4, column: 2, reason: '"sju" är inte ett tal' });
  });

  it('takes SCB\'s "2380 Östersund" as code and name even beside a column of text', () => {
    const text =
      '"region";"ålder";"2024"\n"2380 Östersund";"totalt ålder";64979\n"2303 Ragunda";"totalt ålder";5146\n';
    expect(read(text).parties).toEqual([
      { id: "2380", name: "Östersund", code: "2380" },
      { id: "2303", name: "Ragunda", code: "2303" },
    ]);
  });

  it("reads 300 000 rows", () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => `${100000 + i};Ort ${i};${(i % 999) + 1} 000`);
    const inputs = read(`kod;namn;folk\n${rows.join("\n")}\n`);
    expect([inputs.parties.length, inputs.keys.folk?.values["399999"]]).toEqual([300_000, "300000"]);
  });

  it("keeps the value of a party called __proto__", () => {
    const inputs = read("kod;folk\n__proto__;7\nb;3\n");
    expect(Object.entries(inputs.keys.folk?.values ?? {})).toEqual([
      ["__proto__", "7"],
      ["b", "3"],
    ]);
  });

  it("refuses NUL characters: UTF-16 without a byte order mark", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("a;b\n")].flatMap((b) => [b, 0]));
    expect(() => parseDelimited(decodeText(bytes, "f.csv", "sv"), "f.csv", "sv")).toThrow(InputError);
  });
});

describe("decodeText", () => {
  const text = "Kommun\tFolkmängd\r\n2380 Östersund\t64 979\r\n";
  const utf16le = (s: string) =>
    new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

  it("reads Excel's Unicode text: UTF-16 LE with its byte order mark, and reads it as a table", () => {
    const decoded = decodeText(new Uint8Array([0xff, 0xfe, ...utf16le(text)]), "f.txt", "sv");
    expect(read(decoded).keys.folkmangd?.values).toEqual({ "2380": "64979" });
  });

  it("reads UTF-16 BE with its byte order mark", () => {
    const le = utf16le(text);
    const be = le.map((_, i) => le[i ^ 1] ?? 0);
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]), "f.txt", "sv")).toBe(text);
  });

  it("reads UTF-8 with and without its byte order mark", () => {
    const utf8 = new TextEncoder().encode(text);
    expect([
      decodeText(utf8, "f", "sv"),
      decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), "f", "sv"),
    ]).toEqual([text, text]);
  });

  it("falls back to Windows-1252 only for bytes that are not UTF-8", () => {
    expect(
      decodeText(new Uint8Array([0xd6, 0x73, 0x74, 0x65, 0x72, 0x73, 0x75, 0x6e, 0x64]), "f", "sv"),
    ).toBe("Östersund");
  });

  it("refuses UTF-16 with an odd number of bytes", () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41]), "f.txt", "en")).toThrow(
      new Error("f.txt:1:1: the file starts as UTF-16 but is not valid UTF-16"),
    );
  });
});
