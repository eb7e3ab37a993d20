import { useEffect, useRef, useState } from "react";
import type { WorkbookServices } from "../contracts/workbookServices";
import type { Language } from "../contracts/language";
import type { useModelRunner } from "./useModelRunner";

type Runner = ReturnType<typeof useModelRunner>;

/** The pause after the last edit before the model runs again, so a burst of edits runs it once. */
const PAUSE_MS = 800;

/**
 * "Räkna om automatiskt" (on by default, kept with the model): while the pane
 * is open, a key value or a line's amount typed into Indata is read back into the model and the model is run again
 * after a short pause (writing the sheets and saving the model), or the
 * edit is refused on its cell, which gets the model's value back.
 *
 * @example
 * const live = useLiveRecompute(services, runner, "sv");
 * live.auto; // true
 */
export function useLiveRecompute(services: WorkbookServices, runner: Runner, language: Language) {
  // Kept with the model in the store, so that it syncs between co-authors and comes back when the model is opened.
  const auto = runner.current.options?.autoRun ?? true;
  const [refusal, setRefusal] = useState<{ message: string; address: string } | undefined>(undefined);
  // The listener outlives renders: it reads the latest runner and switch.
  const latest = useRef({ runner, auto });
  latest.current = { runner, auto };
  const pending = useRef<{ text: string } | undefined>(undefined);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let mounted = true;
    // Loaded after the first paint: reading an edit back needs the engine's
    // model reader and the sheet labels, which the pane's first view does not.
    void Promise.all([import("../workbook/live/liveRecompute"), import("../workbook/render/labels")])
      .then(([{ liveRecompute }, { labels }]) => {
        if (!mounted) return undefined;
        const live = liveRecompute({
          language,
          enabled: () => latest.current.auto,
          text: () => pending.current?.text ?? latest.current.runner.text,
          setText: (text) => {
            pending.current = { text };
            latest.current.runner.setText(text);
            setRefusal(undefined);
          },
          readCell: (sheet, address) => services.readCell(sheet, address),
          restoreCell: (sheet, address, value) => services.writeCell(sheet, address, value),
          refuse: (message, address) => setRefusal({ message, address }),
          rerun: async () => {
            const text = pending.current?.text;
            pending.current = undefined;
            if (text !== undefined) await latest.current.runner.runText(text);
          },
          remote: () => undefined,
          schedule: (run) => {
            if (timer !== undefined) clearTimeout(timer);
            timer = setTimeout(run, PAUSE_MS);
          },
        });
        return services.watchEdits(
          labels(language).indata,
          (edit) => void live.onEdit(edit).catch(() => undefined),
        );
      })
      .then((s) => (s === undefined ? undefined : mounted ? (stop = s) : void s()))
      .catch(() => undefined);
    return () => {
      mounted = false;
      if (timer !== undefined) clearTimeout(timer);
      void stop?.();
    };
  }, [services, language]);

  // A save of the switch that fails is shown where a refused edit is, without a cell to show.
  const setAuto = (on: boolean) =>
    void runner
      .setAutoRun(on)
      .catch((error: unknown) =>
        setRefusal({ message: error instanceof Error ? error.message : String(error), address: "" }),
      );
  return { auto, setAuto, refusal };
}
