import { Caption1, makeStyles, Subtitle2, Tab, TabList, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { columnLetters } from "../../workbook/description/address";
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

/** Where Indata's key values start (renderIndata's layout): these cells can be edited in the preview. */
const FIRST_PARTY_ROW = 7;
const FIRST_KEY_COL = 3;

/** A number typed the Swedish or the English way ("6 000", "1,5"), as Excel would take it; other text as typed. */
function typedValue(text: string): unknown {
  const plain = text
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
}

export interface PreviewSheetsProps {
  readonly words: Strings;
  readonly workbook: WorkbookSpec | undefined;
  /** The name of the sheet whose key values can be edited (Indata). */
  readonly keySheet?: string;
  /** A key value typed into the grid, as Excel would hear it. */
  readonly onEdit?: (sheet: string, address: string, value: unknown) => void;
}

/** The preview's in-memory workbook: the sheets last written, as plain grids of their first rows; Indata's key values and line amounts can be edited. */
export function PreviewSheets({ words, workbook, keySheet, onEdit }: PreviewSheetsProps) {
  const styles = useStyles();
  const [sheet, setSheet] = useState(0);
  if (workbook === undefined) return null;
  const shown = workbook.sheets[Math.min(sheet, workbook.sheets.length - 1)];
  const rows = Math.min(ROWS_SHOWN, Math.max(0, ...(shown?.cells.map((c) => c.row + 1) ?? [])));
  const cols = Math.max(0, ...(shown?.cells.map((c) => c.col + 1) ?? []));
  const at = new Map(shown?.cells.map((c) => [`${c.row}:${c.col}`, c.formula ?? String(c.value ?? "")]));
  // Key values and line amounts are the numbers Indata holds from its table's first row and key column on.
  const numbers = new Set(
    shown?.cells.filter((c) => typeof c.value === "number").map((c) => `${c.row}:${c.col}`),
  );
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
                  <PreviewCell
                    text={at.get(`${r}:${c}`) ?? ""}
                    sheet={shown?.name ?? ""}
                    address={`${columnLetters(c)}${r + 1}`}
                    onEdit={
                      shown?.name === keySheet &&
                      r >= FIRST_PARTY_ROW &&
                      c >= FIRST_KEY_COL &&
                      numbers.has(`${r}:${c}`)
                        ? onEdit
                        : undefined
                    }
                  />
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

interface PreviewCellProps {
  readonly text: string;
  readonly sheet: string;
  readonly address: string;
  /** Given for a key value in Indata, which can be typed over. */
  readonly onEdit?: ((sheet: string, address: string, value: unknown) => void) | undefined;
}

/** A cell's shown text, or for a key value an input whose change Excel would hear when it is left. */
function PreviewCell({ text, sheet, address, onEdit }: PreviewCellProps) {
  if (onEdit === undefined) return <>{text}</>;
  return (
    <input
      key={text}
      aria-label={`${sheet}!${address}`}
      defaultValue={text}
      size={8}
      onKeyDown={(e) => e.key === "Enter" && e.currentTarget.blur()}
      onBlur={(e) => {
        if (e.currentTarget.value !== text) onEdit(sheet, address, typedValue(e.currentTarget.value));
      }}
    />
  );
}
