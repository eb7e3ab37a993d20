import type { MessageTable } from "../contracts/refusal";

/** 20000000 as "20 000 000", as MODEL.md writes its limits. */
const grouped = (n: string | number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

const sv = {
  noSuchFile: () => "filen finns inte",
  isFolder: () => "det är en mapp, inte en modellfil",
  unreadable: (p: { cause: string }) => `filen kan inte läsas (${p.cause})`,
  emptyFile: () => "filen är tom; här ska stå en Fördela-modell (JSON)",
  folderNotCsv: () => "det är en mapp, inte en CSV-fil",
  wouldReplace: (p: { count: number; names: string; more: number }) =>
    `exporten skulle ersätta ${p.count} ${Number(p.count) === 1 ? "fil" : "filer"} där (${p.names}` +
    `${Number(p.more) > 0 ? ` och ${p.more} till` : ""}); ange --force för att ersätta dem, eller en annan --out-dir`,
  fileNotFolder: () => "det är en fil, inte en mapp",
  tooLarge: (p: { size: string | number; max: number }) =>
    `filen är ${p.size === "" ? "större än" : `${grouped(p.size)} byte, mer än`} ${grouped(p.max)} byte, det mesta en modellfil får vara; den lästes inte`,
  permissionDenied: () => "åtkomst nekas; filen kan inte läsas",
  pathThroughFile: () => "en del av sökvägen är en fil, inte en mapp",
  nameTooLong: () => "filnamnet är för långt",
  notUtf8: (p: { byte: string; line: number }) =>
    `filen är inte UTF-8-text: byten 0x${p.byte} på rad ${p.line} kan inte läsas (Windows-1252?); spara filen som UTF-8`,
  nulInText: () =>
    "filen är inte UTF-8-text: den innehåller NUL-tecken (UTF-16 utan byte-ordningsmärke?); spara filen som UTF-8",
  notUtf16: (p: { encoding: string }) =>
    `filen är inte UTF-8-text, och inte hel ${p.encoding}-text heller; spara filen som UTF-8`,
  outIsModel: (p: { file: string }) => `${p.file} är själva modellfilen; ge arbetsboken ett annat namn`,
  outExists: (p: { file: string }) =>
    `${p.file} finns redan; ange --force för att ersätta den, eller ett annat namn`,
  exportIsModel: () => "det är själva modellfilen; ange en annan --out-dir",
  folderUnwritable: (p: { cause: string }) => `mappen kan inte skrivas (${p.cause}); den är som den var`,
  keySpec: (p: { spec: string }) => `valet tar KOLUMN=ID, inte "${p.spec}"`,
  noColumn: (p: { named: string; headings: string; count: number }) =>
    `filen har ingen kolumn "${p.named}"; dess kolumner är ${p.headings} (eller 1 till ${p.count})`,
  keyTwice: (p: { key: string }) => `två kolumner skulle bli nyckeln "${p.key}"; ge var och en ett eget id`,
  decimalMark: (p: { value: string }) => `valet tar comma eller point, inte "${p.value}"`,
  unwritable: (p: { cause: string }) => `det går inte att skriva här (${p.cause})`,
  noFolderFor: () => "mappen som filen ska skrivas i finns inte",
  writeDenied: () => "åtkomst nekas; filen kan inte skrivas här",
  outNotXlsx: (p: { file: string }) =>
    `valet skriver en Excel-arbetsbok; ange ett filnamn som slutar på .xlsx, inte "${p.file}"`,
  needsValue: () => "valet behöver ett värde",
  unknownCommand: () => "det finns inget sådant kommando; fordela --help visar de som finns",
  unknownOption: (p: { command: string }) => `kommandot "${p.command}" har inget sådant val`,
  needsFile: () => "kommandot behöver en modellfil",
  oneFile: (p: { count: number }) => `kommandot tar en modellfil, inte ${p.count}`,
  statementsNeedOut: () =>
    "valet lägger till blad i arbetsboken som --out skriver; ange --out FIL.xlsx också",
  noScenarios: () => "modellen har inga scenarier; ange de två som ska jämföras med --a och --b",
  exportNeedsOutDir: () => "kommandot behöver --out-dir MAPP, mappen som filerna skrivs till",
  needsCsv: () => "kommandot behöver en CSV-fil",
  oneCsv: (p: { count: number }) => `kommandot tar en CSV-fil, inte ${p.count}`,
  noKeyColumn: () =>
    "filen har ingen kolumn med tal som kan läsas som en nyckel; ange kolumnen med --key KOLUMN=ID, så visas vilket värde som inte är ett tal",
  badLanguage: (p: { lang: string }) => `valet tar sv eller en, inte "${p.lang}"`,
  unexpected: (p: { cause: string }) =>
    `oväntat fel (${p.cause}); detta är ett fel i Fördela: rapportera det med kommandot du körde, den här raden och om du kan modellfilen`,
};

const en: MessageTable<typeof sv>["en"] = {
  noSuchFile: () => "no such file",
  isFolder: () => "it is a folder, not a model file",
  unreadable: (p) => `the file cannot be read (${p.cause})`,
  emptyFile: () => "the file is empty; expected a Fördela model (JSON)",
  folderNotCsv: () => "it is a folder, not a CSV file",
  wouldReplace: (p) =>
    `the export would replace ${p.count} ${Number(p.count) === 1 ? "file" : "files"} there (${p.names}` +
    `${Number(p.more) > 0 ? ` and ${p.more} more` : ""}); give --force to replace them, or another --out-dir`,
  fileNotFolder: () => "it is a file, not a folder",
  tooLarge: (p) =>
    `the file ${p.size === "" ? "goes on" : `is ${grouped(p.size)} bytes`} past ${grouped(p.max)} bytes, the most a model file may hold; it was not read`,
  permissionDenied: () => "permission denied; it cannot be read",
  pathThroughFile: () => "a part of the path is a file, not a folder",
  nameTooLong: () => "the file name is too long",
  notUtf8: (p) =>
    `is not UTF-8 text: byte 0x${p.byte} on line ${p.line} cannot be read (Windows-1252?); save the file as UTF-8`,
  nulInText: () =>
    "is not UTF-8 text: it holds NUL characters (UTF-16 without a byte-order mark?); save the file as UTF-8",
  notUtf16: (p) => `is not UTF-8 text, and not whole ${p.encoding} text either; save the file as UTF-8`,
  outIsModel: (p) => `${p.file} is the model file itself; give the workbook another name`,
  outExists: (p) => `${p.file} is already there; give --force to replace it, or another name`,
  exportIsModel: () => "it is the model file itself; give another --out-dir",
  folderUnwritable: (p) => `cannot be written (${p.cause}); the folder is as it was`,
  keySpec: (p) => `the option takes COLUMN=ID, not "${p.spec}"`,
  noColumn: (p) => `the file has no column "${p.named}"; its columns are ${p.headings} (or 1 to ${p.count})`,
  keyTwice: (p) => `two columns would be the key "${p.key}"; give each its own id`,
  decimalMark: (p) => `the option takes comma or point, not "${p.value}"`,
  unwritable: (p) => `cannot be written (${p.cause})`,
  noFolderFor: () => "the folder to write the file in does not exist",
  writeDenied: () => "permission denied; the file cannot be written here",
  outNotXlsx: (p) => `the option writes an Excel workbook; give a file name ending in .xlsx, not "${p.file}"`,
  needsValue: () => "the option needs a value",
  unknownCommand: () => "there is no such command; fordela --help lists those there are",
  unknownOption: (p) => `the command "${p.command}" has no such option`,
  needsFile: () => "the command needs a model file",
  oneFile: (p) => `the command takes one model file, not ${p.count}`,
  statementsNeedOut: () =>
    "the option adds sheets to the workbook that --out writes; give --out FILE.xlsx too",
  noScenarios: () => "the model has no scenarios; name the two to compare with --a and --b",
  exportNeedsOutDir: () => "the command needs --out-dir DIR, the folder for the files",
  needsCsv: () => "the command needs a CSV file",
  oneCsv: (p) => `the command takes one CSV file, not ${p.count}`,
  noKeyColumn: () =>
    "the file has no column of numbers to read as a key; name the column with --key COLUMN=ID to see which value is not a number",
  badLanguage: (p) => `the option takes sv or en, not "${p.lang}"`,
  unexpected: (p) =>
    `unexpected error (${p.cause}); this is a fault in Fördela: please report it with the command you ran, this line and, if you can, the model file`,
};

/**
 * The command line's words for what is not a refused model: files, options,
 * commands. Swedish and English; a code missing from either does not typecheck.
 *
 * @example
 * CLI_MESSAGES.sv.noSuchFile(); // "filen finns inte"
 */
export const CLI_MESSAGES: MessageTable<typeof sv> = { sv, en };

/** The command line's refusal codes. */
export type CliCode = keyof typeof sv;

/** The command line's phrases, by code. */
export type CliPhrases = typeof sv;
