import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../helpers/cli";

// bin/loadCli.js loads the bundled command line with the code cache made at
// build time, and without it whenever the cache does not belong to the bundle.
// Each load runs in a child process: V8 takes a cache as a fresh Node would.

const CACHE = path.join(ROOT, "dist", "node", "fordela.cache");

/** Loads the command line through a copy of bin/loadCli.js in `root`; what it says of the load. */
function load(root: string, then = ""): { cached: boolean; main: string; result?: unknown } {
  const script = `
    const loaded = require(${JSON.stringify(path.join(root, "bin", "loadCli.js"))}).loadCli();
    ${then}
    Promise.resolve(loaded.cli.main(["--help"], { out: () => {}, err: () => {} })).then((result) =>
      process.stdout.write(JSON.stringify({ cached: loaded.cached, main: typeof loaded.cli.main, result })));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) as {
    cached: boolean;
    main: string;
  };
}

/** A folder laid out as the package is, with bin/loadCli.js and a small bundle of its own. */
function packageWith(bundle: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "fordela-load-"));
  mkdirSync(path.join(root, "bin"));
  mkdirSync(path.join(root, "dist", "node"), { recursive: true });
  copyFileSync(path.join(ROOT, "bin", "loadCli.js"), path.join(root, "bin", "loadCli.js"));
  writeFileSync(path.join(root, "dist", "node", "fordela.js"), bundle);
  return root;
}

const cacheOf = (root: string) => path.join(root, "dist", "node", "fordela.cache");

describe("loading the command line", () => {
  it("uses the code cache the build made for the bundle", () => {
    expect(readFileSync(CACHE).length).toBeGreaterThan(1000);
    expect(load(ROOT)).toEqual({ cached: true, main: "function", result: 0 });
  });

  it("loads the bundle without a cache when there is none", () => {
    const root = packageWith("exports.main = async () => 7;");
    expect(load(root)).toEqual({ cached: false, main: "function", result: 7 });
  });

  it("uses a cache it saved for the same bundle", () => {
    const root = packageWith("exports.main = async () => 7;");
    load(root, "loaded.saveCache();");
    expect(load(root)).toEqual({ cached: true, main: "function", result: 7 });
  });

  it("leaves a cache made from another bundle unused, and runs the bundle there is", () => {
    const root = packageWith("exports.main = async () => 7;");
    load(root, "loaded.saveCache();");
    // as long as the first bundle, so that V8's own check (of the length) would not tell them apart
    writeFileSync(path.join(root, "dist", "node", "fordela.js"), "exports.main = async () => 8;");
    expect(load(root)).toEqual({ cached: false, main: "function", result: 8 });
  });

  it("leaves a cache V8 refuses unused", () => {
    const root = packageWith("exports.main = async () => 7;");
    load(root, "loaded.saveCache();");
    const bytes = readFileSync(cacheOf(root));
    // the bundle's key kept, V8's data spoilt
    writeFileSync(cacheOf(root), Buffer.concat([bytes.subarray(0, 32), Buffer.alloc(bytes.length - 32, 7)]));
    expect(load(root)).toEqual({ cached: false, main: "function", result: 7 });
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

  it("says the command line is not built when the bundle is missing", () => {
    const root = packageWith("");
    copyFileSync(path.join(ROOT, "bin", "fordela.js"), path.join(root, "bin", "fordela.js"));
    rmSync(path.join(root, "dist", "node", "fordela.js"));
    let stderr = "";
    try {
      execFileSync(process.execPath, [path.join(root, "bin", "fordela.js"), "--help"], { stdio: "pipe" });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr).toContain("npm run build:cli");
  });
});
