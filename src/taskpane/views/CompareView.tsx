import {
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ComparisonDocument, PartyComparisonResult } from "../../engine/compare/comparisonDocument";
import { CAUSES } from "../../engine/compare/causeLadder";
import { refusalMessage } from "../../engine/model/ModelError";
import { signedAmount } from "../../format/swedishAmount";
import { labels, type Language } from "../../workbook/render/labels";
import type { ResultStrings } from "../resultStrings";
import type { Strings } from "../strings";
import { IndexField } from "./IndexField";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { TotalRow } from "./TotalRow";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  party: { width: "36%", overflowWrap: "anywhere" },
  difference: { width: "26%" },
  narrow: { width: "19%" },
  bar: { height: "10px", borderRadius: tokens.borderRadiusSmall, minWidth: "2px" },
  increase: { backgroundColor: "#2E7D32" },
  decrease: { backgroundColor: "#C62828" },
  causes: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface CompareViewProps {
  readonly words: Strings & ResultStrings;
  readonly language: Language;
  /** The scenarios' names, the base model first. */
  readonly scenarios: readonly string[];
  /** Compares scenario `b` with scenario `a` (0 is the base). */
  readonly compare: (a: number, b: number) => Promise<ComparisonDocument>;
}

/** The party whose difference is largest, as the workbook's waterfall picks it. */
function largest(parties: readonly PartyComparisonResult[]): string {
  const size = (p: PartyComparisonResult) => Math.abs(Number(p.difference));
  return (
    parties.reduce<PartyComparisonResult | undefined>(
      (best, p) => (best && size(best) >= size(p) ? best : p),
      undefined,
    )?.id ?? ""
  );
}

/** Comparison: any scenario against any other, per party, with the chosen party's difference split into causes. */
export function CompareView({ words, language, scenarios, compare }: CompareViewProps) {
  const styles = useStyles();
  const [chosenA, setA] = useState(0);
  const [chosenB, setB] = useState(1);
  // A re-run may bring fewer scenarios: the choice stays within them.
  const last = Math.max(0, scenarios.length - 1);
  const [a, b] = [Math.min(chosenA, last), Math.min(chosenB, last)];
  const [shown, setShown] = useState<ComparisonDocument | { error: string } | undefined>(undefined);
  const [party, setParty] = useState("");
  const comparable = scenarios.length >= 2;
  useEffect(() => {
    let current = true;
    if (!comparable) return;
    setShown(undefined);
    compare(a, b).then(
      (document) => {
        if (!current) return;
        setShown(document);
        // The party chosen stays chosen when the scenarios change; at first it is the one that changes most.
        setParty((chosen) =>
          document.parties.some((p) => p.id === chosen) ? chosen : largest(document.parties),
        );
      },
      (error: unknown) =>
        current && setShown({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [a, b, compare, comparable]);
  if (!comparable) return <Caption1>{words.noScenarios}</Caption1>;
  const choose = (label: string, value: number, set: (n: number) => void) => (
    <IndexField label={label} names={scenarios} value={value} onChange={set} className={styles.grow} />
  );
  return (
    <section className={styles.root} aria-label={words.comparison}>
      <div className={styles.row}>
        {choose(words.compareB, b, setB)}
        {choose(words.compareA, a, setA)}
      </div>
      {shown === undefined ? (
        <Spinner size="tiny" label={words.comparing} />
      ) : "error" in shown ? (
        <Text role="alert">{words.failed(shown.error)}</Text>
      ) : (
        <Comparison
          words={words}
          language={language}
          document={shown}
          names={[scenarios[b] ?? "", scenarios[a] ?? ""]}
          party={party}
          onParty={setParty}
        />
      )}
    </section>
  );
}

interface ComparisonProps {
  readonly words: Strings & ResultStrings;
  readonly language: Language;
  readonly document: ComparisonDocument;
  readonly names: readonly [string, string];
  readonly party: string;
  readonly onParty: (id: string) => void;
}

function percentText(percent: string | null): string {
  return percent === null ? "–" : `${signedAmount(percent)} %`;
}

function Comparison({ words, language, document, names, party, onParty }: ComparisonProps) {
  const styles = useStyles();
  const chosen = document.parties.find((p) => p.id === party) ?? document.parties[0];
  return (
    <>
      <Text>{words.totalDifference(names[0], names[1], signedAmount(document.total.difference))}</Text>
      <Table size="small" aria-label={words.comparison}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.party}>{words.party}</TableHeaderCell>
            <NumberHeaderCell className={styles.difference}>{words.difference}</NumberHeaderCell>
            <NumberHeaderCell className={styles.narrow}>{words.percent}</NumberHeaderCell>
            <NumberHeaderCell className={styles.narrow}>{words.perInhabitant}</NumberHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {document.parties.map((p) => (
            <TableRow key={p.id}>
              <TableCell className={styles.party}>{p.name}</TableCell>
              <TableCell className={styles.number}>{signedAmount(p.difference)}</TableCell>
              <TableCell className={styles.number}>{percentText(p.percent)}</TableCell>
              <TableCell className={styles.number}>
                {p.perInhabitant === null ? "–" : signedAmount(p.perInhabitant)}
              </TableCell>
            </TableRow>
          ))}
          <TotalRow
            label={words.total}
            amount={signedAmount(document.total.difference)}
            numberClassName={styles.number}
          >
            <TableCell className={styles.number}>{percentText(document.total.percent)}</TableCell>
            <TableCell />
          </TotalRow>
        </TableBody>
      </Table>
      {chosen !== undefined && (
        <Causes words={words} language={language} document={document} party={chosen} onParty={onParty} />
      )}
    </>
  );
}

interface CausesProps {
  readonly words: Strings & ResultStrings;
  readonly language: Language;
  readonly document: ComparisonDocument;
  readonly party: PartyComparisonResult;
  readonly onParty: (id: string) => void;
}

/** The chosen party's difference, cause by cause, each with a bar: green where it adds, red where it takes away. */
function Causes({ words, language, document, party, onParty }: CausesProps) {
  const styles = useStyles();
  const names = labels(language).causes;
  const title = words.causesTitle(party.name, signedAmount(party.difference));
  const widest = Math.max(...CAUSES.map((c) => Math.abs(Number(party.causes[c]))), 1);
  const notes = document.merged.map((m) =>
    labels(language).mergedCause(
      names[CAUSES.indexOf(m.cause)] ?? m.cause,
      refusalMessage(m.refusal, language),
    ),
  );
  return (
    <div className={styles.causes}>
      <Field label={words.causesFor}>
        <Select value={party.id} onChange={(_, d) => onParty(d.value)}>
          {document.parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Text weight="semibold">{title}</Text>
      <Table size="small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{words.cause}</TableHeaderCell>
            <NumberHeaderCell>{words.difference}</NumberHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {CAUSES.map((cause, i) => {
            const value = Number(party.causes[cause]);
            return (
              <TableRow key={cause}>
                <TableCell>
                  {names[i]}
                  {value !== 0 && (
                    <div
                      aria-hidden
                      className={mergeClasses(styles.bar, value < 0 ? styles.decrease : styles.increase)}
                      style={{ width: `${(100 * Math.abs(value)) / widest}%` }}
                    />
                  )}
                </TableCell>
                <TableCell className={styles.number}>{signedAmount(party.causes[cause])}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Caption1>{words.causeHint}</Caption1>
      {notes.map((note) => (
        <Caption1 key={note}>{note}</Caption1>
      ))}
    </div>
  );
}
