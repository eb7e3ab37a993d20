"use strict";
// The last step of `npm run build:cli`: runs the bundled command line on
// every example, as `fordela run EXAMPLE --out FILE.xlsx` does, then saves
// the code V8 compiled for it as dist/node/fordela.cache, which
// bin/loadCli.js hands to V8 on every later run (see there why). What the
// runs print or how they end does not matter here, only the code they
// compile. The command line works without a cache, only a little slower
// to start, so a failure here is a warning and the build goes on.
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
      await cli.main(["run", path.join(examples, name), "--out", out], quiet);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  saveCache();
}

main().catch((error) => {
  process.stderr.write(
    `fordela: no code cache made (${error.message ?? error}); the command line works without one, a little slower to start\n`,
  );
});
