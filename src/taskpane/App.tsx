import { useCallback, useState } from "react";
import type { WorkbookSpec } from "../workbook/description/types";
import type { ExportFile } from "../workbook/export/exportFiles";
import type { WorkbookServices } from "../contracts/workbookServices";
import type { Language } from "../contracts/language";
import { LiveSwitch } from "./app/LiveSwitch";
import { ModelPanes } from "./app/ModelPanes";
import { PaneHeader } from "./app/PaneHeader";
import { RunBar } from "./app/RunBar";
import { useViewFocus } from "./app/useViewFocus";
import { ResultPane } from "./app/ResultPane";
import { PaneTabs, type View } from "./app/PaneTabs";
import { RunNotices } from "./app/RunNotices";
import { StartPane } from "./app/StartPane";
import { useAppStyles } from "./app/useAppStyles";
import type { Calculator } from "./calculator";
import { storeStrings } from "./storeStrings";
import { strings } from "./strings";
import { PaneFieldsProvider } from "./fields/PaneFieldsProvider";
import { useLiveRecompute } from "./useLiveRecompute";
import { useModelRunner } from "./useModelRunner";
import { useStoredModels } from "./useStoredModels";
// Not on the first view: a chunk of their own, fetched just after the first paint.
import { loadModelJson } from "./later";
import type { StartViewProps } from "./views/StartView";

export interface AppProps {
  readonly services: WorkbookServices;
  readonly language: Language;
  readonly loadTemplates: StartViewProps["loadTemplates"];
  /** The engine: in a Web Worker in the add-in, in line in tests. */
  readonly calculator: Calculator;
  /** Hands a downloaded file to the browser; a link with `download` unless given. */
  readonly save?: (file: ExportFile) => void;
  /** In the preview outside Excel: the sheets the in-memory workbook holds, to show them. */
  readonly preview?: {
    readonly sheets: () => WorkbookSpec | undefined;
    readonly Sheets: (props: { workbook: WorkbookSpec | undefined }) => React.ReactNode;
  };
}

/** The pane: Start (templates and stored models), Model (edit and run) and Result (amounts and "Varför?"). */
export function App({ services, language, loadTemplates, calculator, save, preview }: AppProps) {
  const styles = useAppStyles();
  const words = strings(language);
  const [view, setView] = useState<View>("start");
  const storeWords = storeStrings(language);
  const runner = useModelRunner(services, calculator, language);
  const stored = useStoredModels(services, runner, language);
  const live = useLiveRecompute(services, runner, language);
  const { frame, focusView } = useViewFocus();
  const show = useCallback((next: View) => (setView(next), focusView()), [focusView]);
  const open = useCallback(
    (document: unknown) =>
      void loadModelJson().then(({ stringifyModel }) => {
        runner.open(stringifyModel(document));
        show("model");
      }),
    [runner, show],
  );
  const common = { words, storeWords, runner };
  const modelOpen = runner.text.trim() !== "";
  return (
    <main className={styles.root}>
      <PaneHeader words={words} start={view === "start"} inExcel={services.inExcel} />
      <PaneTabs words={words} view={view} onView={setView} />
      <LiveSwitch services={services} language={language} live={live} open={modelOpen} />
      <RunNotices {...common} live={live} selectCell={(a) => void services.selectCell(a)} />
      <PaneFieldsProvider runner={runner} language={language} show={setView}>
        <div ref={frame} tabIndex={-1} data-view={view} className={styles.frame}>
          {view === "start" && (
            <StartPane
              {...common}
              stored={stored}
              onOpen={open}
              onOpened={() => show("model")}
              loadTemplates={loadTemplates}
            />
          )}
          <ModelPanes view={view} words={words} language={language} runner={runner} services={services} />
          {view === "result" && (
            <ResultPane {...common} language={language} calculator={calculator} save={save} />
          )}
        </div>
        {preview !== undefined && runner.state.kind === "done" && (
          <preview.Sheets workbook={preview.sheets()} />
        )}
        {modelOpen && (
          <RunBar
            words={words}
            state={runner.state}
            onRun={() => void runner.run()}
            onSelectCell={(a) => void services.selectCell(a)}
            language={language}
          />
        )}
      </PaneFieldsProvider>
    </main>
  );
}
