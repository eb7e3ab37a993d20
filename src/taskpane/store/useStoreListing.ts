import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookServices } from "../../contracts/workbookServices";
import type { StoreListing } from "../../contracts/modelStore";
import type { StoreStrings } from "../storeStrings";
import type { ModelRunner } from "../useModelRunner";

/**
 * The stored models' list and what the last action on it said: read when the
 * pane opens (after models kept in the settings by an earlier Fördela are
 * moved over) and again whenever the store changes, here or by a co-author.
 * A co-author's newer save of the open model replaces it while it is unedited.
 *
 * @example
 * const { listing, refresh } = useStoreListing(services, runner, storeStrings("sv"));
 */
export function useStoreListing(services: WorkbookServices, runner: ModelRunner, words: StoreStrings) {
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
        const { id, name, counter, options } = theirs;
        latest.current.open(theirs.text, { id, name, counter, options });
        setNotice(words.refreshed(theirs.name));
      }
    }
    return found;
  }, [services, words]);

  useEffect(() => watchStore(services, refresh, setListing), [services, refresh]);

  return { listing, notice, setNotice, refresh, latest };
}

/** Prepares the store, lists it, and lists it again on every change; returns the cleanup that stops watching. */
function watchStore(
  services: WorkbookServices,
  refresh: () => Promise<StoreListing>,
  setListing: (listing: StoreListing) => void,
): () => void {
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
}
