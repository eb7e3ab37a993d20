import {
  compareScenarios,
  comparisonDocument,
  evaluateScenarios,
  JsonSyntaxError,
  ModelError,
  parseModel,
  quote,
  Refusal,
  resultDocument,
  scenarioTotals,
  stringifyJson,
  UnknownScenarioError,
  type ScenarioEvaluation,
} from "../engine";
import type { Language } from "../contracts/language";
import { CliError } from "./CliError";
import { cliLanguage } from "./cliLanguage";
import { cliWords, type CliWords } from "./cliWords";
import { writeWorkbookFile } from "./writeWorkbookFile";
import { writeFiles } from "./writeFiles";
import { importFile } from "./importCommand";
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import { sameFileKey } from "../workbook/export/fileNames";
import { InputError } from "../workbook/inputs/InputError";
import { exportFiles } from "../workbook/export/exportFiles";
import { parseArgs, type Args } from "./parseArgs";
import { readModelFile } from "./readModelFile";
import { comparisonTable } from "./comparisonTable";
import { resultTables } from "./resultTables";
import { summaryTable } from "./summaryTable";
import { usage } from "./usage";

/** Where the command line writes. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** The environment the command line reads its language from. */
export type Environment = Readonly<Record<string, string | undefined>>;

interface Command {
  readonly flags: readonly string[];
  readonly options: readonly string[];
  readonly run: (args: Args, io: Output, language: Language) => Promise<void> | void;
}

const COMMANDS: Record<string, Command> = {
  run: {
    flags: ["--json", "--statements", "--force", "--tables"],
    options: ["--out", "--lang"],
    run: runCommand,
  },
  compare: { flags: ["--json"], options: ["--a", "--b", "--lang"], run: compareCommand },
  export: { flags: ["--force"], options: ["--out-dir", "--scenario", "--lang"], run: exportCommand },
  validate: { flags: [], options: ["--lang"], run: validateCommand },
  import: {
    flags: [],
    options: ["--party", "--name", "--key", "--decimal", "--lang"],
    run: importCommand,
  },
};

const VALUED = [...new Set(Object.values(COMMANDS).flatMap((c) => c.options))];

/**
 * Runs the `fordela` command line and returns its exit status: 0 on success,
 * 2 for a refused model, 1 for anything else. Never throws. Speaks the
 * language {@link cliLanguage} picks from `--lang` and the environment.
 *
 * @example
 * await main(["run", "examples/samordningsforbund.json"], io, process.env); // 0
 */
export async function main(argv: readonly string[], io: Output, env: Environment = {}): Promise<number> {
  let language: Language = "sv";
  let file = "";
  try {
    language = cliLanguage(argv, env);
    const args = parseArgs(argv, VALUED);
    file = args.files[0] ?? "";
    if (args.command === undefined || argv.includes("--help") || args.command === "help") {
      io.out(`${usage(language)}\n`);
      return args.command === undefined ? 1 : 0;
    }
    const command = COMMANDS[args.command];
    if (command === undefined) throw new CliError(args.command, "unknownCommand");
    const unknown = [...args.flags, ...args.options.keys()].find(
      (f) => !command.flags.includes(f) && !command.options.includes(f),
    );
    if (unknown !== undefined) throw new CliError(unknown, "unknownOption", { command: args.command });
    await command.run(args, io, language);
    return 0;
  } catch (error) {
    return report(error, io, language, file);
  }
}

