import { makeStyles } from "@fluentui/react-components";

/** A number cell in the comparison's tables: right-aligned, its digits in columns, on one line. */
export const useNumberStyles = makeStyles({
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});
