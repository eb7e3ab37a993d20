import {
  Button,
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ResultDocument } from "../../engine/result/types";
import { swedishAmount } from "../../format/swedishAmount";
import type { Strings } from "../strings";
import type { ExplainedLine } from "../explainParty";
import { WhyDialog } from "./WhyDialog";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  party: { width: "27%", overflowWrap: "anywhere" },
  amount: { width: "23%" },
  share: { width: "17%" },
  adjustment: { width: "15%" },
  narrow: { width: "18%" },
  nowrap: { whiteSpace: "nowrap" },
});

export interface ResultViewProps {
  readonly words: Strings;
  readonly document: ResultDocument | undefined;
  /** Explains a party's amounts in a scenario (0 is the base). */
  readonly explain: (scenario: number, party: string) => Promise<ExplainedLine[]>;
}

function percent(part: string, whole: string): string {
  const total = Number(whole);
  return total === 0 ? "" : `${((100 * Number(part)) / total).toFixed(2).replace(".", ",")} %`;
}

/** Result: each party's amount, share and rounding adjustment in a scenario, and "Varför?" for each. */
export function ResultView({ words, document, explain }: ResultViewProps) {
  const styles = useStyles();
  const [scenario, setScenario] = useState(0);
  const [why, setWhy] = useState<string | undefined>(undefined);
  const shown = document?.results[Math.min(scenario, document.results.length - 1)];
  if (shown === undefined) return <Caption1>{words.noResult}</Caption1>;
  const adjustment = (lines: Record<string, { adjustment: string }>) =>
    Object.values(lines).reduce((s, l) => s + Number(l.adjustment), 0);
  return (
    <section className={styles.root} aria-label={words.result}>
      <Field label={words.scenario}>
        <Select value={String(scenario)} onChange={(_, data) => setScenario(Number(data.value))}>
          {document?.results.map((r, i) => (
            <option key={r.scenario ?? ""} value={i}>
              {r.scenario ?? words.base}
            </option>
          ))}
        </Select>
      </Field>
      <Table size="small" aria-label={words.result}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.party}>{words.party}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.number, styles.amount)}>
              {words.amount}
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.number, styles.share)}>
              {words.share}
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.number, styles.adjustment)}>
              {words.adjustment}
            </TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>{""}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.parties.map((party) => (
            <TableRow key={party.id}>
              <TableCell className={styles.party}>{party.name}</TableCell>
              <TableCell className={styles.number}>{swedishAmount(party.total)}</TableCell>
              <TableCell className={mergeClasses(styles.number, styles.nowrap)}>
                {percent(party.total, shown.total)}
              </TableCell>
              <TableCell className={styles.number}>
                {adjustment(party.lines).toFixed(2).replace(".", ",").replace("-", "−")}
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  onClick={() => setWhy(party.id)}
                  aria-label={`${words.why} ${party.name}`}
                >
                  {words.why}
                </Button>
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>
              <strong>{words.total}</strong>
            </TableCell>
            <TableCell className={styles.number}>
              <strong>{swedishAmount(shown.total)}</strong>
            </TableCell>
            <TableCell />
            <TableCell />
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
      {why !== undefined && (
        <WhyDialog
          words={words}
          name={shown.parties.find((p) => p.id === why)?.name ?? why}
          load={() => explain(scenario, why)}
          onClose={() => setWhy(undefined)}
        />
      )}
    </section>
  );
}
