import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { ResultDocument } from "../../../engine/result/types";
import type { ExportFile } from "../../../workbook/export/exportFiles";
import type { ExplainedLine } from "../../explainParty";
import type { ResultStrings } from "../../resultStrings";
import { saveFile } from "../../saveFile";
import type { Strings } from "../../strings";
import { IndexField } from "../IndexField";
import { WhyDialog } from "../WhyDialog";
import { AllocationTable } from "./AllocationTable";
import { Download } from "./Download";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface AllocationProps {
  readonly words: Strings & ResultStrings;
  readonly document: ResultDocument;
  /** Explains a party's amounts in a scenario (0 is the base). */
  readonly explain: (scenario: number, party: string) => Promise<ExplainedLine[]>;
  /** Every party's statement and fordelning.csv for a scenario, as one zip. */
  readonly exportArchive: (scenario: number) => Promise<ExportFile>;
  /** Hands a file to the browser as a download (a link with `download`, unless a test says otherwise). */
  readonly save?: (file: ExportFile) => void;
}

/** The allocation in the chosen scenario, "Varför?" for each party, and the download of every statement. */
export function Allocation({ words, document, explain, exportArchive, save }: AllocationProps) {
  const styles = useStyles();
  const [scenario, setScenario] = useState(0);
  const [why, setWhy] = useState<string | undefined>(undefined);
  // Each party's "Varför?", so that closing its dialog puts the focus back on it, not at the top of the pane.
  const whyButtons = useRef(new Map<string, HTMLElement>());
  const close = (party: string) => {
    setWhy(undefined);
    requestAnimationFrame(() => whyButtons.current.get(party)?.focus());
  };
  const shown = document.results[Math.min(scenario, document.results.length - 1)];
  if (shown === undefined) return <Caption1>{words.noResult}</Caption1>;
  return (
    <section className={styles.root} aria-label={words.result}>
      <IndexField
        label={words.scenario}
        names={document.results.map((r) => r.scenario ?? words.base)}
        value={scenario}
        onChange={setScenario}
      />
      <AllocationTable words={words} shown={shown} onWhy={setWhy} whyButtons={whyButtons.current} />
      <Download words={words} load={() => exportArchive(scenario)} save={save ?? saveFile} />
      {why !== undefined && (
        <WhyDialog
          words={words}
          name={shown.parties.find((p) => p.id === why)?.name ?? why}
          load={() => explain(scenario, why)}
          onClose={() => close(why)}
        />
      )}
    </section>
  );
}
