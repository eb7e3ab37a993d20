import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../helpers/cli";

// bin/loadCli.js loads the bundled command line with the code cache made at
// build time, and without it whenever the cache does not belong to the bundle.
// Each load runs in a child process: V8 takes a cache as a fresh Node would.

const CACHE = path.join(ROOT, "dist", "node", "fordela.cache");

interface Load {
  readonly cached: boolean;
  readonly main: string;
  readonly result?: unknown;
}

/** Loads the command line through bin/loadCli.js in `root` (with Node's `options`); what it says of the load. */
function load(root: string, then = "", options: readonly string[] = []): Load {
  const script = `
    const loaded = require(${JSON.stringify(path.join(root, "bin", "loadCli.js"))}).loadCli();
    ${then}
    Promise.resolve(loaded.cli.main(["--help"], { out: () => {}, err: () => {} })).then((result) =>
      process.stdout.write(JSON.stringify({ cached: loaded.cached, main: typeof loaded.cli.main, result })));`;
  return JSON.parse(execFileSync(process.execPath, [...options, "-e", script], { encoding: "utf8" })) as Load;
}

const made: string[] = [];
afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A folder laid out as the package is, with bin/ and a small bundle of its own. */
function packageWith(bundle: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "fordela-load-"));
  made.push(root);
  mkdirSync(path.join(root, "bin"));
  mkdirSync(path.join(root, "dist", "node"), { recursive: true });
  for (const file of ["loadCli.js", "fordela.js"])
    copyFileSync(path.join(ROOT, "bin", file), path.join(root, "bin", file));
  writeFileSync(path.join(root, "dist", "node", "fordela.js"), bundle);
  return root;
}

const cacheOf = (root: string) => path.join(root, "dist", "node", "fordela.cache");
const SEVEN = "exports.main = async () => 7;";

describe("loading the command line", () => {
  it("uses the code cache the build made for the bundle", () => {
    expect(readFileSync(CACHE).length).toBeGreaterThan(1000);
    expect(load(ROOT)).toEqual({ cached: true, main: "function", result: 0 });
  });

  it("loads the bundle without a cache when there is none", () => {
    expect(load(packageWith(SEVEN))).toEqual({ cached: false, main: "function", result: 7 });
  });

  it("uses a cache it saved for the same bundle", () => {
    const root = packageWith(SEVEN);
    load(root, "loaded.saveCache();");
    expect(load(root)).toEqual({ cached: true, main: "function", result: 7 });
  });

  it("leaves a cache made from another bundle unused, and runs the bundle there is", () => {
    const root = packageWith(SEVEN);
    load(root, "loaded.saveCache();");
    // as long as the first bundle, so that V8's own check (of the length) would not tell them apart
    writeFileSync(path.join(root, "dist", "node", "fordela.js"), SEVEN.replace("7", "8"));
    expect(load(root)).toEqual({ cached: false, main: "function", result: 8 });
  });

  it("leaves a damaged cache unused, which V8 would take and stop the process on", () => {
    const root = packageWith(readFileSync(path.join(ROOT, "dist", "node", "fordela.js"), "utf8"));
    load(root, "loaded.saveCache();");
    const bytes = readFileSync(cacheOf(root));
    // its head (the bundle's and the code's hashes) kept, bytes in the middle of the code spoilt
    bytes.fill(7, bytes.length >> 1, (bytes.length >> 1) + 400);
    writeFileSync(cacheOf(root), bytes);
    expect(load(root)).toEqual({ cached: false, main: "function", result: 0 });
    writeFileSync(cacheOf(root), bytes.subarray(0, bytes.length >> 1));
    expect(load(root)).toEqual({ cached: false, main: "function", result: 0 });
  });

  it("leaves a cache V8 refuses (made under other flags) unused", () => {
    const root = packageWith(SEVEN);
    load(root, "loaded.saveCache();", ["--stack-size=900"]);
    expect(load(root)).toEqual({ cached: false, main: "function", result: 7 });
  });

  it("runs the bundle as Node's require runs a module", () => {
    const bundle = `const self = this;
      exports.main = async () => [self === exports, module.filename === __filename, module.id === __filename,
        module.loaded, require.main === process.mainModule, path.basename(__dirname)];
      const path = require("node:path");`;
    expect(load(packageWith(bundle)).result).toEqual([true, true, true, true, true, "node"]);
  });

  it("narrows the compiler's inlining on V8 11 (Node 20), where it was measured, and leaves other V8s as they are", () => {
    const script = `const { compilerFlags } = require(${JSON.stringify(path.join(ROOT, "bin", "loadCli.js"))});
      process.stdout.write(JSON.stringify(["11.3.244.8-node.33", "12.4.254.21-node.24", "10.2.154.26-node.26"].map(compilerFlags)));`;
    expect(JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }))).toEqual([
      "--max-inlined-bytecode-size-cumulative=100",
      null,
      null,
    ]);
  });

  it("sets the compiler's flags for this V8 as it loads the bundle, and no others", () => {
    const script = `const v8 = require("node:v8");
      const set = [];
      const original = v8.setFlagsFromString;
      v8.setFlagsFromString = (flags) => { set.push(flags); original(flags); };
      const { loadCli, compilerFlags } = require(${JSON.stringify(path.join(ROOT, "bin", "loadCli.js"))});
      loadCli();
      process.stdout.write(JSON.stringify({ set, expected: compilerFlags(process.versions.v8) ?? null }));`;
    const { set, expected } = JSON.parse(
      execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }),
    ) as {
      set: string[];
      expected: string | null;
    };
    expect(set).toEqual(expected === null ? [] : [expected]);
  });
});

describe("the fordela command, as it loads the command line", () => {
  const fordela = (root: string) =>
    spawnSync(process.execPath, [path.join(root, "bin", "fordela.js"), "--help"], { encoding: "utf8" });

  it("says the command line is not built when the bundle is missing", () => {
    const root = packageWith("");
    rmSync(path.join(root, "dist", "node", "fordela.js"));
    const run = fordela(root);
    expect([run.status, run.stderr]).toEqual([
      1,
      "fordela: the command line is not built yet; run `npm run build:cli` (npm ci does it for you)\n",
    ]);
  });

  it("shows any other failure to load as it is, not as a missing build", () => {
    const run = fordela(packageWith('throw new Error("the bundle is broken");'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("the bundle is broken");
    expect(run.stderr).not.toContain("not built");
  });
});
