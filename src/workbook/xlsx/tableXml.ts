import { rangeAddress } from "../description/address";
import type { TableSpec } from "../description/types";
import { cellText, escapeXml } from "./xmlText";

/**
 * A table part: the header row and the data rows below it, a filter button
 * on every column, banded rows in TableStyleLight9. `id` is unique in the
 * workbook. A table holds at least one data row, as Excel requires.
 *
 * @example
 * tableXml(table, 1); // '<?xml …><table … name="Fordelning" ref="A4:F295">…</table>'
 */
export function tableXml(table: TableSpec, id: number): string {
  const ref = rangeAddress(table.row, table.col, 1 + Math.max(table.rows, 1), table.columns.length);
  const columns = table.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${cellText(name)}"/>`)
    .join("");
  const name = escapeXml(table.name);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}
