#!/usr/bin/env node
"use strict";
// `npm start`: builds the add-in for development and serves it on port 3000 —
// over https when office-addin-dev-certs can install its certificate (what
// Excel needs to load the add-in), otherwise over http on 127.0.0.1 for the
// browser preview, saying so.
const path = require("node:path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const config = require("../webpack.config.js")({}, { mode: "development" });

const PORT = Number(process.env.PORT ?? 3000);
const officeJs = path.join(__dirname, "..", "node_modules", "@microsoft", "office-js", "dist");

async function httpsOptions() {
  try {
    const certs = require("office-addin-dev-certs");
    return { type: "https", options: await certs.getHttpsServerOptions() };
  } catch (error) {
    console.warn(
      `\nCould not install a development certificate (${String(error?.message ?? error).split("\n")[0]}).\n` +
        "Serving over http instead: open the browser preview below. To sideload into Excel, which needs https,\n" +
        "run `npx office-addin-dev-certs install` where you have administrator rights, then `npm start` again.\n",
    );
    return undefined;
  }
}

async function start() {
  const https = await httpsOptions();
  const server = new WebpackDevServer(
    {
      host: https ? "localhost" : "127.0.0.1",
      port: PORT,
      server: https ?? "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: officeJs, publicPath: "/office-js" }],
      devMiddleware: { writeToDisk: false },
      client: { overlay: false },
    },
    webpack(config),
  );
  await server.start();
  const url = `${https ? "https://localhost" : "http://127.0.0.1"}:${PORT}/taskpane.html`;
  console.log(
    `\nFördela is served at ${url}\nOutside Excel the pane runs as a preview against a workbook in memory.\n`,
  );
}

start().catch((error) => {
  console.error(`npm start: ${error.message}`);
  process.exitCode = 1;
});
