import {
  compareScenarios,
  comparisonDocument,
  evaluateScenarios,
  ModelError,
  parseModel,
  resultDocument,
  stringifyJson,
  quote,
  UnknownScenarioError,
  type Evaluation,
  type ScenarioEvaluation,
} from "../engine";
import { heldMark } from "../workbook/render/heldText";
import type { Language } from "../workbook/render/labels";
import { CliError } from "./CliError";
import { writeWorkbookFile } from "./writeWorkbookFile";
import { writeFiles } from "./writeFiles";
import { importFile } from "./importCommand";
import { realpathSync } from "node:fs";
import path from "node:path";
import { sameFileKey } from "../workbook/export/fileNames";
import { InputError } from "../workbook/inputs/InputError";
import { exportFiles } from "../workbook/export/exportFiles";
import { parseArgs, type Args } from "./parseArgs";
import { readModelFile } from "./readModelFile";
import { comparisonTable } from "./comparisonTable";
import { scenarioTable } from "./scenarioTable";
import { scheduleTable } from "./scheduleTable";

/** Where the command line writes. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = `Usage:
  fordela run MODEL.json [--json] [--out FILE.xlsx [--statements]] [--lang sv|en]
                                    split every line of the model and of each scenario;
                                    --out also writes the allocation as an Excel workbook,
                                    --statements adds each party's statement as a sheet
  fordela compare MODEL.json [--a NAME] [--b NAME] [--json]
                                    scenario B against scenario A, party by party, with the
                                    difference split into causes; A is the base model unless
                                    named, B the first scenario unless named ("base" names the base)
  fordela export MODEL.json --out-dir DIR [--scenario NAME] [--force] [--lang sv|en]
                                    each party's statement as its own .xlsx file and
                                    fordelning.csv for all parties, for the base model
                                    or the named scenario; written whole or not at all,
                                    --force to replace files of the same names in DIR
  fordela validate MODEL.json       check a model without printing its results
  fordela import FILE.csv [--party COL] [--name COL] [--key COL=ID]... [--decimal comma|point] [--lang sv|en]
                                    read parties and keys from a CSV file or SCB export, as the
                                    pane does, and print them as { "parties", "keys" } JSON;
                                    COL is a heading or a column number
  fordela --help                    this text

MODEL.json may be - to read the model from standard input.

Exit status: 0 done, 2 the model or file was refused (the field or FILE:LINE:COLUMN and the reason
on stderr), 1 anything else.`;

interface Command {
  readonly flags: readonly string[];
  readonly options: readonly string[];
  readonly run: (args: Args, io: Output) => Promise<void> | void;
}

const COMMANDS: Record<string, Command> = {
  run: { flags: ["--json", "--statements"], options: ["--out", "--lang"], run: runCommand },
  compare: { flags: ["--json"], options: ["--a", "--b"], run: compareCommand },
  export: { flags: ["--force"], options: ["--out-dir", "--scenario", "--lang"], run: exportCommand },
  validate: { flags: [], options: [], run: validateCommand },
  import: {
    flags: [],
    options: ["--party", "--name", "--key", "--decimal", "--lang"],
    run: importCommand,
  },
};

const VALUED = [...new Set(Object.values(COMMANDS).flatMap((c) => c.options))];

/**
 * Runs the `fordela` command line and returns its exit status: 0 on success,
 * 2 for a refused model, 1 for anything else. Never throws.
 *
 * @example
 * await main(["run", "examples/samordningsforbund.json"], io); // 0
 */
