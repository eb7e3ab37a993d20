import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  Switch,
  TabList,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useState } from "react";
import { stringifyModel } from "../engine/json/modelJson";
import type { WorkbookSpec } from "../workbook/description/types";
import type { ExportFile } from "../workbook/export/exportFiles";
import type { WorkbookServices } from "../workbook/office/excelServices";
import type { Language } from "../workbook/render/labels";
import type { Calculator } from "./calculator";
import { storeStrings } from "./storeStrings";
import { strings } from "./strings";
import { useModelRunner } from "./useModelRunner";
import { useStoredModels } from "./useStoredModels";
import { useLiveRecompute } from "./useLiveRecompute";
import { StartView, type StartViewProps } from "./views/StartView";

// Only Start is needed at first paint: the model editor and the result view (with "Varför?") load when first opened.
const PartiesKeysView = lazy(() =>
  import(/* webpackChunkName: "inputs" */ "./views/PartiesKeysView").then((m) => ({
    default: m.PartiesKeysView,
  })),
);
const ScenariosView = lazy(() =>
  import(/* webpackChunkName: "scenarios" */ "./views/ScenariosView").then((m) => ({
    default: m.ScenariosView,
  })),
);
const LinesView = lazy(() =>
  import(/* webpackChunkName: "lines" */ "./views/LinesView").then((m) => ({ default: m.LinesView })),
);
const ModelView = lazy(() =>
  import(/* webpackChunkName: "model" */ "./views/ModelView").then((m) => ({ default: m.ModelView })),
);
const ResultView = lazy(() =>
  import(/* webpackChunkName: "result" */ "./views/ResultView").then((m) => ({ default: m.ResultView })),
);

const useStyles = makeStyles({
  notice: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
  },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    // A flex child may shrink below its content's width: nothing pushes the pane wider than Excel gives it.
    minWidth: 0,
    // Every tab list wraps to a second line in a narrow pane rather than run off its edge.
    "& .fui-TabList": { flexWrap: "wrap" },
    // A drop-down or a select is never wider than the pane; its long choice is cut with an ellipsis, the list shows it whole.
    "& .fui-Dropdown, & .fui-Select": { minWidth: 0, maxWidth: "100%" },
    "& .fui-Select__select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
    "& .fui-Dropdown__button": {
      minWidth: 0,
      overflow: "hidden",
      textOverflow: "ellipsis",
      whiteSpace: "nowrap",
    },
    // Tables size their columns to their content: names wrap between words, never inside one
    // ("Försäkrin gskassan"), and numbers stay on one line, so neighbours never run together.
    "& .fui-Table": { tableLayout: "auto" },
    "& .fui-TableCell, & .fui-TableHeaderCell": { wordBreak: "normal", overflowWrap: "normal" },
    "& .fui-TableCell": { fontVariantNumeric: "tabular-nums" },
    "@media (max-width: 440px)": {
      "& .fui-TableCell, & .fui-TableHeaderCell": { paddingLeft: "3px", paddingRight: "3px" },
    },
    // Below 360 px the result table leaves out its rounding column ("Varför?" still explains it) to keep the rest whole.
    "@media (max-width: 360px)": {
      padding: tokens.spacingHorizontalS,
      "& table[data-narrow-hide] tr > :nth-child(4)": { display: "none" },
    },
  },
  // The main tabs: wrapping, as every tab list.
  tabs: { flexWrap: "wrap" },
});

