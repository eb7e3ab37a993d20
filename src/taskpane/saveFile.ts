import type { ExportFile } from "../workbook/export/exportFiles";

/**
 * Hands a file to the browser as a download, as a link with `download` does.
 * The address is released a minute later, when the browser has the bytes.
 *
 * @example
 * saveFile({ name: "Turism.zip", bytes });
 */
export function saveFile(file: ExportFile): void {
  const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: "application/zip" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
