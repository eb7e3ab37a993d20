import { Refusal, type ParamArgs, type Params } from "../contracts/refusal";
import { CLI_MESSAGES, type CliCode, type CliPhrases } from "./cliMessages";

/**
 * A command-line failure that is not a refused model (a missing file, a
 * wrong option), as data: `path` is the file, option or command it is about.
 * Printed as one line `fordela: PATH: reason`, exit code 1.
 *
 * @example
 * throw new CliError("model.json", "noSuchFile");
 */
export class CliError<C extends CliCode = CliCode> extends Refusal {
  constructor(path: string, code: C, ...params: ParamArgs<CliPhrases, C>) {
    super(path, code, (params[0] as Params | undefined) ?? {}, CLI_MESSAGES);
    this.name = "CliError";
  }

  /** The exit status: 1, or 2 where the model itself is refused (a file past the size limit). */
  get exitCode(): 1 | 2 {
    return this.code === "tooLarge" ? 2 : 1;
  }
}
