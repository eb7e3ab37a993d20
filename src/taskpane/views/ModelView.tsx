import {
  Button,
  Checkbox,
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
import type { Language } from "../../contracts/language";
import { modelStrings } from "../modelStrings";
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
  readonly language: Language;
  /** Whether the run also writes each party's statement as a sheet. */
  readonly statements: boolean;
  readonly onStatements: (statements: boolean) => void;
}

/** The model, editable as JSON, and the run: progress while it writes, a refusal on its field or cell. */
export function ModelView(props: ModelViewProps) {
  const { words, text, onText, state, onRun, onSelectCell } = props;
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
      <Checkbox
        label={modelStrings(props.language).statements}
        checked={props.statements}
        onChange={(_, data) => props.onStatements(data.checked === true)}
      />
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
