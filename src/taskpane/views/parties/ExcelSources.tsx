import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookServices } from "../../../contracts/workbookServices";
import type { Strings } from "../../strings";
import type { TableImport } from "./useTableImport";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

interface ExcelSourcesProps {
  readonly words: Strings;
  readonly services: WorkbookServices;
  readonly importer: TableImport;
}

/** In Excel: read one of the workbook's tables by name, or the selected cells. */
export function ExcelSources({ words, services, importer }: ExcelSourcesProps) {
  const styles = useStyles();
  const [tables, setTables] = useState<string[]>([]);
  const [table, setTable] = useState("");
  useEffect(() => {
    if (services.inExcel) services.listTables().then(setTables, () => setTables([]));
  }, [services]);
  const { add, fail } = importer;
  if (!services.inExcel) return null;
  return (
    <>
      {tables.length > 0 && (
        <div className={styles.row}>
          <Field label={words.table}>
            <Select value={table || tables[0]} onChange={(_, data) => setTable(data.value)}>
              {tables.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </Select>
          </Field>
          <Button
            onClick={() => services.readTable(table || (tables[0] ?? "")).then((t) => add(() => t), fail)}
          >
            {words.readTable}
          </Button>
        </div>
      )}
      <Button onClick={() => services.readSelection().then((t) => add(() => t), fail)}>
        {words.readSelection}
      </Button>
    </>
  );
}
