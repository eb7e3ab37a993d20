import {
  Button,
  Caption1,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useState } from "react";
import type { ComparisonDocument } from "../../engine/compare/comparisonDocument";
import type { ResultDocument } from "../../engine/result/types";
import { decimalComma, swedishAmount } from "../../format/swedishAmount";
import type { ExportFile } from "../../workbook/export/exportFiles";
import type { Language } from "../../workbook/render/labels";
import { resultStrings, type ResultStrings } from "../resultStrings";
import { saveFile } from "../saveFile";
import type { Strings } from "../strings";
import type { ExplainedLine } from "../explainParty";
import { IndexField } from "./IndexField";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { TotalRow } from "./TotalRow";
import { WhyDialog } from "./WhyDialog";

const CompareView = lazy(() =>
  import(/* webpackChunkName: "compare" */ "./CompareView").then((m) => ({ default: m.CompareView })),
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  party: { width: "24%", overflowWrap: "anywhere" },
  amount: { width: "23%" },
  share: { width: "16%" },
  adjustment: { width: "23%" },
  narrow: { width: "14%" },
  why: { minWidth: 0, paddingInline: tokens.spacingHorizontalXS },
  nowrap: { whiteSpace: "nowrap" },
  download: { display: "flex", flexDirection: "column", alignItems: "start", gap: tokens.spacingVerticalXS },
});

export interface ResultViewProps {
  readonly words: Strings;
  readonly document: ResultDocument | undefined;
  /** Explains a party's amounts in a scenario (0 is the base). */
  readonly explain: (scenario: number, party: string) => Promise<ExplainedLine[]>;
  readonly language: Language;
  /** Compares scenario `b` with scenario `a` (0 is the base). */
  readonly compare: (a: number, b: number) => Promise<ComparisonDocument>;
  /** Every party's statement and fordelning.csv for a scenario, as one zip. */
  readonly exportArchive: (scenario: number) => Promise<ExportFile>;
  /** Hands a file to the browser as a download (a link with `download`, unless a test says otherwise). */
  readonly save?: (file: ExportFile) => void;
}

function percent(part: string, whole: string): string {
  const total = Number(whole);
  return total === 0 ? "" : `${decimalComma(((100 * Number(part)) / total).toFixed(2))} %`;
}

/**
 * Result: each party's amount, share and rounding adjustment in a scenario,
 * "Varför?" for each and the download of every party's statement; or the
 * comparison of two scenarios.
 */
export function ResultView(props: ResultViewProps) {
  const { document, language, compare } = props;
  const words = { ...props.words, ...resultStrings(language) };
  const [part, setPart] = useState<"allocation" | "comparison">("allocation");
  // A new run gives a new document, and the comparison is asked for anew.
  const compareRun = useCallback((a: number, b: number) => compare(a, b), [compare, document]);
  if (document === undefined || document.results.length === 0) return <Caption1>{words.noResult}</Caption1>;
  return (
    <>
      <TabList
        size="small"
        appearance="subtle"
        selectedValue={part}
        onTabSelect={(_, data) => setPart(data.value as typeof part)}
      >
        <Tab value="allocation">{words.allocation}</Tab>
        <Tab value="comparison">{words.comparison}</Tab>
      </TabList>
      {part === "allocation" ? (
        <Allocation {...props} words={words} document={document} />
      ) : (
        <Suspense fallback={<Spinner size="tiny" />}>
          <CompareView
            words={words}
            language={language}
            scenarios={document.results.map((r) => r.scenario ?? words.base)}
            compare={compareRun}
          />
        </Suspense>
      )}
    </>
  );
}

type AllocationProps = ResultViewProps & {
  readonly words: Strings & ResultStrings;
  readonly document: ResultDocument;
};

function Allocation({ words, document, explain, exportArchive, save }: AllocationProps) {
  const styles = useStyles();
  const [scenario, setScenario] = useState(0);
  const [why, setWhy] = useState<string | undefined>(undefined);
  const shown = document.results[Math.min(scenario, document.results.length - 1)];
  if (shown === undefined) return <Caption1>{words.noResult}</Caption1>;
  const adjustment = (lines: Record<string, { adjustment: string }>) =>
    Object.values(lines).reduce((s, l) => s + Number(l.adjustment), 0);
  return (
    <section className={styles.root} aria-label={words.result}>
      <IndexField
        label={words.scenario}
        names={document.results.map((r) => r.scenario ?? words.base)}
        value={scenario}
        onChange={setScenario}
      />
      <Table size="small" aria-label={words.result} data-narrow-hide="">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.party}>{words.party}</TableHeaderCell>
            <NumberHeaderCell className={styles.amount}>{words.amount}</NumberHeaderCell>
            <NumberHeaderCell className={styles.share}>{words.share}</NumberHeaderCell>
            <NumberHeaderCell className={styles.adjustment}>{words.adjustment}</NumberHeaderCell>
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
                {decimalComma(adjustment(party.lines).toFixed(2)).replace("-", "−")}
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  className={styles.why}
                  onClick={() => setWhy(party.id)}
                  aria-label={`${words.why} ${party.name}`}
                >
                  {words.why}
                </Button>
              </TableCell>
            </TableRow>
          ))}
          <TotalRow label={words.total} amount={swedishAmount(shown.total)} numberClassName={styles.number}>
            <TableCell />
            <TableCell />
            <TableCell />
          </TotalRow>
        </TableBody>
      </Table>
      <Download words={words} load={() => exportArchive(scenario)} save={save ?? saveFile} />
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

interface DownloadProps {
  readonly words: ResultStrings;
  readonly load: () => Promise<ExportFile>;
  readonly save: (file: ExportFile) => void;
}

/** One download of every party's statement and fordelning.csv; the files are made off the pane's thread. */
function Download({ words, load, save }: DownloadProps) {
  const styles = useStyles();
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  const start = async () => {
    setState({ busy: true });
    try {
      const file = await load();
      save(file);
      setState({ busy: false, message: words.downloaded(file.name) });
    } catch (error) {
      setState({
        busy: false,
        message: words.failed(error instanceof Error ? error.message : String(error)),
      });
    }
  };
  return (
    <div className={styles.download}>
      <Button onClick={() => void start()} disabled={state.busy}>
        {words.download}
      </Button>
      <Caption1>{words.downloadHint}</Caption1>
      {state.busy && <Spinner size="tiny" label={words.downloading} />}
      {state.message !== undefined && <Text role="status">{state.message}</Text>}
    </div>
  );
}