export async function main(argv: readonly string[], io: Output): Promise<number> {
  try {
    const args = parseArgs(argv, VALUED);
    if (args.command === undefined || argv.includes("--help") || args.command === "help") {
      io.out(`${USAGE}\n`);
      return args.command === undefined ? 1 : 0;
    }
    const command = COMMANDS[args.command];
    if (command === undefined) throw new CliError(`unknown command "${args.command}"\n${USAGE}`);
    const unknown = [...args.flags, ...args.options.keys()].find(
      (f) => !command.flags.includes(f) && !command.options.includes(f),
    );
    if (unknown !== undefined) throw new CliError(`unknown option ${unknown} for "${args.command}"`);
    await command.run(args, io);
    return 0;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: Output): number {
  if (error instanceof ModelError) {
    io.err(`refused: ${error.message}\n`);
    return 2;
  }
  if (error instanceof InputError) {
    io.err(`fordela: ${error.message}\n`);
    return 2;
  }
  if (error instanceof UnknownScenarioError) io.err(`fordela: ${error.message}\n`);
  else if (error instanceof CliError) {
    io.err(`fordela: ${error.message}\n`);
    return error.exitCode;
  } else io.err(`${unexpected(error)}\n`);
  return 1;
}

/** One line for a failure no test provokes: what it said, and how to report it. */
function unexpected(error: unknown): string {
  const said = quote((error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim());
  return (
    `fordela: unexpected error (${said}); this is a fault in Fördela: please report it ` +
    "with the command you ran, this line and, if you can, the model file"
  );
}

function oneFile(args: Args): string {
  const [file, ...extra] = args.files;
  if (file === undefined) throw new CliError(`"${args.command}" needs a model file\n${USAGE}`);
  if (extra.length > 0)
    throw new CliError(`"${args.command}" takes one model file, not ${args.files.length}`);
  return file;
}

function evaluateFile(args: Args): ScenarioEvaluation[] {
  return evaluateScenarios(readModelFile(oneFile(args)));
}

async function runCommand(args: Args, io: Output): Promise<void> {
  const evaluations = evaluateFile(args);
  const document = resultDocument(evaluations);
  const out = args.options.get("--out");
  const statements = args.flags.has("--statements");
  if (statements && out === undefined)
    throw new CliError(
      "--statements adds sheets to the workbook that --out writes: give --out FILE.xlsx too",
    );
  if (out !== undefined && sameFile(out, oneFile(args)))
    throw new CliError(`--out ${out} is the model file itself; give the workbook another name`);
  if (out !== undefined)
    await writeWorkbookFile(out, [{ evaluations, statements, results: document.results }], language(args));
  if (args.flags.has("--json")) {
    io.out(`${stringifyJson(document)}\n`);
    return;
  }
  const tables = document.results.map((result, i) => {
    const model = evaluations[i]?.evaluation.model;
    const labels = new Map(model?.lines.map((line) => [line.id, line.label]));
    const held =
      evaluations[i] === undefined ? new Map<string, string>() : heldMarks(evaluations[i].evaluation);
    return [scenarioTable(result, labels, held), scheduleTable(result)].filter((t) => t !== "").join("\n");
  });
  io.out(tables.join("\n"));
  if (out !== undefined) io.out(`\nSkrev ${out}\n`);
}

/** Party id → its mark in the table, for the parties a bound held in any line ("golv +274 706"). */
function heldMarks(evaluation: Evaluation): Map<string, string> {
  const marks = new Map<string, string>();
  for (const { allocation } of evaluation.lines.values()) {
    for (const [party, part] of allocation) {
      if (part.held === undefined) continue;
      const mark = heldMark(evaluation.model, part.held, "sv");
      marks.set(party, marks.has(party) ? `${marks.get(party)}; ${mark}` : mark);
    }
  }
  return marks;
}

function compareCommand(args: Args, io: Output): void {
  const document = readModelFile(oneFile(args));
  const names = parseModel(document).scenarios.map((s) => s.name);
  const a = scenarioOption(args.options.get("--a"), names) ?? null;
  const named = scenarioOption(args.options.get("--b"), names);
  const b = named === undefined ? names[0] : named;
  if (b === undefined)
    throw new CliError("the model has no scenarios; name the two to compare with --a and --b");
  const result = comparisonDocument(compareScenarios(document, a, b), a, b);
  io.out(args.flags.has("--json") ? `${stringifyJson(result)}\n` : comparisonTable(result));
}

async function exportCommand(args: Args, io: Output): Promise<void> {
  const dir = args.options.get("--out-dir");
  if (dir === undefined) throw new CliError('"export" needs --out-dir DIR, the folder to write the files to');
  const evaluations = evaluateFile(args);
  const names = evaluations.slice(1).map((e) => e.scenario?.name ?? "");
  const scenario = scenarioOption(args.options.get("--scenario"), names) ?? null;
  const files = await exportFiles(evaluations, { scenario, language: language(args) });
  const model = files.find((f) => sameFile(path.join(dir, f.name), oneFile(args)));
  if (model !== undefined)
    throw new CliError(`${path.join(dir, model.name)} is the model file itself; give another --out-dir`);
  const { replaced } = await writeFiles(dir, files, { force: args.flags.has("--force") });
  io.out(`Skrev ${files.length} filer till ${dir}:\n${files.map((f) => `  ${f.name}`).join("\n")}\n`);
  if (replaced.length > 0) io.out(`Ersatte ${replaced.length} som fanns där: ${replaced.join(", ")}\n`);
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

/** A scenario named on the command line: undefined when not given, null for the base model. */
function scenarioOption(name: string | undefined, names: readonly string[]): string | null | undefined {
  if (name === undefined || names.includes(name)) return name;
  if (/^(base|grundmodell(en)?)$/i.test(name)) return null;
  throw new UnknownScenarioError(name, names);
}

function language(args: Args): Language {
  const lang = args.options.get("--lang") ?? "sv";
  if (lang !== "sv" && lang !== "en") throw new CliError(`--lang takes sv or en, not "${lang}"`);
  return lang;
}

function importCommand(args: Args, io: Output): void {
  const [file, ...extra] = args.files;
  if (file === undefined) throw new CliError(`"import" needs a CSV file\n${USAGE}`);
  if (extra.length > 0) throw new CliError(`"import" takes one file, not ${args.files.length}`);
  const party = args.options.get("--party");
  const name = args.options.get("--name");
  const decimal = args.options.get("--decimal");
  io.out(
    importFile(file, {
      keys: args.repeated.get("--key") ?? [],
      language: language(args),
      ...(party === undefined ? {} : { party }),
      ...(name === undefined ? {} : { name }),
      ...(decimal === undefined ? {} : { decimal }),
    }),
  );
}

function validateCommand(args: Args, io: Output): void {
  const evaluations = evaluateFile(args);
  const model = evaluations[0]?.evaluation.model;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  io.out(
    `OK: ${model?.name ?? ""}: ${count(model?.parties.length ?? 0, "party", "parties")}, ` +
      `${count(model?.lines.length ?? 0, "line", "lines")}, ${count(evaluations.length - 1, "scenario", "scenarios")}\n`,
  );
}
