#!/usr/bin/env node
"use strict";
// `npm run demo`: runs every bundled Jämtland example through the command line,
// prints its tables, and writes all of them into one workbook, fordela-demo.xlsx.
const { readdirSync } = require("node:fs");
const path = require("node:path");
const { main } = require("../dist/node/cli/main.js");
const { readModelFile } = require("../dist/node/cli/readModelFile.js");
const { writeWorkbookFile } = require("../dist/node/cli/writeWorkbookFile.js");
const { evaluateScenarios } = require("../dist/node/engine/index.js");

const examples = path.join(__dirname, "..", "examples");
const io = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
const workbook = process.env.FORDELA_DEMO_OUT ?? "fordela-demo.xlsx";

async function demo() {
  const files = readdirSync(examples)
    .filter((f) => f.endsWith(".json"))
    .sort();
  for (const file of files) {
    process.stdout.write(`\n=== ${file} ===\n\n`);
    if ((await main(["run", path.join(examples, file)], io)) !== 0) process.exitCode = 1;
  }
  const parts = files.map((file) => ({
    tag: file.replace(/\.json$/, ""),
    evaluations: evaluateScenarios(readModelFile(path.join(examples, file))),
  }));
  await writeWorkbookFile(workbook, parts, "sv");
  process.stdout.write(`\nSkrev ${workbook}: alla exempel, med formler som Excel räknar om.\n`);
}

demo().catch((error) => {
  process.stderr.write(`demo: ${error.message}\n`);
  process.exitCode = 1;
});