type View = "start" | "parties" | "lines" | "scenarios" | "model" | "result";

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
  const styles = useStyles();
  const words = strings(language);
  const [view, setView] = useState<View>("start");
  const storeWords = storeStrings(language);
  const runner = useModelRunner(services, calculator, language);
  const stored = useStoredModels(services, runner, language);
  const live = useLiveRecompute(services, runner, language);
  const open = useCallback(
    (document: unknown) => {
      runner.open(stringifyModel(document));
      setView("model");
    },
    [runner],
  );
  // One function for the pane's life, so the comparison is not asked for again on every render.
  const compare = useCallback((a: number, b: number) => calculator.compare(a, b), [calculator]);
  const run = useCallback(async () => {
    await runner.run();
  }, [runner]);
  return (
    <main className={styles.root}>
      <Title2 as="h1">{words.title}</Title2>
      <Body1>{words.tagline}</Body1>
      {!services.inExcel && (
        <Body1 role="status" className={styles.notice}>
          {words.notInExcel}
        </Body1>
      )}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as View)}
      >
        <Tab value="start">{words.start}</Tab>
        <Tab value="parties">{words.partiesTab}</Tab>
        <Tab value="lines">{words.linesTab}</Tab>
        <Tab value="scenarios">{words.scenarios}</Tab>
        <Tab value="model">{words.model}</Tab>
        <Tab value="result">{words.result}</Tab>
      </TabList>
      {runner.text.trim() !== "" && (
        <Switch
          label={storeWords.autoRun}
          checked={live.auto}
          onChange={(_, data) => live.setAuto(data.checked)}
        />
      )}
      {live.refusal !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{live.refusal.message}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void services.selectCell(live.refusal?.address ?? "")}>
              {words.selectCell}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {runner.state.kind === "edited" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{storeWords.editedTitle}</MessageBarTitle>
            {runner.state.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void runner.overwrite()}>{storeWords.overwrite}</Button>
            <Button onClick={runner.keepEdits}>{storeWords.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {runner.conflict !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{storeWords.conflictTitle}</MessageBarTitle>
            {storeWords.conflict(
              runner.conflict.name,
              runner.conflict.savedAt,
              runner.conflict.savedBy,
              runner.conflict.deleted,
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void runner.takeTheirs()}>{storeWords.takeTheirs}</Button>
            <Button onClick={() => void runner.keepBoth()}>{storeWords.keepBoth}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view === "start" && (
        <StartView
          words={words}
          storeWords={storeWords}
          stored={stored.listing}
          onOpen={open}
          onOpenStored={(entry) => (stored.openStored(entry), setView("model"))}
          onRename={stored.rename}
          onDuplicate={stored.duplicate}
          onRemove={stored.remove}
          {...(runner.text.trim() === "" ? {} : { onSave: stored.save })}
          {...(stored.notice === undefined ? {} : { notice: stored.notice })}
          loadTemplates={loadTemplates}
        />
      )}
      {view === "parties" && (
        <Suspense fallback={null}>
          <PartiesKeysView
            words={words}
            language={language}
            text={runner.text}
            onText={runner.setText}
            services={services}
          />
        </Suspense>
      )}
      {view === "lines" && (
        <Suspense fallback={null}>
          <LinesView
            words={words}
            language={language}
            text={runner.text}
            onText={runner.setText}
            {...(runner.state.kind === "refused" ? { refusal: runner.state } : {})}
          />
        </Suspense>
      )}
      {view === "scenarios" && (
        <Suspense fallback={null}>
          <ScenariosView words={words} language={language} text={runner.text} onText={runner.setText} />
        </Suspense>
      )}
      {view === "model" && (
        <Suspense fallback={null}>
          <ModelView
            words={words}
            text={runner.text}
            onText={runner.setText}
            state={runner.state}
            onRun={run}
            onSelectCell={(a) => void services.selectCell(a)}
            language={language}
            statements={runner.statements}
            onStatements={runner.setStatements}
          />
        </Suspense>
      )}
      {view === "result" && (
        <Suspense fallback={null}>
          <ResultView
            words={words}
            document={runner.results}
            explain={(scenario, party) => calculator.explain(scenario, party, language)}
            language={language}
            compare={compare}
            exportArchive={(scenario) => calculator.exportArchive(scenario, language)}
            {...(save === undefined ? {} : { save })}
          />
        </Suspense>
      )}
      {preview !== undefined && runner.state.kind === "done" && (
        <preview.Sheets workbook={preview.sheets()} />
      )}
    </main>
  );
}
