import { Button, makeStyles, tokens } from "@fluentui/react-components";
// Not on the first view: a chunk of their own, fetched just after the first paint.
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar } from "../later";
import { lazy, Suspense, useContext } from "react";
import type { Language } from "../../contracts/language";
import { FieldsContext } from "../fields/useField";
import type { Strings } from "../strings";
import type { RunState } from "../useModelRunner";

const useStyles = makeStyles({
  // Stays at the foot of the pane while the view scrolls, so the run is always in reach.
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

// The summary of problems comes with the first problem: a chunk of its own, never on the first paint.
const ProblemSummary = lazy(() =>
  import(/* webpackChunkName: "summary" */ "../fields/ProblemSummary").then((m) => ({
    default: m.ProblemSummary,
  })),
);

interface RunBarProps {
  readonly words: Strings;
  readonly language: Language;
  readonly state: RunState;
  readonly onRun: () => void;
  readonly onSelectCell: (address: string) => void;
}

/**
 * The primary action, at the foot of every view while a model is open: above
 * it every problem in the model, each a link to its field; then the run, its
 * progress, and what it did or why it was refused (a refusal with a path is
 * shown on its field, and listed above). The button keeps the focus while the
 * model runs, so the user is where they were when it is done.
 */
export function RunBar({ words, language, state, onRun, onSelectCell }: RunBarProps) {
  const styles = useStyles();
  const refused = state.kind === "refused" && state.path === undefined ? state : undefined;
  const { problems } = useContext(FieldsContext);
  return (
    <div className={styles.bar}>
      {problems.length > 0 && (
        <Suspense fallback={null}>
          <ProblemSummary language={language} />
        </Suspense>
      )}
      <Button appearance="primary" onClick={onRun} disabledFocusable={state.kind === "running"}>
        {words.run}
      </Button>
      {state.kind === "running" && <ProgressBar aria-label={words.running} />}
      {state.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{words.written(state.sheets)}</MessageBarBody>
        </MessageBar>
      )}
      {refused !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{words.refused}</MessageBarTitle>
            {refused.message}
          </MessageBarBody>
          {refused.address !== undefined && (
            <MessageBarActions>
              <Button onClick={() => onSelectCell(refused.address ?? "")}>{words.selectCell}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}
