import { Button, Caption1, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ExportFile } from "../../../workbook/export/exportFiles";
import type { ResultStrings } from "../../resultStrings";

const useStyles = makeStyles({
  download: { display: "flex", flexDirection: "column", alignItems: "start", gap: tokens.spacingVerticalXS },
});

interface DownloadProps {
  readonly words: ResultStrings;
  readonly load: () => Promise<ExportFile>;
  readonly save: (file: ExportFile) => void;
}

/** One download of every party's statement and fordelning.csv; the files are made off the pane's thread. */
export function Download({ words, load, save }: DownloadProps) {
  const styles = useStyles();
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  const start = async () => {
    setState({ busy: true });
    try {
      const file = await load();
      save(file);
      setState({ busy: false, message: words.downloaded(file.name) });
    } catch (error) {
      setState({
        busy: false,
        message: words.failed(error instanceof Error ? error.message : String(error)),
      });
    }
  };
  return (
    <div className={styles.download}>
      <Button onClick={() => void start()} disabled={state.busy}>
        {words.download}
      </Button>
      <Caption1>{words.downloadHint}</Caption1>
      {state.busy && <Spinner size="tiny" label={words.downloading} />}
      {state.message !== undefined && <Text role="status">{state.message}</Text>}
    </div>
  );
}
