#!/usr/bin/env node
"use strict";
// `npm run demo`: runs every bundled Jämtland example through the command line and prints its tables.
const { readdirSync } = require("node:fs");
const path = require("node:path");
const { main } = require("../dist/node/cli/main.js");

const examples = path.join(__dirname, "..", "examples");
const io = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

async function demo() {
  let failures = 0;
  for (const file of readdirSync(examples)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    process.stdout.write(`\n=== ${file} ===\n\n`);
    const code = await main(["run", path.join(examples, file)], io);
    if (code !== 0) failures++;
  }
  process.exitCode = failures === 0 ? 0 : 1;
}

demo();
