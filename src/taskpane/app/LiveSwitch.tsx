import { useEffect, useState } from "react";
import type { Language } from "../../contracts/language";
import type { MissingFeature, WorkbookServices } from "../../contracts/workbookServices";
import { MessageBar, MessageBarBody, MessageBarTitle, Switch } from "../later";
import { storeStrings } from "../storeStrings";
import type { useLiveRecompute } from "../useLiveRecompute";

interface LiveSwitchProps {
  readonly services: WorkbookServices;
  readonly language: Language;
  readonly live: ReturnType<typeof useLiveRecompute>;
  /** Whether a model is open: the switch belongs to it. */
  readonly open: boolean;
}

/**
 * "Räkna om automatiskt", and what this Excel is too old for: each feature
 * that is off, and the requirement set it needs, instead of failing
 * silently. Without change events (ExcelApi 1.7) the switch is off and cannot be turned.
 */
export function LiveSwitch({ services, language, live, open }: LiveSwitchProps) {
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [noLive, setNoLive] = useState(false);
  const [title, setTitle] = useState("");
  useEffect(() => {
    let mounted = true;
    void services
      .missingFeatures()
      .then(async (found) => {
        if (found.length === 0) return;
        // The words are fetched only where a feature is missing: an up-to-date Excel never needs them.
        const words = (await import(/* webpackChunkName: "features" */ "../featureStrings")).featureStrings(
          language,
        );
        if (!mounted) return;
        setTitle(words.title);
        setMissing(found.map((m: MissingFeature) => words.missing(m)));
        setNoLive(found.some((m) => m.feature === "liveRecompute"));
      })
      .catch(() => undefined);
    return () => {
      mounted = false;
    };
  }, [services, language]);
  return (
    <>
      {missing.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            <ul>
              {missing.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {open && (
        <Switch
          label={storeStrings(language).autoRun}
          checked={live.auto && !noLive}
          disabled={noLive}
          onChange={(_, d) => live.setAuto(d.checked)}
        />
      )}
    </>
  );
}
