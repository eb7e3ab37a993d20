/* global Office, document */
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import type { Language } from "../workbook/render/labels";
import { App } from "./App";
import { lazyExcelServices } from "./lazyExcelServices";
import { warmLaterParts } from "./later";
import { loadWorksheetFunctions } from "./loadWorksheetFunctions";
import { loadStoreStrings } from "./storeStrings";
import { languageOf, loadStrings } from "./strings";
import { workerCalculator } from "./workerCalculator";

// The templates are a chunk of their own: fetched when the Start view opens, not at first paint.
const loadTemplates = () =>
  import(/* webpackChunkName: "templates" */ "./templates").then((m) => m.TEMPLATES);

/** Office's theme decides light or dark (dark's colours are fetched only then); outside Office, light. */
async function theme(): Promise<Theme> {
  const officeTheme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  if (!officeTheme?.isDarkTheme) return webLightTheme;
  // Should the chunk not come, the pane shows in light colours rather than not at all.
  return import(/* webpackChunkName: "dark" */ "./darkTheme").then(
    (m) => m.webDarkTheme,
    () => webLightTheme,
  );
}

/**
 * The page behind the pane in the theme's colours: no margin of the browser's own (an 8 px white edge
 * around a dark pane) and the theme's background below a view shorter than the pane; scroll bars and
 * form controls follow light or dark.
 */
function paintPage(chosen: Theme): void {
  document.body.style.margin = "0";
  document.body.style.backgroundColor = chosen.colorNeutralBackground1;
  document.documentElement.style.colorScheme = chosen === webLightTheme ? "light" : "dark";
}

/**
 * What the first render needs beyond the first script: the theme, and the
 * words when the language is not Swedish. Should the English words not come,
 * the pane shows in Swedish rather than not at all.
 */
async function beforeFirstRender(language: Language): Promise<{ theme: Theme; language: Language }> {
  const [chosen, words] = await Promise.all([
    theme(),
    Promise.all([loadStrings(language), loadStoreStrings(language)]).then(
      () => language,
      (): Language => "sv",
    ),
  ]);
  return { theme: chosen, language: words };
}

/**
 * Marks the first render once it is in the page (a layout effect runs right after the commit), then
 * calls `then` once after the first paint (a passive effect: Preact runs it after the next frame).
 * The mark is what the bench and the browser tests count the scripts fetched "before the first
 * render" against: anything a later commit asks for (the "Mer" menu once the tabs are measured)
 * comes after it, whether or not the browser has painted in between.
 */
function Painted({ then }: { then: () => void }) {
  useLayoutEffect(() => {
    performance.mark("fordela-first-render");
  }, []);
  // Once, on the first commit: a later render with another `then` does not call it again.
  useEffect(then, []);
  return null;
}

/** After the first paint: what the next views need, then (in Excel) the worksheet functions. */
function afterFirstPaint(inExcel: boolean): void {
  void warmLaterParts().catch(() => undefined);
  if (inExcel) loadWorksheetFunctions();
}

// One FluentProvider at the root, rendered once Office has said where the pane runs.
Office.onReady(async (info) => {
  const root = document.getElementById("root");
  if (root === null) return;
  const inExcel = info.host === Office.HostType.Excel;
  const { theme: chosen, language } = await beforeFirstRender(
    languageOf(inExcel ? Office.context.displayLanguage : navigator.language),
  );
  paintPage(chosen);
  const reactRoot = createRoot(root);
  const painted = () => afterFirstPaint(inExcel);
  const show = (app: ReactNode) =>
    reactRoot.render(
      <FluentProvider theme={chosen}>
        {/* Before the pane: its effect runs first, before the pane's own effects start fetching. */}
        <Painted then={painted} />
        {app}
      </FluentProvider>,
    );
  const common = { language, loadTemplates, calculator: workerCalculator() };
  if (inExcel) {
    show(<App services={lazyExcelServices(language)} {...common} />);
  } else {
    // Outside Excel, the preview's in-memory workbook and its grid: a chunk the add-in never loads.
    const { startPreview } = await import(/* webpackChunkName: "preview" */ "./preview/startPreview");
    startPreview(language, (services, preview) =>
      show(<App services={services} preview={preview} {...common} />),
    );
  }
});
