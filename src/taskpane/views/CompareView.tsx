import { Caption1, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ComparisonDocument } from "../../engine/compare/comparisonDocument";
import { signedAmount } from "../../format/swedishAmount";
import type { Language } from "../../contracts/language";
import type { ResultStrings } from "../resultStrings";
import type { Strings } from "../strings";
import { Causes } from "./compare/Causes";
import { ComparisonTable } from "./compare/ComparisonTable";
import { useComparison } from "./compare/useComparison";
import { IndexField } from "./IndexField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
});

export interface CompareViewProps {
  readonly words: Strings & ResultStrings;
  readonly language: Language;
  /** The scenarios' names, the base model first. */
  readonly scenarios: readonly string[];
  /** Compares scenario `b` with scenario `a` (0 is the base). */
  readonly compare: (a: number, b: number) => Promise<ComparisonDocument>;
}

/** Comparison: any scenario against any other, per party, with the chosen party's difference split into causes. */
export function CompareView({ words, language, scenarios, compare }: CompareViewProps) {
  const styles = useStyles();
  const [chosenA, setA] = useState(0);
  const [chosenB, setB] = useState(1);
  // A re-run may bring fewer scenarios: the choice stays within them.
  const last = Math.max(0, scenarios.length - 1);
  const [a, b] = [Math.min(chosenA, last), Math.min(chosenB, last)];
  const comparable = scenarios.length >= 2;
  const { shown, party, setParty } = useComparison(a, b, compare, comparable);
  if (!comparable) return <Caption1>{words.noScenarios}</Caption1>;
  const choose = (label: string, value: number, set: (n: number) => void) => (
    <IndexField label={label} names={scenarios} value={value} onChange={set} className={styles.grow} />
  );
  const chosen = shown !== undefined && !("error" in shown) ? shown : undefined;
  const causesOf = chosen?.parties.find((p) => p.id === party) ?? chosen?.parties[0];
  return (
    <section className={styles.root} aria-label={words.comparison}>
      <div className={styles.row}>
        {choose(words.compareB, b, setB)}
        {choose(words.compareA, a, setA)}
      </div>
      {shown === undefined && <Spinner size="tiny" label={words.comparing} />}
      {shown !== undefined && "error" in shown && <Text role="alert">{words.failed(shown.error)}</Text>}
      {chosen !== undefined && (
        <>
          <Text>
            {words.totalDifference(
              scenarios[b] ?? "",
              scenarios[a] ?? "",
              signedAmount(chosen.total.difference),
            )}
          </Text>
          <ComparisonTable words={words} document={chosen} />
          {causesOf !== undefined && (
            <Causes words={words} language={language} document={chosen} party={causesOf} onParty={setParty} />
          )}
        </>
      )}
    </section>
  );
}
