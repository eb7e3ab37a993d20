import { Checkbox, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import type { Language } from "../../contracts/language";
import { modelStrings } from "../modelStrings";
import type { RunState } from "../useModelRunner";
import type { Strings } from "../strings";
import { useField } from "../fields/useField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  editor: { fontFamily: tokens.fontFamilyMonospace, minHeight: "320px" },
});

export interface ModelViewProps {
  readonly words: Strings;
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly state: RunState;
  readonly language: Language;
  /** Whether the run also writes each party's statement as a sheet. */
  readonly statements: boolean;
  readonly onStatements: (statements: boolean) => void;
}

/** The model, editable as JSON, with a refusal on its field; the run is in the pane's run bar. */
export function ModelView(props: ModelViewProps) {
  const { words, text, onText } = props;
  const styles = useStyles();
  // The whole model's text is the field "": a refusal that no other field shows sits here, with its path.
  const json = useField<HTMLTextAreaElement>("");
  return (
    <section className={styles.root} aria-label={words.model}>
      <Field label={words.modelJson} hint={words.modelJsonHint} {...json.validation}>
        <Textarea
          ref={json.ref}
          // On the text area itself, so the whole box is the editor (on the wrapper the text stopped short of it).
          textarea={{ className: styles.editor }}
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
    </section>
  );
}
