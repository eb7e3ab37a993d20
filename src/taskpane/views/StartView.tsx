import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { StoredModel } from "../../workbook/store/modelStore";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  choice: { justifyContent: "flex-start", textAlign: "start", paddingBlock: tokens.spacingVerticalS },
});

type Template = { id: string; document: { name: string } };

export interface StartViewProps {
  readonly words: Strings;
  readonly stored: readonly StoredModel[];
  readonly onOpen: (document: unknown) => void;
  /** Loads the bundled templates (a separate chunk, fetched when the view opens). */
  readonly loadTemplates: () => Promise<readonly Template[]>;
}

/** Start: pick one of the four templates, or a model already stored in this workbook. */
export function StartView({ words, stored, onOpen, loadTemplates }: StartViewProps) {
  const styles = useStyles();
  const [templates, setTemplates] = useState<readonly Template[]>([]);
  useEffect(() => {
    loadTemplates().then(setTemplates, () => setTemplates([]));
  }, [loadTemplates]);
  const choice = (key: string, name: string, document: unknown, detail?: string) => (
    <Button
      key={key}
      className={styles.choice}
      size="large"
      onClick={() => onOpen(document)}
      aria-label={`${words.open}: ${name}`}
    >
      <span>
        {name}
        {detail !== undefined && <Caption1 block>{detail}</Caption1>}
      </span>
    </Button>
  );
  return (
    <section className={styles.root} aria-label={words.start}>
      <Subtitle2 as="h2">{words.templates}</Subtitle2>
      <div className={styles.list}>{templates.map((t) => choice(t.id, t.document.name, t.document))}</div>
      <Subtitle2 as="h2">{words.stored}</Subtitle2>
      {stored.length === 0 ? (
        <Caption1>{words.noStored}</Caption1>
      ) : (
        <div className={styles.list}>
          {stored.map((m) => choice(`${m.name}-${m.savedAt}`, m.name, m.document, m.savedAt.slice(0, 10)))}
        </div>
      )}
    </section>
  );
}
