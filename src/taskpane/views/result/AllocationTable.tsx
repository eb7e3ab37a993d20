import {
  Button,
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
import type { ScenarioResult } from "../../../engine/result/types";
import { decimalComma, swedishAmount } from "../../../format/swedishAmount";
import type { ResultStrings } from "../../resultStrings";
import type { Strings } from "../../strings";
import { NumberHeaderCell } from "../NumberHeaderCell";
import { TotalRow } from "../TotalRow";

const useStyles = makeStyles({
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  party: { width: "24%", overflowWrap: "anywhere" },
  amount: { width: "23%" },
  share: { width: "16%" },
  adjustment: { width: "23%" },
  narrow: { width: "14%" },
  why: { minWidth: 0, paddingInline: tokens.spacingHorizontalXS },
  nowrap: { whiteSpace: "nowrap" },
});

interface AllocationTableProps {
  readonly words: Strings & ResultStrings;
  readonly shown: ScenarioResult;
  /** Opens "Varför?" for a party. */
  readonly onWhy: (party: string) => void;
  /** Where each party's "Varför?" button is kept while it is shown, by party id. */
  readonly whyButtons: Map<string, HTMLElement>;
}

/** A party's share of the whole, "31,18 %"; empty when the whole is nothing. */
function percent(part: string, whole: string): string {
  const total = Number(whole);
  return total === 0 ? "" : `${decimalComma(((100 * Number(part)) / total).toFixed(2))} %`;
}

/** A party's rounding adjustment over its lines, "−0,40". */
function adjustment(lines: Record<string, { adjustment: string }>): string {
  const sum = Object.values(lines).reduce((s, l) => s + Number(l.adjustment), 0);
  return decimalComma(sum.toFixed(2)).replace("-", "−");
}

/** Each party's amount, share and rounding adjustment in one scenario, with "Varför?" for each, and the total. */
export function AllocationTable({ words, shown, onWhy, whyButtons }: AllocationTableProps) {
  const styles = useStyles();
  return (
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
            <TableCell className={styles.number}>{adjustment(party.lines)}</TableCell>
            <TableCell>
              <Button
                size="small"
                className={styles.why}
                onClick={() => onWhy(party.id)}
                ref={(button) =>
                  void (button ? whyButtons.set(party.id, button) : whyButtons.delete(party.id))
                }
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
  );
}
