import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ComparisonDocument } from "../../../engine/compare/comparisonDocument";
import { signedAmount } from "../../../format/swedishAmount";
import type { ResultStrings } from "../../resultStrings";
import type { Strings } from "../../strings";
import { NumberHeaderCell } from "../NumberHeaderCell";
import { TotalRow } from "../TotalRow";
import { useNumberStyles } from "./compareStyles";

const useStyles = makeStyles({
  party: { width: "36%", overflowWrap: "anywhere" },
  difference: { width: "26%" },
  narrow: { width: "19%" },
});

interface ComparisonTableProps {
  readonly words: Strings & ResultStrings;
  readonly document: ComparisonDocument;
}

/** A change in percent, signed, or "–" where there was nothing to change from. */
function percentText(percent: string | null): string {
  return percent === null ? "–" : `${signedAmount(percent)} %`;
}

/** Each party's difference in kronor, in percent and per inhabitant, and the total's. */
export function ComparisonTable({ words, document }: ComparisonTableProps) {
  const styles = useStyles();
  const { number } = useNumberStyles();
  return (
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
            <TableCell className={number}>{signedAmount(p.difference)}</TableCell>
            <TableCell className={number}>{percentText(p.percent)}</TableCell>
            <TableCell className={number}>
              {p.perInhabitant === null ? "–" : signedAmount(p.perInhabitant)}
            </TableCell>
          </TableRow>
        ))}
        <TotalRow
          label={words.total}
          amount={signedAmount(document.total.difference)}
          numberClassName={number}
        >
          <TableCell className={number}>{percentText(document.total.percent)}</TableCell>
          <TableCell />
        </TotalRow>
      </TableBody>
    </Table>
  );
}
