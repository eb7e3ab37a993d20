/* global document, CustomFunctions */

/**
 * Adds the worksheet functions' script (functions.js, its own build entry)
 * to this page, which is also the add-in's shared runtime: only inside
 * Excel, where the custom functions runtime is there to register them, and
 * after the pane's first paint so they never slow it down.
 *
 * @example
 * loadWorksheetFunctions(); // after the first render, in Excel
 */
export function loadWorksheetFunctions(): void {
  if (typeof CustomFunctions === "undefined") return;
  const script = document.createElement("script");
  script.src = "functions.js";
  script.async = true;
  document.head.appendChild(script);
}
