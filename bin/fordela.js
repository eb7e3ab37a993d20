#!/usr/bin/env node
"use strict";
// The `fordela` command: a thin entry over the compiled command line, bundled
// into one file (webpack.cli.config.js) so that it loads in a fraction of the time.
let cli;
try {
  cli = require("../dist/node/fordela.js");
} catch {
  process.stderr.write(
    "fordela: the command line is not built yet; run `npm run build:cli` (npm ci does it for you)\n",
  );
  process.exit(1);
}
cli
  .main(
    process.argv.slice(2),
    {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    },
    process.env,
  )
  .then((code) => {
    process.exitCode = code;
  });