/** One line on stderr, `fordela: PATH: reason`; a refusal without a path is about the model file. */
function report(error: unknown, io: Output, language: Language, file: string): number {
  // A failure no test provokes: what it said, and how to report it.
  const said = () =>
    quote((error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim());
  const refusal = error instanceof Refusal ? error : new CliError("", "unexpected", { cause: said() });
  const path = refusal.path === "" ? (error instanceof Refusal ? file : "") : refusal.path;
  io.err(`fordela: ${path === "" ? "" : `${path}: `}${refusal.reasonIn(language)}\n`);
  if (error instanceof CliError) return error.exitCode;
  const refusedInput = error instanceof InputError;
  return refusedInput || (error instanceof ModelError && !(error instanceof JsonSyntaxError)) ? 2 : 1;
}

function oneFile(args: Args): string {
  const [file, ...extra] = args.files;
  if (file === undefined) throw new CliError(args.command ?? "", "needsFile");
  if (extra.length > 0) throw new CliError(args.command ?? "", "oneFile", { count: args.files.length });
  return file;
}

function evaluateFile(args: Args): ScenarioEvaluation[] {
  return evaluateScenarios(readModelFile(oneFile(args)));
}

/**
 * Evaluates the model; with --out writes the workbook. Prints the result
 * document with --json, else every evaluation's table; with --out only a
 * summary (the tables are in the workbook) unless --tables asks for them.
 */
async function runCommand(args: Args, io: Output, language: Language): Promise<void> {
  const out = args.options.get("--out");
  const statements = args.flags.has("--statements");
  if (statements && out === undefined) throw new CliError("--statements", "statementsNeedOut");
  const replacing = out !== undefined && checkOut(out, args);
  const evaluations = evaluateFile(args);
  const json = args.flags.has("--json");
  const tables = out === undefined || args.flags.has("--tables");
  // Every line of every scenario written as text only where it is printed; the workbook writes its own.
  const document = json || tables ? resultDocument(evaluations) : undefined;
  const results = document === undefined ? {} : { results: document.results };
  if (out !== undefined) await writeWorkbookFile(out, [{ evaluations, statements, ...results }], language);
  if (document !== undefined && json) {
    io.out(`${stringifyJson(document)}\n`);
    return;
  }
  const words = cliWords(language);
  if (document !== undefined) io.out(resultTables(evaluations, document.results, language));
  else io.out(summaryOf(evaluations, words));
  if (out !== undefined) io.out(`\n${replacing ? words.wroteOver(out) : words.wrote(out)}\n`);
}

/** Each evaluation's total, parties and lines, as `run --out` prints them. */
function summaryOf(evaluations: readonly ScenarioEvaluation[], words: CliWords): string {
  const base = evaluations[0]?.evaluation;
  const totals = evaluations.map((e) => scenarioTotals(e.scenario?.name ?? null, e.evaluation, base));
  return summaryTable(
    evaluations.map((e) => e.evaluation.model),
    totals,
    words,
  );
}

/**
 * Refuses an --out that is the model file, or a file already there without
 * --force (nothing is written over without the user asking), before any
 * work; says whether the write will replace a file.
 */
function checkOut(out: string, args: Args): boolean {
  if (sameFile(out, oneFile(args))) throw new CliError("--out", "outIsModel", { file: out });
  const there = existsSync(out);
  if (there && !args.flags.has("--force")) throw new CliError("--out", "outExists", { file: out });
  return there;
}

function compareCommand(args: Args, io: Output, language: Language): void {
  const document = readModelFile(oneFile(args));
  const names = parseModel(document).scenarios.map((s) => s.name);
  const a = scenarioOption(args, "--a", names) ?? null;
  const named = scenarioOption(args, "--b", names);
  const b = named === undefined ? names[0] : named;
  if (b === undefined) throw new CliError(oneFile(args), "noScenarios");
  const result = comparisonDocument(compareScenarios(document, a, b), a, b);
  io.out(args.flags.has("--json") ? `${stringifyJson(result)}\n` : comparisonTable(result, language));
}

async function exportCommand(args: Args, io: Output, language: Language): Promise<void> {
  const dir = args.options.get("--out-dir");
  if (dir === undefined) throw new CliError("export", "exportNeedsOutDir");
  const evaluations = evaluateFile(args);
  const names = evaluations.slice(1).map((e) => e.scenario?.name ?? "");
  const scenario = scenarioOption(args, "--scenario", names) ?? null;
  const files = await exportFiles(evaluations, { scenario, language });
  const model = files.find((f) => sameFile(path.join(dir, f.name), oneFile(args)));
  if (model !== undefined) throw new CliError(path.join(dir, model.name), "exportIsModel");
  const { replaced } = await writeFiles(dir, files, { force: args.flags.has("--force") });
  const words = cliWords(language);
  io.out(`${words.wroteFiles(files.length, dir)}\n${files.map((f) => `  ${f.name}`).join("\n")}\n`);
  if (replaced.length > 0) io.out(`${words.replaced(replaced.length, replaced.join(", "))}\n`);
}

/** Whether two paths name the same file, as a file system that ignores case would (and through links). */
function sameFile(a: string, b: string): boolean {
  const real = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return sameFileKey(real(a)) === sameFileKey(real(b));
}

/** A scenario named by an option: undefined when not given, null for the base model. */
function scenarioOption(args: Args, option: string, names: readonly string[]): string | null | undefined {
  const name = args.options.get(option);
  if (name === undefined || names.includes(name)) return name;
  if (/^(base|grundmodell(en)?)$/i.test(name)) return null;
  throw new UnknownScenarioError(name, names, option);
}

function importCommand(args: Args, io: Output, language: Language): void {
  const [file, ...extra] = args.files;
  if (file === undefined) throw new CliError("import", "needsCsv");
  if (extra.length > 0) throw new CliError("import", "oneCsv", { count: args.files.length });
  const party = args.options.get("--party");
  const name = args.options.get("--name");
  const decimal = args.options.get("--decimal");
  io.out(
    importFile(file, {
      keys: args.repeated.get("--key") ?? [],
      language,
      ...(party === undefined ? {} : { party }),
      ...(name === undefined ? {} : { name }),
      ...(decimal === undefined ? {} : { decimal }),
    }),
  );
}

function validateCommand(args: Args, io: Output, language: Language): void {
  const evaluations = evaluateFile(args);
  const model = evaluations[0]?.evaluation.model;
  const words = cliWords(language);
  io.out(
    `${words.valid(model?.name ?? "", model?.parties.length ?? 0, model?.lines.length ?? 0, evaluations.length - 1)}\n`,
  );
}
