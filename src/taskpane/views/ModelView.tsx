import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { RunState } from "../useModelRunner";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  editor: { fontFamily: tokens.fontFamilyMonospace, minHeight: "320px" },
});

export interface ModelViewProps {
  readonly words: Strings;
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly state: RunState;
  readonly onRun: () => void;
  readonly onSelectCell: (address: string) => void;
}

/** The model, editable as JSON for now, and the run: progress while it writes, a refusal on its field or cell. */
export function ModelView({ words, text, onText, state, onRun, onSelectCell }: ModelViewProps) {
  const styles = useStyles();
  const refused = state.kind === "refused" ? state : undefined;
  return (
    <section className={styles.root} aria-label={words.model}>
      <Field
        label={words.modelJson}
        hint={words.modelJsonHint}
        validationState={refused?.path !== undefined ? "error" : "none"}
        validationMessage={refused?.path !== undefined ? refused.message : undefined}
      >
        <Textarea
          className={styles.editor}
          value={text}
          onChange={(_, data) => onText(data.value)}
          resize="vertical"
          spellCheck={false}
        />
      </Field>
      <Button appearance="primary" onClick={onRun} disabled={state.kind === "running" || text.trim() === ""}>
        {words.run}
      </Button>
      {state.kind === "running" && <ProgressBar aria-label={words.running} />}
      {state.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{words.written(state.sheets)}</MessageBarBody>
        </MessageBar>
      )}
      {refused !== undefined && refused.path === undefined && (
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
    </section>
  );
}
