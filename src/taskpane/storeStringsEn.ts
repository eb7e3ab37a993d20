import { by, type StoreStrings, when } from "./storeStrings";

/** The stored models' English words: fetched only when the pane shows in English (see loadStoreStrings). */
export const EN: StoreStrings = {
  saved: (savedAt, savedBy) => `Saved ${when(savedAt)}${by(savedBy, "en")}`,
  save: "Save the open model",
  savedNow: (name) => `Saved ${name} in the workbook.`,
  rename: "Rename",
  newName: "New name",
  renameDone: "Save the name",
  duplicate: "Copy",
  copyOf: (name) => `${name} (copy)`,
  remove: "Delete",
  removed: (name) => `Deleted ${name} from the workbook.`,
  confirmRemove: (name) => `Delete ${name} from the workbook`,
  cancel: "Cancel",
  actions: (name) => `Actions for ${name}`,
  conflictTitle: "Someone else has saved the model",
  conflict: (name, savedAt, savedBy, deleted) =>
    deleted
      ? `${name} was deleted ${when(savedAt)}${by(savedBy, "en")} after you opened it. Your version is not saved.`
      : `${name} was saved ${when(savedAt)}${by(savedBy, "en")} after you opened it. Your version is not saved, and neither has been overwritten.`,
  takeTheirs: "Take their version",
  editedTitle: "Changes in Fördela's sheets",
  overwrite: "Overwrite",
  keepBoth: "Keep both (save mine as a copy)",
  refreshed: (name) => `${name} was changed by someone else; you now see the latest version.`,
  problems: "Models that cannot be read",
  autoRun: "Recalculate automatically when key values or amounts change in Indata",
};
