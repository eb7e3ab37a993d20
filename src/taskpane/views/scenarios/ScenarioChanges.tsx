import { Subtitle2, Tab, TabList } from "@fluentui/react-components";
import { stringifyModel } from "../../../engine/json/modelJson";
import type { Language } from "../../../contracts/language";
import { parseModelText } from "../../parseModelText";
import { editScenario, scenarioDocument, setPatch } from "../../scenarioEdits";
import type { ScenarioStrings } from "../../scenarioStrings";
import type { Strings } from "../../strings";
import { KeyValuesEditor } from "../KeyValuesEditor";
import { LinesView } from "../LinesView";
import { at } from "../../../engine/model/fieldPath";
import { FieldScope } from "../../fields/FieldScope";
import { PatchEditor } from "./PatchEditor";
import type { ScenarioEditorKind, ScenariosDocument } from "./scenariosDocument";
import type { ScenarioDraft } from "./useScenarioDraft";

interface ScenarioChangesProps {
  readonly words: Strings & ScenarioStrings;
  /** The pane's common words, for the lines editor, which adds its own. */
  readonly common: Strings;
  readonly language: Language;
  readonly document: ScenariosDocument;
  readonly index: number;
  readonly draft: ScenarioDraft;
  readonly editor: ScenarioEditorKind;
  readonly onEditor: (editor: ScenarioEditorKind) => void;
  readonly save: (next: ScenariosDocument) => void;
}

/** What the selected scenario changes, edited in the key-value fields, the lines editor or as JSON. */
export function ScenarioChanges(props: ScenarioChangesProps) {
  const { words, common, language, document, index, draft, editor, onEditor, save } = props;
  // The field editors work on the scenario as a whole model; what they change is stored as its patch.
  const whole = stringifyModel(scenarioDocument(document, index));
  const saveWhole = (text: string) => {
    const edited = parseModelText<Record<string, unknown>>(text);
    if (edited !== undefined) save(editScenario(document, index, edited));
  };
  return (
    <>
      <Subtitle2 as="h2">{words.differs}</Subtitle2>
      <TabList
        size="small"
        appearance="subtle"
        selectedValue={editor}
        onTabSelect={(_, data) => onEditor(data.value as ScenarioEditorKind)}
      >
        <Tab value="keys">{words.keyValues}</Tab>
        <Tab value="lines">{words.linesRules}</Tab>
        <Tab value="json">{words.asJson}</Tab>
      </TabList>
      {/* The scenario's fields lie under its patch: scenarios[1].patch.keys.folkmangd.values.2303. */}
      <FieldScope path={at(at("scenarios", index), "patch")}>
        {editor === "keys" && (
          <KeyValuesEditor words={words} text={whole} onText={saveWhole} base={document} />
        )}
        {editor === "lines" && (
          <LinesView words={common} language={language} text={whole} onText={saveWhole} />
        )}
      </FieldScope>
      {editor === "json" && (
        <PatchEditor
          path={at(at("scenarios", index), "patch")}
          words={words}
          draft={draft}
          onPatch={(patch) => save(setPatch(document, index, patch))}
        />
      )}
    </>
  );
}
