/* global Office, document */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { lazyExcelServices } from "./lazyExcelServices";
import { workerCalculator } from "./workerCalculator";
import { App } from "./App";
import { memoryWorkbook } from "./preview/memoryWorkbook";
import { lazy, Suspense } from "react";
import { languageOf, strings } from "./strings";
import { labels } from "../workbook/render/labels";
import { loadWorksheetFunctions } from "./loadWorksheetFunctions";

// The templates are a chunk of their own: fetched when the Start view opens, not at first paint.
const loadTemplates = () =>
  import(/* webpackChunkName: "templates" */ "./templates").then((m) => m.TEMPLATES);
const PreviewSheets = lazy(() =>
  import(/* webpackChunkName: "preview" */ "./preview/PreviewSheets").then((m) => ({
    default: m.PreviewSheets,
  })),
);

/** Office's theme decides light or dark; outside Office, the light theme. */
function theme(): typeof webLightTheme {
  const officeTheme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  return officeTheme?.isDarkTheme ? webDarkTheme : webLightTheme;
}

// One FluentProvider at the root, rendered once Office has said where the pane runs.
Office.onReady((info) => {
  const root = document.getElementById("root");
  if (root === null) return;
  const inExcel = info.host === Office.HostType.Excel;
  const language = languageOf(inExcel ? Office.context.displayLanguage : navigator.language);
  const words = strings(language);
  const reactRoot = createRoot(root);
  const render = () =>
    reactRoot.render(
      <FluentProvider theme={theme()}>
        <App
          services={services}
          language={language}
          loadTemplates={loadTemplates}
          calculator={calculator}
          {...(inExcel
            ? {}
            : {
                preview: {
                  sheets: () => preview.sheets(),
                  Sheets: (p) => (
                    <Suspense fallback={null}>
                      <PreviewSheets
                        words={words}
                        workbook={p.workbook}
                        keySheet={labels(language).indata}
                        onEdit={preview.editCell}
                      />
                    </Suspense>
                  ),
                },
              })}
        />
      </FluentProvider>,
    );
  const preview = memoryWorkbook(() => render(), language);
  const calculator = workerCalculator();
  const services = inExcel ? lazyExcelServices(language) : preview;
  render();
  performance.mark("fordela-first-render");
  if (inExcel) loadWorksheetFunctions();
});
