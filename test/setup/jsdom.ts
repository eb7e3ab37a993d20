// jsdom lacks ResizeObserver, which Fluent's TabList uses to draw its indicator; a no-op is enough in tests.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver });
}

// jsdom lacks TextEncoder, which the CSV export uses; browsers and workers have it, and Node's is the same.
if (typeof window !== "undefined" && !("TextEncoder" in globalThis)) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TextEncoder, TextDecoder } = require("node:util") as typeof import("node:util");
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

// jsdom lays nothing out: every element is 0 px wide, so Fluent's Overflow would find no room for any of the
// pane's tabs and put them all in its menu. Elements are given a wide pane's room instead (their contents
// still measure 0), so that every tab shows, as in a pane wide enough for them.
if (typeof window !== "undefined") {
  Object.defineProperty(window.HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 1024 });
}

// On a machine shared by many jobs a lazy view or a worked-out check can take more than the default second
// to appear: findBy and waitFor wait up to ten (a test that should fail still fails, only later).
if (typeof window !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({ asyncUtilTimeout: 10_000 });
}
