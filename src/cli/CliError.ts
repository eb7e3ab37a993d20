/**
 * A command-line failure that is not a refused model (a missing file, broken
 * JSON, a wrong option): printed as one line, exit code 1.
 *
 * @example
 * throw new CliError("model.json: no such file");
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
