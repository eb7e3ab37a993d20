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

/** Runs the command line in this process, capturing what it prints. */
export async function runCli(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Runs the built `fordela` command as a user would, in a child process. */
export function runBin(...argv: string[]): Run {
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin", "fordela.js"), ...argv], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A decimal string as a BigInt count of millionths, for exact sums in tests. */
export function micros(decimal: string): bigint {
  const [whole = "0", fraction = ""] = decimal.replace("-", "").split(".");
  const value = BigInt(whole) * 1_000_000n + BigInt((fraction + "000000").slice(0, 6));
  return decimal.startsWith("-") ? -value : value;
}
