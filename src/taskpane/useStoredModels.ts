import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookServices } from "../workbook/office/excelServices";
import type { Language } from "../workbook/render/labels";
import type { ModelEntry, SaveOutcome, StoreListing } from "../workbook/store/modelStore";
import { storeStrings } from "./storeStrings";
import type { useModelRunner } from "./useModelRunner";

type Runner = ReturnType<typeof useModelRunner>;

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
export function useStoredModels(services: WorkbookServices, runner: Runner, language: Language) {
  const words = storeStrings(language);
  const [listing, setListing] = useState<StoreListing>({ models: [], problems: [] });
  const [notice, setNotice] = useState<string | undefined>(undefined);
  // The listener outlives renders: it reads the runner of the latest one.
  const latest = useRef(runner);
  latest.current = runner;

  const refresh = useCallback(async () => {
    const found = await services.models.list();
    setListing(found);
    const open = latest.current.current;
    const entry = found.models.find((m) => m.id === open.id);
    if (latest.current.noticeSave(entry) && entry !== undefined) {
      const theirs = await services.models.read(entry.id);
      if (theirs !== undefined) {
        latest.current.open(theirs.text, { id: theirs.id, name: theirs.name, counter: theirs.counter });
        setNotice(words.refreshed(theirs.name));
      }
    }
    return found;
  }, [services, words]);

  useEffect(() => {
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    const prepared = services.prepareModels().then(
      (problems) => problems,
      () => [],
    );
    void prepared
      .then(async (problems) => {
        const found = await refresh();
        if (problems.length > 0) setListing({ ...found, problems: [...found.problems, ...problems] });
      })
      .catch(() => setListing({ models: [], problems: [] }));
    void services
      .watchModels(() => void refresh().catch(() => undefined))
      .then((s) => (live ? (stop = s) : void s()))
      .catch(() => undefined);
    return () => {
      live = false;
      void stop?.();
    };
  }, [services, refresh]);

  const after = useCallback(
    async (outcome: SaveOutcome, done: string) => {
      if (outcome.kind === "saved") latest.current.adopt(outcome.entry);
      setNotice(
        outcome.kind === "saved"
          ? done
          : words.conflict(
              outcome.theirs.name,
              outcome.theirs.savedAt,
              outcome.theirs.savedBy,
              outcome.theirs.deleted,
            ),
      );
      await refresh();
    },
    [refresh, words],
  );
  const guarded = useCallback(
    (action: () => Promise<void>) =>
      void action().catch((error: unknown) =>
        setNotice(error instanceof Error ? error.message : String(error)),
      ),
    [],
  );

  return {
    listing,
    notice,
    openStored: (entry: ModelEntry) =>
      guarded(async () => {
        const model = await services.models.read(entry.id);
        if (model === undefined) return void (await refresh());
        latest.current.open(model.text, { id: model.id, name: model.name, counter: model.counter });
        setNotice(undefined);
      }),
    rename: (entry: ModelEntry, name: string) =>
      guarded(async () =>
        after(await services.models.rename(entry.id, name, entry.counter), words.savedNow(name)),
      ),
    duplicate: (entry: ModelEntry) =>
      guarded(async () => {
        const taken = new Set(listing.models.map((m) => m.name));
        let name = words.copyOf(entry.name);
        for (let n = 2; taken.has(name); n++) name = `${words.copyOf(entry.name)} ${n}`;
        await after(await services.models.duplicate(entry.id, name), words.savedNow(name));
      }),
    remove: (entry: ModelEntry) =>
      guarded(async () =>
        after(await services.models.remove(entry.id, entry.counter), words.removed(entry.name)),
      ),
    save: () =>
      guarded(async () => {
        const saved = await runner.save(runner.text, nameOf(runner.text));
        if (saved !== undefined) setNotice(words.savedNow(saved.name));
        await refresh();
      }),
  };
}

/** The model's name from its text, for a first save; "Modell" where the text has none. */
function nameOf(text: string): string {
  const match = /"name"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
  return match?.[1] ?? "Modell";
}
