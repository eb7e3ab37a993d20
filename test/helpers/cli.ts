import { spawnSync } from "node:child_process";
import path from "node:path";
import { main } from "../../src/cli/main";

export const ROOT = path.resolve(__dirname, "..", "..");
export const EXAMPLES = path.join(ROOT, "examples");

/** What a command line run printed and how it ended. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in this process, capturing what it prints, with no locale set (Swedish). */
export async function runCli(...argv: string[]): Promise<Run> {
  return runCliIn({}, ...argv);
}

/** Runs the command line in this process with the given environment (LANG and the like). */
export async function runCliIn(env: Readonly<Record<string, string>>, ...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) }, env);
  return { code, stdout, stderr };
}

/** Runs the built `fordela` command as a user would, in a child process, with no locale set unless given. */
export function runBin(...argv: string[]): Run {
  return runBinIn({}, ...argv);
}

/** Runs the built `fordela` command in a child process with the given locale variables. */
export function runBinIn(locale: Readonly<Record<string, string>>, ...argv: string[]): Run {
  const env = { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "", ...locale };
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin", "fordela.js"), ...argv], {
    cwd: ROOT,
    encoding: "utf8",
    env,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A decimal string as a BigInt count of millionths, for exact sums in tests. */
export function micros(decimal: string): bigint {
  const [whole = "0", fraction = ""] = decimal.replace("-", "").split(".");
  const value = BigInt(whole) * 1_000_000n + BigInt((fraction + "000000").slice(0, 6));
  return decimal.startsWith("-") ? -value : value;
}
