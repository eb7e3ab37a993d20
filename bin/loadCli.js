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
// The cache begins with the SHA-256 of the bundle it was made from and the
// SHA-256 of the code after them: a cache that is missing, made from
// another bundle or damaged is left unused (V8 itself checks little of a
// cache, and a damaged one can stop the process outright), as is one V8
// refuses (another Node, other flags), and the bundle is compiled as
// without one.
const { createHash } = require("node:crypto");
const { readFileSync, renameSync, writeFileSync } = require("node:fs");
const { createRequire, wrap } = require("node:module");
const path = require("node:path");
const v8 = require("node:v8");
const vm = require("node:vm");

const BUNDLE = path.join(__dirname, "..", "dist", "node", "fordela.js");
const CACHE = path.join(__dirname, "..", "dist", "node", "fordela.cache");
const HASH_BYTES = 32;

/**
 * How much bytecode V8's optimizing compiler (TurboFan) may inline into a
 * function it optimizes, in all; V8's default is 920. A run of the command
 * is short, under a second at national scale, and with the default V8 spent
 * about as much CPU optimizing as the command spent running, on the other
 * core of a two-core machine, which the command then waited for: on the
 * national model, 100 made the run 477 ms instead of 568 (CPU 815 ms
 * instead of 991; medians of 13 alternated runs), and the ten times larger
 * models' runs no slower (3.1 and 4.0 s). Set only on the V8 it was
 * measured on, 11 (Node 20; Node 21's is an 11 too): later V8s know the
 * flag as well, but keep their own choice until someone measures them.
 * Exactness is not touched: the flag only changes which functions the
 * compiler copies into others.
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

const sha256 = (data) => createHash("sha256").update(data).digest();

/** The cache's code for the bundle whose hash is `key`, or undefined when there is none or it is not whole. */
function cacheFor(key) {
  let bytes;
  try {
    bytes = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const code = bytes.subarray(2 * HASH_BYTES);
  const whole =
    code.length > 0 &&
    bytes.subarray(0, HASH_BYTES).equals(key) &&
    bytes.subarray(HASH_BYTES, 2 * HASH_BYTES).equals(sha256(code));
  return whole ? code : undefined;
}

/** Writes a cache beside its place and renames it there: a reader never sees half of one. */
function writeCache(key, code) {
  const temporary = `${CACHE}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([key, sha256(code), code]));
  renameSync(temporary, CACHE);
}

/**
 * The command line's exports ({ main }), whether V8 took the cache, and
 * `saveCache`, which writes the code V8 has compiled for the bundle so far
 * as its cache (the build's). The bundle runs as Node's `require` runs a
 * module. Throws ENOENT, for the bundle's path, when the command line is not built.
 */
function loadCli() {
  tuneCompiler();
  const source = readFileSync(BUNDLE, "utf8");
  const key = sha256(source);
  const cachedData = cacheFor(key);
  const script = new vm.Script(wrap(source), {
    filename: BUNDLE,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const module = { exports: {}, id: BUNDLE, filename: BUNDLE, loaded: false };
  const dirname = path.dirname(BUNDLE);
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname);
  module.loaded = true;
  return {
    cli: module.exports,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCache: () => writeCache(key, script.createCachedData()),
  };
}

module.exports = { loadCli, compilerFlags, tuneCompiler, BUNDLE, CACHE };
