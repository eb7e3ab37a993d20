import { CliError } from "./CliError";

/** A command line split into the command, its files and its options. */
export interface Args {
  readonly command: string | undefined;
  readonly files: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
  /** Every value of each option, for options that may be given more than once (`--key`). */
  readonly repeated: ReadonlyMap<string, readonly string[]>;
}

/**
 * Splits arguments: `--json` is a flag, `--out FILE` (an option in `valued`)
 * takes the next argument, anything else is a file.
 *
 * @example
 * parseArgs(["run", "m.json", "--json"], ["--out"]).flags.has("--json"); // true
 */
export function parseArgs(argv: readonly string[], valued: readonly string[]): Args {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (valued.includes(arg)) {
      const value = rest[++i];
      if (value === undefined || value.startsWith("--")) throw new CliError(arg, "needsValue");
      options.set(arg, value);
      repeated.set(arg, [...(repeated.get(arg) ?? []), value]);
    } else if (arg.startsWith("--")) flags.add(arg);
    else files.push(arg);
  }
  return { command, files, flags, options, repeated };
}
