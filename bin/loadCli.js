"use strict";
// Loads the bundled command line (dist/node/fordela.js, webpack.cli.config.js)
// with V8's code cache for it (dist/node/fordela.cache), which
// scripts/cliCodeCache.js makes when the command line is built: V8 then
// neither parses nor compiles what the cache holds, the bundle's top level
// and every function a run of the examples compiled. On the national model
// that took about 25 ms of the run (medians of 15 alternated runs).
//
// Our own rather than a library: v8-compile-cache and Node 22's
// module.enableCompileCache write their caches while the command runs, in
// the user's folders; this one is made once, at build time, and only read.
// A cache that is missing, made from another bundle (its first 32 bytes are
// the bundle's SHA-256) or refused by V8 (another Node) is left unused, and
// the bundle is compiled as without one.
const { createHash } = require("node:crypto");
const { readFileSync, writeFileSync } = require("node:fs");
const { createRequire, wrap } = require("node:module");
const path = require("node:path");
const v8 = require("node:v8");
const vm = require("node:vm");

const BUNDLE = path.join(__dirname, "..", "dist", "node", "fordela.js");
const CACHE = path.join(__dirname, "..", "dist", "node", "fordela.cache");
const KEY_BYTES = 32;

/**
 * How much bytecode V8's optimizing compiler (TurboFan) may inline into a
 * function it optimizes, in all; V8's default is 920. A run of the command
 * is short, under a second at national scale, and with the default V8 spent
 * about as much CPU optimizing as the command spent running, on the other
 * core of a two-core machine, which the command then waited for: on the
 * national model, 100 made the run 521 ms instead of 620 (CPU 880 ms
 * instead of 1 078; medians of 11 alternated runs), and the ten times
 * larger models' runs no slower (3.1 and 4.0 s). Only where it was
 * measured: V8 11 (Node 20), which knows the flag; elsewhere V8's own
 * choice stands. Exactness is not touched: the flag only changes which
 * functions the compiler copies into others.
 */
const INLINING = "--max-inlined-bytecode-size-cumulative=100";

/** The V8 flags the command line runs with on a V8 of this version ("11.3.244.8-node.33"), if any. */
function compilerFlags(version) {
  return version.split(".")[0] === "11" ? INLINING : undefined;
}

/** Sets {@link compilerFlags} for this V8, before the bundle is compiled (its code cache is made with them too). */
function tuneCompiler() {
  const flags = compilerFlags(process.versions.v8);
  if (flags !== undefined) v8.setFlagsFromString(flags);
}

/** The cache's code for this bundle, or undefined. */
function cacheFor(key) {
  let bytes;
  try {
    bytes = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  return bytes.length > KEY_BYTES && bytes.subarray(0, KEY_BYTES).equals(key)
    ? bytes.subarray(KEY_BYTES)
    : undefined;
}

/**
 * The command line's exports ({ main }), and `saveCache`, which writes the
 * code V8 has compiled for the bundle so far as its cache (the build's).
 * Throws ENOENT when the command line is not built.
 */
function loadCli() {
  tuneCompiler();
  const source = readFileSync(BUNDLE, "utf8");
  const key = createHash("sha256").update(source).digest();
  const cachedData = cacheFor(key);
  const script = new vm.Script(wrap(source), { filename: BUNDLE, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return {
    cli: module.exports,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCache: () => writeFileSync(CACHE, Buffer.concat([key, script.createCachedData()])),
  };
}

module.exports = { loadCli, compilerFlags, tuneCompiler, BUNDLE, CACHE };
