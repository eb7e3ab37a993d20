import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { parseModelJson } from "../../../engine/json/modelJson";
import type { ScenarioStrings } from "../../scenarioStrings";
import type { Strings } from "../../strings";
import { useField } from "../../fields/useField";
import type { ScenarioDraft } from "./useScenarioDraft";

const useStyles = makeStyles({
  patch: { fontFamily: tokens.fontFamilyMonospace, minHeight: "180px" },
});

interface PatchEditorProps {
  /** The patch's path in the model: `scenarios[1].patch`, where a refusal of what no other field shows sits. */
  readonly path: string;
  readonly words: Strings & ScenarioStrings;
  readonly draft: ScenarioDraft;
  /** Saves a patch that reads as a JSON object. */
  readonly onPatch: (patch: Record<string, unknown>) => void;
}

/** What a scenario changes, as a JSON merge patch typed by hand; saved only when it reads as an object. */
export function PatchEditor({ path, words, draft, onPatch }: PatchEditorProps) {
  const styles = useStyles();
  const field = useField<HTMLTextAreaElement>(path);
  const save = () => {
    try {
      const parsed = parseModelJson(draft.patch);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("{ … }");
      onPatch(parsed as Record<string, unknown>);
      draft.setPatchError(undefined);
    } catch (error) {
      draft.setPatchError(words.invalidJson(error instanceof Error ? error.message : String(error)));
    }
  };
  return (
    <>
      <Field
        label={words.patch}
        hint={words.patchHint}
        {...field.validation}
        {...(draft.patchError ? { validationState: "error", validationMessage: draft.patchError } : {})}
      >
        <Textarea
          ref={field.ref}
          textarea={{ className: styles.patch }}
          value={draft.patch}
          onChange={(_, data) => draft.setPatch(data.value)}
          spellCheck={false}
        />
      </Field>
      <Button onClick={save}>{words.savePatch}</Button>
    </>
  );
}
