import type { StoreStrings } from "../storeStrings";
import type { Strings } from "../strings";
import type { ModelRunner } from "../useModelRunner";
import type { StoredModels } from "../useStoredModels";
import { StartView, type StartViewProps } from "../views/StartView";

interface StartPaneProps {
  readonly words: Strings;
  readonly storeWords: StoreStrings;
  readonly runner: ModelRunner;
  readonly stored: StoredModels;
  /** Opens a template as a new model, in the model view. */
  readonly onOpen: (document: unknown) => void;
  /** Goes on to the model view once a stored model is opened. */
  readonly onOpened: () => void;
  readonly loadTemplates: StartViewProps["loadTemplates"];
}

/** Start, wired to the open model and the workbook's stored models. */
export function StartPane({
  words,
  storeWords,
  runner,
  stored,
  onOpen,
  onOpened,
  loadTemplates,
}: StartPaneProps) {
  return (
    <StartView
      words={words}
      storeWords={storeWords}
      stored={stored.listing}
      onOpen={onOpen}
      onOpenStored={(entry) => (stored.openStored(entry), onOpened())}
      onRename={stored.rename}
      onDuplicate={stored.duplicate}
      onRemove={stored.remove}
      {...(runner.text.trim() === "" ? {} : { onSave: stored.save })}
      {...(stored.notice === undefined ? {} : { notice: stored.notice })}
      loadTemplates={loadTemplates}
    />
  );
}
