import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nationalModel } from "../../bench/nationalModel";
import { ROOT } from "../helpers/cli";

// `fordela run MODEL | head`: the reader goes away after a few lines. The
// command must end as it would have, not with an unhandled EPIPE's stack.

/** Runs the built command, reads its first piece of output, then closes the pipe; how it ended. */
function runAndCloseEarly(
  ...argv: string[]
): Promise<{ code: number | null; first: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, "bin", "fordela.js"), ...argv], { cwd: ROOT });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve) => {
    let first = "";
    child.stdout.once("data", (chunk: Buffer) => {
      first = chunk.toString("utf8");
      child.stdout.destroy();
    });
    child.on("close", (code) => resolve({ code, first, stderr }));
  });
}

describe("fordela run into a pipe its reader closes", () => {
  // Tables of 100 parties × 10 lines × 21 evaluations: far more than a pipe holds.
  const model = path.join(mkdtempSync(path.join(tmpdir(), "fordela-pipe-")), "model.json");
  writeFileSync(model, JSON.stringify(nationalModel({ kommuner: 100, lines: 10 })));

  it("ends with the command's own code and nothing on standard error", async () => {
    const run = await runAndCloseEarly("run", model);
    expect(run.first.length).toBeGreaterThan(0);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }, 60_000);

  it("still refuses a broken model with its message and code", async () => {
    const broken = path.join(path.dirname(model), "broken.json");
    writeFileSync(broken, '{"version": 1,');
    const run = await runAndCloseEarly("run", broken);
    expect(run.stderr).toMatch(/broken\.json/);
    expect(run.code).toBe(1);
  }, 60_000);
});
