import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Language } from "../../contracts/language";
import type { WorkbookServices } from "../../contracts/workbookServices";
import { parseModelText } from "../parseModelText";
import { scenarioStrings } from "../scenarioStrings";
import type { Strings } from "../strings";
import { KeyValuesEditor } from "./KeyValuesEditor";
import { ExcelSources } from "./parties/ExcelSources";
import { ImportNotice } from "./parties/ImportNotice";
import { TextSources } from "./parties/TextSources";
import { useTableImport, type PartiesDocument } from "./parties/useTableImport";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface PartiesKeysViewProps {
  readonly words: Strings;
  readonly language: Language;
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly services: WorkbookServices;
}

function current(text: string, words: Strings): PartiesDocument | undefined {
  if (text.trim() === "") return { format: "fordela/1", name: words.newModel, parties: [], lines: {} };
  return parseModelText<PartiesDocument>(text);
}

/** Parties and keys: from the selected cells in Excel, a pasted table or a CSV file (SCB's exports too). */
export function PartiesKeysView({ words, language, text, onText, services }: PartiesKeysViewProps) {
  const styles = useStyles();
  const document = current(text, words);
  const importer = useTableImport(document, onText, words, language);
  const { message } = importer;
  return (
    <section className={styles.root} aria-label={words.partiesKeys}>
      {document !== undefined && (
        <Body1>{words.summary(document.parties?.length ?? 0, Object.keys(document.keys ?? {}).length)}</Body1>
      )}
      <ExcelSources words={words} services={services} importer={importer} />
      <TextSources words={words} language={language} importer={importer} />
      {message !== undefined && (
        <ImportNotice
          words={words}
          message={message}
          {...(services.inExcel ? { onSelectCell: (a: string) => void services.selectCell(a) } : {})}
        />
      )}
      {document !== undefined && Object.keys(document.keys ?? {}).length > 0 && (
        <>
          <Subtitle2 as="h2">{scenarioStrings(language).keyValues}</Subtitle2>
          <KeyValuesEditor words={{ ...words, ...scenarioStrings(language) }} text={text} onText={onText} />
        </>
      )}
    </section>
  );
}
