import {
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
import { CAUSES } from "../../../engine/compare/causeLadder";
import type { PartyComparisonResult } from "../../../engine/compare/comparisonDocument";
import { signedAmount } from "../../../format/swedishAmount";
import type { ResultStrings } from "../../resultStrings";
import { NumberHeaderCell } from "../NumberHeaderCell";
import { useNumberStyles } from "./compareStyles";

const useStyles = makeStyles({
  bar: { height: "10px", borderRadius: tokens.borderRadiusSmall, minWidth: "2px" },
  increase: { backgroundColor: "#2E7D32" },
  decrease: { backgroundColor: "#C62828" },
});

interface CauseTableProps {
  readonly words: ResultStrings;
  readonly title: string;
  /** The causes' names, in the order of CAUSES. */
  readonly names: readonly string[];
  readonly party: PartyComparisonResult;
}

/** A party's difference, cause by cause, each with a bar: green where it adds, red where it takes away. */
export function CauseTable({ words, title, names, party }: CauseTableProps) {
  const styles = useStyles();
  const { number } = useNumberStyles();
  const widest = Math.max(...CAUSES.map((c) => Math.abs(Number(party.causes[c]))), 1);
  return (
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
              <TableCell className={number}>{signedAmount(party.causes[cause])}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
