// Bundles the compiled command line (dist/node/cli/main.js, from tsc) into one
// file, dist/node/fordela.js, which bin/fordela.js loads. One file, not the
// 146 modules tsc writes: Node resolves, reads and wraps each module it
// loads, and on this machine that took ~80 ms CPU of every run; the bundle
// loads in ~30. Not minified, so stack traces and names stay readable.
const path = require("node:path");

module.exports = {
  mode: "production",
  target: "node20",
  entry: path.resolve(__dirname, "dist/node/cli/main.js"),
  output: {
    path: path.resolve(__dirname, "dist/node"),
    filename: "fordela.js",
    library: { type: "commonjs2" },
  },
  externalsPresets: { node: true },
  optimization: { minimize: false },
  devtool: false,
  // Errors and warnings only, without the "compiled successfully" line, which
  // would otherwise open every `npm run demo` and `npm test` a newcomer runs.
  stats: { preset: "errors-warnings", errorsCount: false, warningsCount: false },
};
