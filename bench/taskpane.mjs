// taskpane.*: what the built pane (dist/web) loads before its first paint, and how soon it shows,
// in headless Chromium with the Excel stand-in (Swedish, light theme: the add-in's default).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { median } from "./timing.mjs";

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The page's own scripts and stylesheets as its HTML names them (office.js, from Microsoft's CDN, left out). */
function linked(web) {
  const html = readFileSync(path.join(web, "taskpane.html"), "utf8");
  const own = (src) => !/^https?:/.test(src);
  return {
    scripts: [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]).filter(own),
    styles: [...html.matchAll(/<link[^>]*href=["']?([^"' >]+\.css)/g)].map((m) => m[1]).filter(own),
  };
}

/**
 * In the page: when the heading showed, and the page's own scripts whose fetch began before the
 * first render was both in the page (the pane's mark, set as the render is committed) and painted
 * (the browser's first contentful paint), whichever came later.
 */
/* global location */
async function inPage() {
  const shown = performance.now();
  const contentful = await new Promise((resolve) =>
    new PerformanceObserver((list, observer) => {
      const [entry] = list.getEntriesByName("first-contentful-paint");
      if (entry === undefined) return;
      observer.disconnect();
      resolve(entry);
    }).observe({ type: "paint", buffered: true }),
  );
  const [mark] = performance.getEntriesByName("fordela-first-render");
  // No mark: every script fetched so far counts.
  // The paint's own time on the page's thread where Chromium gives it (paintTime), not when the
  // compositor showed the frame (startTime, later): a script asked for in between waited for nothing.
  const until = Math.max(mark?.startTime ?? Infinity, contentful.paintTime ?? contentful.startTime);
  const before = performance
    .getEntriesByType("resource")
    .filter((r) => r.initiatorType === "script" && r.name.startsWith(location.origin))
    .filter((r) => r.startTime <= until)
    .map((r) => new URL(r.name).pathname.slice(1));
  return { shown, before };
}

/** Opens the pane seven times; the median time to its heading, and every script any opening needed first. */
async function openings(require) {
  const { serveBuild, buildStandIn, launch, openPane } = require("../dist/bench/test/e2e/browser.js");
  const { server, url } = await serveBuild();
  const standIn = await buildStandIn();
  const browser = await launch();
  const times = [];
  const before = new Set();
  try {
    for (let i = 0; i < 7; i++) {
      const page = await openPane(browser, url, standIn);
      await page.getByRole("heading", { name: "Fördela" }).waitFor();
      const seen = await page.evaluate(inPage);
      times.push(seen.shown);
      seen.before.forEach((s) => before.add(s));
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { firstRenderMs: Math.round(median(times)), before: [...before] };
}

/**
 * taskpane.initialJsGzipBytes: the page's own scripts loaded before its first
 * render (those its HTML names, and any chunk whose fetch began before the
 * render was both committed and painted), each gzipped at level 9. The stylesheet Griffel's CSS extraction writes is
 * counted apart, in taskpane.initialCssGzipBytes (also before the first paint).
 */
export async function taskpaneFigures(require, root) {
  const web = path.join(root, "dist", "web");
  const { scripts, styles } = linked(web);
  const { firstRenderMs, before } = await openings(require);
  const initial = [...new Set([...scripts, ...before])];
  return {
    "taskpane.initialJsGzipBytes": initial.reduce((n, s) => n + gzipBytes(path.join(web, s)), 0),
    "taskpane.initialScripts": initial.join(", "),
    "taskpane.initialCssGzipBytes": styles.reduce((n, s) => n + gzipBytes(path.join(web, s)), 0),
    "taskpane.initialStylesheets": styles.join(", "),
    "taskpane.initialBytesMeasured":
      "gzip level 9; JS: the page's own scripts whose fetch began before its first render was committed and painted (the later of the pane's mark and the first contentful paint's paintTime) in headless Chromium (Excel stand-in, Swedish, light theme), office.js left out; CSS: Griffel's extracted stylesheet, apart",
    "taskpane.firstRenderMs": firstRenderMs,
  };
}
