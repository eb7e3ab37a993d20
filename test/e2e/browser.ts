import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";

/** The project's folder, found from here whether this runs from test/e2e or compiled into dist/bench. */
function projectRoot(from: string): string {
  return existsSync(path.join(from, "package.json")) && existsSync(path.join(from, "manifest.xml"))
    ? from
    : projectRoot(path.dirname(from));
}

export const ROOT = projectRoot(__dirname);
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
const WEB = path.join(ROOT, "dist", "web");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  // The stylesheet Griffel's CSS extraction writes: a browser applies no stylesheet served as another type.
  ".css": "text/css",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves the built add-in (dist/web) on a free loopback port. */
export async function serveBuild(): Promise<{ server: Server; url: string }> {
  if (!existsSync(path.join(WEB, "taskpane.html")))
    throw new Error("dist/web is not built: run `npm run build` (npm run test:e2e does)");
  const server = createServer((request, response) => {
    const file = path.join(
      WEB,
      path.normalize(decodeURIComponent((request.url ?? "/").split("?")[0] ?? "/")),
    );
    if (!file.startsWith(WEB) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Bundles the scripted Excel stand-in for the browser (test code, never shipped). */
export async function buildStandIn(): Promise<string> {
  const out = path.join(ROOT, "dist", "e2e");
  // Bundled with the project's tsconfig, but as ES modules so that webpack can bundle them.
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: path.join(ROOT, "test", "e2e", "officeStandIn.ts"),
    output: { path: out, filename: "office-stand-in.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) =>
      error || stats?.hasErrors() ? reject(error ?? new Error(stats?.toString())) : resolve(),
    ),
  );
  return path.join(out, "office-stand-in.js");
}

const CHROMIUM = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"].find((p) => existsSync(p));

/** Debian's Chromium, headless, with the flags this machine needs. */
export async function launch(): Promise<Browser> {
  if (CHROMIUM === undefined)
    throw new Error("Chromium is not installed: apt-get install -y chromium (.ci/run does)");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

const OFFICE_LOCAL = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/**
 * Opens the pane with Microsoft's CDN answered locally: by the scripted Excel
 * stand-in (a path to its bundle), or by the local copy of office.js from
 * @microsoft/office-js (outside Office: the preview).
 */
export async function openPane(browser: Browser, url: string, office: string | "local"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "sv-SE" });
  if (office === "local") {
    await page.route(`${path.dirname(OFFICE_CDN)}/**`, (route) => {
      const file = path.join(
        OFFICE_LOCAL,
        new URL(route.request().url()).pathname.replace("/lib/1/hosted/", ""),
      );
      return existsSync(file)
        ? route.fulfill({ path: file, contentType: "text/javascript" })
        : route.fulfill({ status: 404 });
    });
  } else
    await page.route(OFFICE_CDN, (route) => route.fulfill({ path: office, contentType: "text/javascript" }));
  await page.goto(`${url}/taskpane.html`);
  return page;
}

/** Keeps a screenshot among the test artifacts (test-artifacts/), to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** An accessibility problem axe-core found: its rule, how bad, and where. */
export interface Violation {
  readonly id: string;
  readonly impact: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core in the page (its source injected, as the pane loads nothing
 * from outside) and returns the serious and critical violations.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    // Fluent's focus manager (Tabster) puts focusable, aria-hidden <i data-tabster-dummy> sentinels around
    // tab lists that hand focus on at once: by design, and exempted by Microsoft's own checker
    // (microsoft/tabster#288, accessibility-insights-web#7605). Only those nodes are left out.
    const sentinel = (html: string) => html.startsWith("<i ") && html.includes("data-tabster-dummy");
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes
          .filter((n) => !(v.id === "aria-hidden-focus" && sentinel(n.html)))
          .map((n) => n.target.join(" ")),
      }))
      .filter((v) => v.targets.length > 0);
  });
}

/** Whether the page scrolls sideways at its width (it should not, from 320 px up). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * Opens one of the pane's views by its tab: the tab itself where it is in
 * sight, else through the menu that holds the tabs a narrow pane has no room
 * for ("Mer").
 */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) return tab.click();
  await page.getByRole("tab", { name: /^Mer \(/ }).click();
  await page.getByRole("menuitem", { name, exact: true }).click();
}
