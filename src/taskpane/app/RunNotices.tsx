import { Button } from "@fluentui/react-components";
// Not on the first view: a chunk of their own, fetched just after the first paint.
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "../later";
import type { StoreStrings } from "../storeStrings";
import type { Strings } from "../strings";
import type { useLiveRecompute } from "../useLiveRecompute";
import type { ModelRunner } from "../useModelRunner";

interface RunNoticesProps {
  readonly words: Strings;
  readonly storeWords: StoreStrings;
  readonly runner: ModelRunner;
  readonly live: ReturnType<typeof useLiveRecompute>;
  readonly selectCell: (address: string) => void;
}

/** What waits for the user above the views: a live edit refused, sheets edited since the write, a co-author's save. */
export function RunNotices({ words, storeWords, runner, live, selectCell }: RunNoticesProps) {
  const { state, conflict } = runner;
  return (
    <>
      {live.refusal !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{live.refusal.message}</MessageBarBody>
          {live.refusal.address !== "" && (
            <MessageBarActions>
              <Button onClick={() => selectCell(live.refusal?.address ?? "")}>{words.selectCell}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {state.kind === "edited" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{storeWords.editedTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void runner.overwrite()}>{storeWords.overwrite}</Button>
            <Button onClick={runner.keepEdits}>{storeWords.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {conflict !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{storeWords.conflictTitle}</MessageBarTitle>
            {storeWords.conflict(conflict.name, conflict.savedAt, conflict.savedBy, conflict.deleted)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void runner.takeTheirs()}>{storeWords.takeTheirs}</Button>
            <Button onClick={() => void runner.keepBoth()}>{storeWords.keepBoth}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
