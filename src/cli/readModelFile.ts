import { readFileSync } from "node:fs";
import { JsonSyntaxError, parseJson } from "../engine";
import { CliError } from "./CliError";

/**
 * Reads a model file as lossless JSON. A missing, empty or unreadable file
 * and broken JSON become one clear {@link CliError} line.
 *
 * @example
 * readModelFile("examples/samordningsforbund.json"); // the parsed document
 */
export function readModelFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${file}: no such file`);
    if (code === "EISDIR") throw new CliError(`${file}: is a folder, not a model file`);
    throw new CliError(`${file}: cannot be read (${code ?? "unknown error"})`);
  }
  if (text.trim() === "") throw new CliError(`${file}: the file is empty; expected a Fördela model (JSON)`);
  try {
    return parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new CliError(`${file}: not valid JSON: ${error.message}`);
    throw error;
  }
}
