import { useCallback } from "react";
import type { WorkbookServices } from "../contracts/workbookServices";
import type { Language } from "../contracts/language";
import type { ModelEntry, SaveOutcome } from "../contracts/modelStore";
import { useStoreListing } from "./store/useStoreListing";
import { storeStrings } from "./storeStrings";
import type { ModelRunner } from "./useModelRunner";

/**
 * Start's stored models: the list (read when the pane opens, after models
 * kept in the settings by an earlier Fördela are moved over, and again
 * whenever the store changes, here or by a co-author) and the actions on it.
 * A co-author's newer save of the open model replaces it while it is
 * unedited, and brings the choice otherwise.
 *
 * @example
 * const stored = useStoredModels(services, runner, "sv");
 */
export function useStoredModels(services: WorkbookServices, runner: ModelRunner, language: Language) {
  const words = storeStrings(language);
  const { listing, notice, setNotice, refresh, latest } = useStoreListing(services, runner, words);
  const after = useCallback(
    async (outcome: SaveOutcome, done: string) => {
      if (outcome.kind === "saved") latest.current.adopt(outcome.entry);
      const theirs = outcome.kind === "saved" ? undefined : outcome.theirs;
      setNotice(
        theirs === undefined
          ? done
          : words.conflict(theirs.name, theirs.savedAt, theirs.savedBy, theirs.deleted),
      );
      await refresh();
    },
    [refresh, words, latest, setNotice],
  );
  const guarded = useCallback(
    (action: () => Promise<void>) =>
      void action().catch((error: unknown) =>
        setNotice(error instanceof Error ? error.message : String(error)),
      ),
    [setNotice],
  );
  const { models } = services;
  return {
    listing,
    notice,
    openStored: (entry: ModelEntry) =>
      guarded(async () => {
        const model = await models.read(entry.id);
        if (model === undefined) return void (await refresh());
        const { id, name, counter, options } = model;
        latest.current.open(model.text, { id, name, counter, options });
        setNotice(undefined);
      }),
    rename: (entry: ModelEntry, name: string) =>
      guarded(async () => after(await models.rename(entry.id, name, entry.counter), words.savedNow(name))),
    duplicate: (entry: ModelEntry) =>
      guarded(async () => {
        const name = copyName(words.copyOf(entry.name), new Set(listing.models.map((m) => m.name)));
        await after(await models.duplicate(entry.id, name), words.savedNow(name));
      }),
    remove: (entry: ModelEntry) =>
      guarded(async () => after(await models.remove(entry.id, entry.counter), words.removed(entry.name))),
    save: () =>
      guarded(async () => {
        const saved = await runner.save(runner.text, nameOf(runner.text));
        if (saved !== undefined) setNotice(words.savedNow(saved.name));
        await refresh();
      }),
  };
}

/** Start's stored models and the actions on them. */
export type StoredModels = ReturnType<typeof useStoredModels>;

/** A copy's name not yet taken: "Kopia av X", then "Kopia av X 2", "Kopia av X 3" … */
function copyName(wanted: string, taken: ReadonlySet<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name); n++) name = `${wanted} ${n}`;
  return name;
}

/** The model's name from its text, for a first save; "Modell" where the text has none. */
function nameOf(text: string): string {
  const match = /"name"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
  return match?.[1] ?? "Modell";
}
