import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
// Not on the first view: a chunk of their own, fetched just after the first paint.
import { Input, MessageBar, MessageBarBody, MessageBarTitle } from "../later";
import type { ModelEntry, StoreListing } from "../../contracts/modelStore";
import type { StoreStrings } from "../storeStrings";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  choice: { justifyContent: "flex-start", textAlign: "start", paddingBlock: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Template = { id: string; document: { name: string } };

export interface StartViewProps {
  readonly words: Strings;
  readonly storeWords: StoreStrings;
  readonly stored: StoreListing;
  /** Opens a template as a new model. */
  readonly onOpen: (document: unknown) => void;
  readonly onOpenStored: (entry: ModelEntry) => void;
  readonly onRename: (entry: ModelEntry, name: string) => void;
  readonly onDuplicate: (entry: ModelEntry) => void;
  readonly onRemove: (entry: ModelEntry) => void;
  /** Saves the open model; absent while no model is open. */
  readonly onSave?: () => void;
  /** What the last action on the stored models said. */
  readonly notice?: string;
  /** Loads the bundled templates (a separate chunk, fetched when the view opens). */
  readonly loadTemplates: () => Promise<readonly Template[]>;
}

/** Start: pick one of the templates, or a model stored in this workbook (open, rename, copy, delete), or save the open one. */
export function StartView(props: StartViewProps) {
  const { words, storeWords, stored, onOpen, loadTemplates } = props;
  const styles = useStyles();
  const [templates, setTemplates] = useState<readonly Template[]>([]);
  useEffect(() => {
    loadTemplates().then(setTemplates, () => setTemplates([]));
  }, [loadTemplates]);
  return (
    <section className={styles.root} aria-label={words.start}>
      <Subtitle2 as="h2">{words.templates}</Subtitle2>
      <div className={styles.list}>
        {templates.map((t) => (
          <Button
            key={t.id}
            className={styles.choice}
            size="large"
            onClick={() => onOpen(t.document)}
            aria-label={`${words.open}: ${t.document.name}`}
          >
            {t.document.name}
          </Button>
        ))}
      </div>
      <Subtitle2 as="h2">{words.stored}</Subtitle2>
      {props.onSave !== undefined && <Button onClick={props.onSave}>{storeWords.save}</Button>}
      {props.notice !== undefined && (
        <MessageBar intent="info">
          <MessageBarBody>{props.notice}</MessageBarBody>
        </MessageBar>
      )}
      {stored.models.length === 0 ? (
        <Caption1>{words.noStored}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={words.stored}>
          {stored.models.map((m) => (
            <StoredModelItem key={m.id} entry={m} {...props} />
          ))}
        </ul>
      )}
      {stored.problems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{storeWords.problems}</MessageBarTitle>
            {stored.problems.map((p) => `${p.name}: ${p.reason}`).join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** One stored model: open it, or rename, copy or delete it (deleting asks once more). */
function StoredModelItem({ entry, words, storeWords, ...props }: StartViewProps & { entry: ModelEntry }) {
  const styles = useStyles();
  const [mode, setMode] = useState<"idle" | "rename" | "remove">("idle");
  const [name, setName] = useState(entry.name);
  return (
    <li className={styles.list}>
      <Button
        className={styles.choice}
        size="large"
        onClick={() => props.onOpenStored(entry)}
        aria-label={`${words.open}: ${entry.name}`}
      >
        <span>
          {entry.name}
          <Caption1 block>{storeWords.saved(entry.savedAt, entry.savedBy)}</Caption1>
        </span>
      </Button>
      <div className={styles.actions} role="group" aria-label={storeWords.actions(entry.name)}>
        {mode === "rename" ? (
          <>
            <Input aria-label={storeWords.newName} value={name} onChange={(_, d) => setName(d.value)} />
            <Button
              disabled={name.trim() === "" || name === entry.name}
              onClick={() => (props.onRename(entry, name.trim()), setMode("idle"))}
            >
              {storeWords.renameDone}
            </Button>
          </>
        ) : mode === "remove" ? (
          <Button appearance="primary" onClick={() => (props.onRemove(entry), setMode("idle"))}>
            {storeWords.confirmRemove(entry.name)}
          </Button>
        ) : (
          <StoredModelActions
            entry={entry}
            storeWords={storeWords}
            onMode={setMode}
            onDuplicate={props.onDuplicate}
          />
        )}
        {mode !== "idle" && (
          <Button size="small" onClick={() => setMode("idle")}>
            {storeWords.cancel}
          </Button>
        )}
      </div>
    </li>
  );
}

interface StoredModelActionsProps {
  readonly entry: ModelEntry;
  readonly storeWords: StoreStrings;
  readonly onMode: (mode: "rename" | "remove") => void;
  readonly onDuplicate: (entry: ModelEntry) => void;
}

/** A stored model's actions: rename and delete (each asked for in the item), copy at once. */
function StoredModelActions({ entry, storeWords, onMode, onDuplicate }: StoredModelActionsProps) {
  return (
    <>
      <Button
        size="small"
        onClick={() => onMode("rename")}
        aria-label={`${storeWords.rename}: ${entry.name}`}
      >
        {storeWords.rename}
      </Button>
      <Button
        size="small"
        onClick={() => onDuplicate(entry)}
        aria-label={`${storeWords.duplicate}: ${entry.name}`}
      >
        {storeWords.duplicate}
      </Button>
      <Button
        size="small"
        onClick={() => onMode("remove")}
        aria-label={`${storeWords.remove}: ${entry.name}`}
      >
        {storeWords.remove}
      </Button>
    </>
  );
}
