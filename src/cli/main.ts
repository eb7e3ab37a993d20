import { evaluateScenarios, ModelError, resultDocument, type ScenarioEvaluation } from "../engine";
import type { Language } from "../workbook/render/labels";
import { CliError } from "./CliError";
import { writeWorkbookFile } from "./writeWorkbookFile";
import { parseArgs, type Args } from "./parseArgs";
import { readModelFile } from "./readModelFile";
import { scenarioTable } from "./scenarioTable";

/** Where the command line writes. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = `Usage:
  fordela run MODEL.json [--json] [--out FILE.xlsx] [--lang sv|en]
                                    split every line of the model and of each scenario;
                                    --out also writes the allocation as an Excel workbook
  fordela validate MODEL.json       check a model without printing its results
  fordela --help                    this text

Exit status: 0 done, 2 the model was refused (the field and the reason on stderr), 1 anything else.`;

const COMMANDS: Record<string, { flags: string[]; run: (args: Args, io: Output) => Promise<void> | void }> = {
  run: { flags: ["--json"], run: runCommand },
  validate: { flags: [], run: validateCommand },
};

/**
 * Runs the `fordela` command line and returns its exit status: 0 on success,
 * 2 for a refused model, 1 for anything else. Never throws.
 *
 * @example
 * await main(["run", "examples/samordningsforbund.json"], io); // 0
 */
export async function main(argv: readonly string[], io: Output): Promise<number> {
  try {
    const args = parseArgs(argv, ["--out", "--lang"]);
    if (args.command === undefined || argv.includes("--help") || args.command === "help") {
      io.out(`${USAGE}\n`);
      return args.command === undefined ? 1 : 0;
    }
    const command = COMMANDS[args.command];
    if (command === undefined) throw new CliError(`unknown command "${args.command}"\n${USAGE}`);
    const unknown = [...args.flags].find((f) => !command.flags.includes(f));
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
  if (error instanceof CliError) io.err(`fordela: ${error.message}\n`);
  else io.err(`fordela: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
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
  if (out !== undefined) await writeWorkbookFile(out, [{ evaluations }], language(args));
  if (args.flags.has("--json")) {
    io.out(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  const tables = document.results.map((result, i) => {
    const model = evaluations[i]?.evaluation.model;
    const labels = new Map(model?.lines.map((line) => [line.id, line.label]));
    return scenarioTable(result, labels);
  });
  io.out(tables.join("\n"));
  if (out !== undefined) io.out(`\nSkrev ${out}\n`);
}

function language(args: Args): Language {
  const lang = args.options.get("--lang") ?? "sv";
  if (lang !== "sv" && lang !== "en") throw new CliError(`--lang takes sv or en, not "${lang}"`);
  return lang;
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
