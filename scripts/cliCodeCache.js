"use strict";
// The last step of `npm run build:cli`: runs the bundled command line on
// every example, as `fordela run EXAMPLE --out FILE.xlsx` does, then saves
// the code V8 compiled for it as dist/node/fordela.cache, which
// bin/loadCli.js hands to V8 on every later run (see there why).
const { mkdtempSync, readdirSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");
const { loadCli } = require("../bin/loadCli.js");

async function main() {
  const { cli, saveCache } = loadCli();
  const examples = path.join(__dirname, "..", "examples");
  const dir = mkdtempSync(path.join(tmpdir(), "fordela-cache-"));
  const quiet = { out: () => {}, err: () => {} };
  try {
    for (const name of readdirSync(examples).filter((f) => f.endsWith(".json"))) {
      const out = path.join(dir, `${path.basename(name, ".json")}.xlsx`);
      const code = await cli.main(["run", path.join(examples, name), "--out", out], quiet);
      if (code !== 0) throw new Error(`fordela run ${name} exited with ${code}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  saveCache();
}

main().catch((error) => {
  process.stderr.write(`cliCodeCache: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
