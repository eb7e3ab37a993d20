import { MessageBar, MessageBarBody, MessageBarTitle, Switch } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Language } from "../../contracts/language";
import type { MissingFeature, WorkbookServices } from "../../contracts/workbookServices";
import { featureStrings } from "../featureStrings";
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
  const [missing, setMissing] = useState<readonly MissingFeature[]>([]);
  useEffect(() => {
    let mounted = true;
    void services
      .missingFeatures()
      .then((found) => mounted && setMissing(found))
      .catch(() => undefined);
    return () => {
      mounted = false;
    };
  }, [services]);
  const words = featureStrings(language);
  const noLive = missing.some((m) => m.feature === "liveRecompute");
  return (
    <>
      {missing.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{words.title}</MessageBarTitle>
            <ul>
              {missing.map((m) => (
                <li key={m.feature}>{words.missing(m)}</li>
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
