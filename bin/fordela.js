#!/usr/bin/env node
"use strict";
// The `fordela` command: a thin entry over the compiled command line, bundled
// into one file (webpack.cli.config.js) so that it loads in a fraction of the
// time, and loaded with the code cache made when it was built (loadCli.js).
const { loadCli, BUNDLE } = require("./loadCli.js");

let cli;
try {
  cli = loadCli().cli;
} catch (error) {
  // only a missing bundle means it is not built; any other failure is shown as it is
  if (error?.code !== "ENOENT" || error.path !== BUNDLE) throw error;
  process.stderr.write(
    "fordela: the command line is not built yet; run `npm run build:cli` (npm ci does it for you)\n",
  );
  process.exit(1);
}

/**
 * A stream that quietly takes nothing more once its reader has gone (EPIPE,
 * as in `fordela run MODEL | head`): the rest is not wanted, and the command
 * goes on to its end, so a file it writes is still written whole.
 */
function untilClosed(stream) {
  let open = true;
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    open = false;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

cli
  .main(
    process.argv.slice(2),
    { out: untilClosed(process.stdout), err: untilClosed(process.stderr) },
    process.env,
  )
  .then((code) => {
    process.exitCode = code;
  });
