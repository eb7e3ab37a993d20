import type { AppProps } from "../App";
import type { WorkbookServices } from "../../contracts/workbookServices";
import { labels, type Language } from "../../workbook/render/labels";
import { strings } from "../strings";
import { memoryWorkbook } from "./memoryWorkbook";
import { PreviewSheets } from "./PreviewSheets";

/**
 * The pane outside Excel: an in-memory workbook whose written sheets show
 * under the pane. A chunk of its own, fetched only there: the add-in in
 * Excel never loads it.
 *
 * @example
 * startPreview("sv", (services, preview) => root.render(<App services={services} preview={preview} … />));
 */
export function startPreview(
  language: Language,
  render: (services: WorkbookServices, preview: NonNullable<AppProps["preview"]>) => void,
): void {
  const words = strings(language);
  const keySheet = labels(language).indata;
  const workbook = memoryWorkbook(() => draw(), language);
  const preview: NonNullable<AppProps["preview"]> = {
    sheets: () => workbook.sheets(),
    Sheets: (p) => (
      <PreviewSheets words={words} workbook={p.workbook} keySheet={keySheet} onEdit={workbook.editCell} />
    ),
  };
  const draw = () => render(workbook, preview);
  draw();
}
