import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * The pane is typechecked against React's types but ships on Preact's
 * React-compatible layer (webpack.config.js aliases "react" and "react-dom"
 * to preact/compat, and so does jest.config.js here). A React API that layer
 * lacks would typecheck and then fail in the add-in: every name the sources
 * import from React must be one Preact's layer exports.
 */
const SRC = resolve(__dirname, "../../src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The values (not types) each of React's modules is asked for, over all the sources. */
function importedValues(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const statement = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+"(react|react-dom|react-dom\/client)"/g;
  for (const file of sources(SRC)) {
    for (const [, typeOnly, names, module] of readFileSync(file, "utf8").matchAll(statement)) {
      if (typeOnly !== undefined || module === undefined || names === undefined) continue;
      const values = names
        .split(",")
        .map((n) => n.trim())
        .filter((n) => n !== "" && !n.startsWith("type "))
        .map((n) => n.split(/\s+as\s+/)[0] ?? n);
      const set = found.get(module) ?? new Set<string>();
      values.forEach((v) => set.add(v));
      found.set(module, set);
    }
  }
  return found;
}

describe("the pane on Preact's React-compatible layer", () => {
  it("runs here on preact/compat, as the add-in does", () => {
    expect([require.resolve("react"), require.resolve("react-dom/client")]).toEqual([
      expect.stringMatching(/node_modules[\\/]preact[\\/]compat[\\/]/),
      expect.stringMatching(/node_modules[\\/]preact[\\/]compat[\\/]/),
    ]);
  });

  it("finds every React name the sources import in preact/compat", async () => {
    const imported = importedValues();
    // The scan itself must find the pane's imports, or the check below would pass on nothing.
    expect(imported.get("react")).toEqual(expect.any(Set));
    const missing: string[] = [];
    for (const [module, names] of imported) {
      const exported = (await import(module)) as Record<string, unknown>;
      missing.push(...[...names].filter((n) => exported[n] === undefined).map((n) => `${module}: ${n}`));
    }
    expect(missing).toEqual([]);
  });
});
