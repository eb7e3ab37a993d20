import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { at } from "../../../engine/model/fieldPath";
import { useField } from "../../fields/useField";
import { duplicateScenario, removeScenario, renameScenario } from "../../scenarioEdits";
import type { ScenarioStrings } from "../../scenarioStrings";
import type { ScenariosDocument } from "./scenariosDocument";
import type { ScenarioDraft } from "./useScenarioDraft";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
});

interface ScenarioActionsProps {
  readonly words: ScenarioStrings;
  readonly document: ScenariosDocument;
  readonly index: number;
  readonly draft: ScenarioDraft;
  /** Saves the model and shows the scenario at `select`. */
  readonly save: (next: ScenariosDocument, select?: number) => void;
}

/** The selected scenario's name, and renaming, duplicating or removing it. */
export function ScenarioActions({ words, document, index, draft, save }: ScenarioActionsProps) {
  const styles = useStyles();
  const name = useField(at(at("scenarios", index), "name"));
  return (
    <div className={styles.row}>
      <Field label={words.scenarioName} {...name.validation}>
        <Input ref={name.ref} value={draft.name} onChange={(_, data) => draft.setName(data.value)} />
      </Field>
      <Button onClick={() => save(renameScenario(document, index, draft.name))}>{words.rename}</Button>
      <Button onClick={() => save(duplicateScenario(document, index, words.copyOf), index + 1)}>
        {words.duplicate}
      </Button>
      <Button onClick={() => save(removeScenario(document, index), Math.max(0, index - 1))}>
        {words.remove}
      </Button>
    </div>
  );
}
