// jsdom lacks ResizeObserver, which Fluent's TabList uses to draw its indicator; a no-op is enough in tests.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver });
}
