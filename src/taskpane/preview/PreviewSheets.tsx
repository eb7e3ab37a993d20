import { Caption1, makeStyles, Subtitle2, Tab, TabList, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookSpec } from "../../workbook/description/types";
import type { Strings } from "../strings";

const ROWS_SHOWN = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowX: "auto" },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    whiteSpace: "nowrap",
    maxWidth: "160px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
});

/** The preview's in-memory workbook: the sheets last written, as plain grids of their first rows. */
export function PreviewSheets({ words, workbook }: { words: Strings; workbook: WorkbookSpec | undefined }) {
  const styles = useStyles();
  const [sheet, setSheet] = useState(0);
  if (workbook === undefined) return null;
  const shown = workbook.sheets[Math.min(sheet, workbook.sheets.length - 1)];
  const rows = Math.min(ROWS_SHOWN, Math.max(0, ...(shown?.cells.map((c) => c.row + 1) ?? [])));
  const cols = Math.max(0, ...(shown?.cells.map((c) => c.col + 1) ?? []));
  const at = new Map(shown?.cells.map((c) => [`${c.row}:${c.col}`, c.formula ?? String(c.value ?? "")]));
  return (
    <section className={styles.root} aria-label={words.preview}>
      <Subtitle2 as="h2">{words.preview}</Subtitle2>
      <TabList
        selectedValue={String(sheet)}
        onTabSelect={(_, data) => setSheet(Number(data.value))}
        size="small"
      >
        {workbook.sheets.map((s, i) => (
          <Tab key={s.name} value={String(i)}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <table className={styles.grid}>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              {Array.from({ length: cols }, (_, c) => (
                <td key={c} className={styles.cell}>
                  {at.get(`${r}:${c}`) ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Caption1>{shown?.name}</Caption1>
    </section>
  );
}
