/* global Office */
// The ribbon's function file. The ribbon button opens the task pane by itself
// (ShowTaskpane), so nothing is registered here yet; Office needs the page.
Office.onReady(() => undefined);
