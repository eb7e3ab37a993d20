import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { buildStandIn, launch, serveBuild } from "./browser";

// Apart from browser.ts, which the bench compiles without Jest's globals.
/** What a browser test file shares: the built pane's address, the Office stand-in's script, one Chromium. */
export interface PaneSession {
  readonly url: string;
  readonly standIn: string;
  readonly browser: Browser;
}

/**
 * Serves the build, bundles the Excel stand-in (unless a file has no use for
 * it) and launches Chromium once before a file's tests, and closes them
 * after; the fields are there from the file's own beforeAll on.
 */
export function paneSession(options: { standIn: boolean } = { standIn: true }): PaneSession {
  const session: { url: string; standIn: string; browser?: Browser; server?: Server } = {
    url: "",
    standIn: "",
  };
  beforeAll(async () => {
    ({ server: session.server, url: session.url } = await serveBuild());
    if (options.standIn) session.standIn = await buildStandIn();
    session.browser = await launch();
  });
  afterAll(async () => {
    await session.browser?.close();
    session.server?.close();
  });
  return session as PaneSession;
}
