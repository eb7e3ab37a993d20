import { cellText } from "./xmlText";

/**
 * The workbook's shared strings: each distinct text once, cells point to it
 * by index (as Excel itself writes them).
 *
 * @example
 * const strings = new SharedStrings();
 * strings.id("Staten"); // 0
 * strings.id("Staten"); // 0
 */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  xml(): string {
    const items: string[] = [];
    for (const text of this.ids.keys()) items.push(`<si><t xml:space="preserve">${cellText(text)}</t></si>`);
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.ids.size}">` +
      `${items.join("")}</sst>`
    );
  }
}
