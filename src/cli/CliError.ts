/**
 * A command-line failure that is not a refused model (a missing file, broken
 * JSON, a wrong option): printed as one line, exit code 1.
 *
 * @example
 * throw new CliError("model.json: no such file");
 */
export class CliError extends Error {
  /** The exit status: 1, or 2 where the model itself is refused (a file past the size limit). */
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}
