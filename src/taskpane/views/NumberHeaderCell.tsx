import { makeStyles, mergeClasses, TableHeaderCell } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  // The heading's text sits in an inner flex box, which text-align does not reach.
  end: { justifyContent: "flex-end", textAlign: "right" },
});

/** A column heading over numbers: right-aligned, like the numbers under it. */
export function NumberHeaderCell({ className, children }: { className?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <TableHeaderCell className={mergeClasses(styles.end, className)} button={{ className: styles.end }}>
      {children}
    </TableHeaderCell>
  );
}
