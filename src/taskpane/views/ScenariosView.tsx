import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Subtitle2,
  Tab,
  TabList,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { parseModelJson, stringifyModel } from "../../engine/json/modelJson";
import { stringifyJson } from "../../engine/json/stringifyJson";
import {
  addScenario,
  duplicateScenario,
  editScenario,
  removeScenario,
  renameScenario,
  scenarioDocument,
  setPatch,
  type ScenarioEntry,
} from "../scenarioEdits";
import { IndexField } from "./IndexField";
import { KeyValuesEditor } from "./KeyValuesEditor";
import { LinesView } from "./LinesView";
import type { Language } from "../../workbook/render/labels";
import { parseModelText } from "../parseModelText";
import { scenarioStrings } from "../scenarioStrings";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  patch: { fontFamily: tokens.fontFamilyMonospace, minHeight: "180px" },
});

export interface ScenariosViewProps {
  readonly words: Strings;
  readonly language: Language;
  readonly text: string;
  readonly onText: (text: string) => void;
}

type Document = Record<string, unknown> & { scenarios?: ScenarioEntry[] };

/** Scenarios: add, duplicate, rename, remove, and edit what each changes. */
export function ScenariosView({ words: common, language, text, onText }: ScenariosViewProps) {
  const styles = useStyles();
  const words = { ...common, ...scenarioStrings(language) };
  const document = parseModelText<Document>(text);
  const scenarios = document?.scenarios ?? [];
  const [index, setIndex] = useState(0);
  const selected = scenarios[Math.min(index, scenarios.length - 1)];
  const [name, setName] = useState(selected?.name ?? "");
  const [patch, setPatchText] = useState(stringifyModel(selected?.patch ?? {}));
  const [patchError, setPatchError] = useState<string | undefined>(undefined);
  const [editor, setEditor] = useState<"keys" | "lines" | "json">("keys");
  // The document is parsed anew on every render, so the effect follows the selected scenario's text, not its object.
  const selectedJson = stringifyJson(selected ?? null, 0);
  useEffect(() => {
    const current = parseModelJson(selectedJson) as ScenarioEntry | null;
    setName(current?.name ?? "");
    setPatchText(stringifyModel(current?.patch ?? {}));
    setPatchError(undefined);
  }, [selectedJson]);
  if (document === undefined) return <Caption1>{words.invalidModel}</Caption1>;
  const save = (next: Document, select = index) => {
    onText(stringifyModel(next));
    setIndex(select);
  };
  // The field editors work on the scenario as a whole model; what they change is stored as its patch.
  const whole = stringifyModel(scenarioDocument(document, index));
  const saveWhole = (text: string) => {
    const edited = parseModelText<Record<string, unknown>>(text);
    if (edited !== undefined) save(editScenario(document, index, edited));
  };
  const savePatch = () => {
    try {
      const parsed = parseModelJson(patch);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("{ … }");
      save(setPatch(document, index, parsed as Record<string, unknown>));
      setPatchError(undefined);
    } catch (error) {
      setPatchError(words.invalidJson(error instanceof Error ? error.message : String(error)));
    }
  };
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
          <div className={styles.row}>
            <Field label={words.scenarioName}>
              <Input value={name} onChange={(_, data) => setName(data.value)} />
            </Field>
            <Button onClick={() => save(renameScenario(document, index, name))}>{words.rename}</Button>
            <Button onClick={() => save(duplicateScenario(document, index, words.copyOf), index + 1)}>
              {words.duplicate}
            </Button>
            <Button onClick={() => save(removeScenario(document, index), Math.max(0, index - 1))}>
              {words.remove}
            </Button>
          </div>
          <Subtitle2 as="h2">{words.differs}</Subtitle2>
          <TabList
            size="small"
            appearance="subtle"
            selectedValue={editor}
            onTabSelect={(_, data) => setEditor(data.value as typeof editor)}
          >
            <Tab value="keys">{words.keyValues}</Tab>
            <Tab value="lines">{words.linesRules}</Tab>
            <Tab value="json">{words.asJson}</Tab>
          </TabList>
          {editor === "keys" && (
            <KeyValuesEditor words={words} text={whole} onText={saveWhole} base={document} />
          )}
          {editor === "lines" && (
            <LinesView words={common} language={language} text={whole} onText={saveWhole} />
          )}
          {editor === "json" && (
            <>
              <Field
                label={words.patch}
                hint={words.patchHint}
                validationState={patchError ? "error" : "none"}
                validationMessage={patchError}
              >
                <Textarea
                  textarea={{ className: styles.patch }}
                  value={patch}
                  onChange={(_, data) => setPatchText(data.value)}
                  spellCheck={false}
                />
              </Field>
              <Button onClick={savePatch}>{words.savePatch}</Button>
            </>
          )}
        </>
      )}
    </section>
  );
}
