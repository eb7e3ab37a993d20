import { Button, Caption1, makeStyles } from "@fluentui/react-components";
import type { Strings } from "../../strings";
import type { ImportMessage } from "./useTableImport";

const useStyles = makeStyles({
  refusedRow: { display: "block", overflowWrap: "anywhere" },
});

interface ImportNoticeProps {
  readonly words: Strings;
  readonly message: ImportMessage;
  /** Selects the refused cell, in Excel. */
  readonly onSelectCell?: (address: string) => void;
}

/** What the last import said; a refusal with the row of the file it points at, or a button to its cell. */
export function ImportNotice({ words, message, onSelectCell }: ImportNoticeProps) {
  const styles = useStyles();
  return (
    <div role={message.error ? "alert" : "status"}>
      <Caption1>{message.text}</Caption1>
      {message.row !== undefined && (
        <Caption1 as="p" className={styles.refusedRow}>
          {words.refusedRow(message.row.line)} <code>{message.row.fields}</code>
        </Caption1>
      )}
      {message.address !== undefined && onSelectCell !== undefined && (
        <Button size="small" onClick={() => onSelectCell(message.address ?? "")}>
          {words.selectCell}
        </Button>
      )}
    </div>
  );
}
