// Builds the task pane and the ribbon's function file. Development serves from
// https://localhost:3000 (see scripts/start.js); a production build rewrites
// those URLs in the manifest to ADDIN_URL.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

/** The worksheet functions' registration: its JSDoc becomes functions.json, its Swedish names sit beside it. */
const FUNCTIONS = "./src/functions/excel/functions.ts";

/** Production pages load office.js from Microsoft's CDN (a Marketplace rule); development serves the local copy. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_LOCAL = "/office-js/office.js";

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const addinUrl = (process.env.ADDIN_URL ?? "https://fordela.example.se/").replace(/\/?$/, "/");
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // Its own entry, at the fixed name the manifest points at; the pane adds it after its first paint.
      functions: FUNCTIONS,
    },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: ({ chunk }) => (chunk?.name === "functions" ? "functions.js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The pane runs on Preact's React-compatible layer (about 60 kB gzip less than react-dom before the
      // first paint); "react-dom/client" and "react/jsx-runtime" follow as preact/compat/client and /jsx-runtime.
      // Fluent's context selector runs its updates through "scheduler", which Preact's shim stands in for.
      alias: { react: "preact/compat", "react-dom": "preact/compat", scheduler$: "preact/compat/scheduler" },
    },
    module: {
      rules: [
        {
          // Runs after Griffel's loader below (rules apply bottom to top): the CSS that Fluent's and our
          // precomputed styles carry moves out of the scripts into one stylesheet, taskpane.[hash].css.
          test: /\.(js|mjs|ts|tsx)$/,
          include: [path.resolve(__dirname, "src"), /node_modules[\\/]@fluentui[\\/]/],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader compiles, then Griffel computes each makeStyles'
          // classes ahead of time, so the pane's start needs none of Griffel's CSS compiling.
          use: [
            // Griffel evaluates makeStyles in Node at build time; its own resolution keeps real React there
            // (Preact's builds are ES modules, which that evaluation cannot require), so no alias.
            { loader: "@griffel/webpack-loader", options: { inheritResolveOptions: ["modules", "plugins"] } },
            { loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true } },
          ],
        },
        // The extracted rules, as CSS modules of their own, gathered into one file that the page links.
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    plugins: [
      // Griffel sorts its rules itself, so the order mini-css-extract-plugin sees between chunks does not matter.
      new MiniCssExtractPlugin({ filename: "[name].[contenthash:8].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      ...["taskpane", "commands"].map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page}.html`,
            template: `./src/${page}/${page}.html`,
            chunks: [page],
            templateParameters: { officeJs: production ? OFFICE_CDN : OFFICE_LOCAL },
          }),
      ),
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: "functions.json" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/functions/excel/functions.sv.json", to: "functions.sv.json" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Every localhost URL, the AppDomain's bare origin too, moves to the production address.
            transform: (content) =>
              production
                ? content
                    .toString()
                    .replace(/https:\/\/localhost:3000(\/?)/g, (_, slash) =>
                      slash ? addinUrl : addinUrl.replace(/\/$/, ""),
                    )
                : content,
          },
        ],
      }),
    ],
    performance: { hints: false },
  };
};
