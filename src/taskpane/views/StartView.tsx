import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { StoredModel } from "../../workbook/store/modelStore";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface StartViewProps {
  readonly words: Strings;
  readonly stored: readonly StoredModel[];
  readonly onOpen: (document: unknown) => void;
  /** Loads the bundled templates (a separate chunk, fetched when the view opens). */
  readonly loadTemplates: () => Promise<readonly { id: string; document: { name: string } }[]>;
}

/** Start: pick one of the four templates, or a model already stored in this workbook. */
export function StartView({ words, stored, onOpen, loadTemplates }: StartViewProps) {
  const styles = useStyles();
  const [templates, setTemplates] = useState<readonly { id: string; document: { name: string } }[]>([]);
  useEffect(() => {
    loadTemplates().then(setTemplates, () => setTemplates([]));
  }, [loadTemplates]);
  return (
    <section className={styles.root} aria-label={words.start}>
      <Subtitle2 as="h2">{words.templates}</Subtitle2>
      <div className={styles.list}>
        {templates.map((t) => (
          <Card key={t.id} size="small">
            <CardHeader
              header={<Body1>{t.document.name}</Body1>}
              action={
                <Button onClick={() => onOpen(t.document)} aria-label={`${words.open}: ${t.document.name}`}>
                  {words.open}
                </Button>
              }
            />
          </Card>
        ))}
      </div>
      <Subtitle2 as="h2">{words.stored}</Subtitle2>
      {stored.length === 0 ? (
        <Caption1>{words.noStored}</Caption1>
      ) : (
        <div className={styles.list}>
          {stored.map((m) => (
            <Card key={`${m.name}-${m.savedAt}`} size="small">
              <CardHeader
                header={<Body1>{m.name}</Body1>}
                description={<Caption1>{m.savedAt.slice(0, 10)}</Caption1>}
                action={
                  <Button onClick={() => onOpen(m.document)} aria-label={`${words.open}: ${m.name}`}>
                    {words.open}
                  </Button>
                }
              />
            </Card>
          ))}
        </div>
      )}
    </section>
  );
}
