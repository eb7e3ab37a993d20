import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { stringifyModel } from "../../engine/json/modelJson";
import type { Language } from "../../contracts/language";
import { parseModelText } from "../parseModelText";
import { addScenario } from "../scenarioEdits";
import { scenarioStrings } from "../scenarioStrings";
import type { Strings } from "../strings";
import { IndexField } from "./IndexField";
import { ScenarioActions } from "./scenarios/ScenarioActions";
import { ScenarioChanges } from "./scenarios/ScenarioChanges";
import type { ScenarioEditorKind, ScenariosDocument } from "./scenarios/scenariosDocument";
import { useScenarioDraft } from "./scenarios/useScenarioDraft";
import { useScenarioTarget } from "./scenarios/useScenarioTarget";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
});

export interface ScenariosViewProps {
  readonly words: Strings;
  readonly language: Language;
  readonly text: string;
  readonly onText: (text: string) => void;
}

/** Scenarios: add, duplicate, rename, remove, and edit what each changes. */
export function ScenariosView({ words: common, language, text, onText }: ScenariosViewProps) {
  const styles = useStyles();
  const words = { ...common, ...scenarioStrings(language) };
  const document = parseModelText<ScenariosDocument>(text);
  const scenarios = document?.scenarios ?? [];
  const [index, setIndex] = useState(0);
  const draft = useScenarioDraft(scenarios[Math.min(index, scenarios.length - 1)]);
  const [editor, setEditor] = useState<ScenarioEditorKind>("keys");
  useScenarioTarget(setIndex, setEditor);
  if (document === undefined) return <Caption1>{words.invalidModel}</Caption1>;
  const save = (next: ScenariosDocument, select = index) => {
    onText(stringifyModel(next));
    setIndex(select);
  };
  const shared = { words, document, index, draft, save };
  return (
    <section className={styles.root} aria-label={words.scenarios}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => save(addScenario(document, words.newScenario), scenarios.length)}
        >
          {words.addScenario}
        </Button>
      </div>
      {scenarios.length === 0 ? (
        <Caption1>{words.noScenarios}</Caption1>
      ) : (
        <>
          <IndexField
            label={words.scenario}
            names={scenarios.map((s) => s.name)}
            value={index}
            onChange={setIndex}
          />
          <ScenarioActions {...shared} />
          <ScenarioChanges
            {...shared}
            common={common}
            language={language}
            editor={editor}
            onEditor={setEditor}
          />
        </>
      )}
    </section>
  );
}
