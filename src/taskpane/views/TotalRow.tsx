import { TableCell, TableRow } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface TotalRowProps {
  readonly label: string;
  /** The total, already written out. */
  readonly amount: string;
  readonly numberClassName: string;
  /** The cells after the total's. */
  readonly children?: ReactNode;
}

/** A table's last row: "Summa" and the total in bold, then whatever cells follow. */
export function TotalRow({ label, amount, numberClassName, children }: TotalRowProps) {
  return (
    <TableRow>
      <TableCell>
        <strong>{label}</strong>
      </TableCell>
      <TableCell className={numberClassName}>
        <strong>{amount}</strong>
      </TableCell>
      {children}
    </TableRow>
  );
}
