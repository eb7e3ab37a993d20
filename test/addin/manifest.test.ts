import { readFileSync } from "node:fs";
import path from "node:path";
import { parseStringPromise } from "xml2js";
import { EXCEL_API } from "../../src/workbook/office/requirements";
import { ROOT } from "../helpers/cli";

type Node = Record<string, unknown> & { $?: Record<string, string> };
const manifestText = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
let manifest: Node;

beforeAll(async () => {
  manifest = ((await parseStringPromise(manifestText)) as { OfficeApp: Node }).OfficeApp;
});

/** Every element below a node with the given tag name (xml2js keeps repeated elements in arrays). */
function all(node: unknown, tag: string): Node[] {
  if (Array.isArray(node)) return node.flatMap((n) => all(n, tag));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(
    ([key, value]) =>
      [...(key === tag ? (Array.isArray(value) ? value : [value]) : []), ...all(value, tag)] as Node[],
  );
}

describe("manifest.xml (checked offline; the validation service is out of reach here)", () => {
  it("is a task pane add-in for Excel only", () => {
    expect([manifest.$?.["xsi:type"], all(manifest.Hosts, "Host").map((h) => h.$?.Name)]).toEqual([
      "TaskPaneApp",
      ["Workbook"],
    ]);
  });

  it("asks for ReadWriteDocument", () => {
    expect(manifest.Permissions).toEqual(["ReadWriteDocument"]);
  });

  it("declares the minimum ExcelApi set the code checks at runtime", () => {
    expect(all(manifest.Requirements, "Set").map((s) => s.$)).toEqual([
      { Name: "ExcelApi", MinVersion: EXCEL_API },
    ]);
  });

  it("puts a button on the Home tab that opens the task pane", () => {
    const tab = all(manifest, "OfficeTab")[0];
    const control = all(tab, "Control")[0];
    expect([tab?.$?.id, control?.$?.["xsi:type"], all(control, "Action")[0]?.$?.["xsi:type"]]).toEqual([
      "TabHome",
      "Button",
      "ShowTaskpane",
    ]);
  });

  it("points every icon at a PNG in assets/ of its declared size (16, 32, 80) and a high-resolution one", () => {
    const fileOf = (url: string | undefined) =>
      path.join(ROOT, (url ?? "").replace("https://localhost:3000/", ""));
    const width = (url: string | undefined) => readFileSync(fileOf(url)).readUInt32BE(16);
    const urlById = new Map(
      all(manifest.VersionOverrides, "bt:Image")
        .filter((i) => i.$?.id)
        .map((i) => [i.$?.id, i.$?.DefaultValue]),
    );
    const declared = all(manifest.VersionOverrides, "bt:Image").filter((i) => i.$?.size);
    expect(declared.map((i) => [Number(i.$?.size), width(urlById.get(i.$?.resid))])).toEqual(
      [16, 32, 80, 16, 32, 80].map((n) => [n, n]),
    );
    expect(width((manifest.HighResolutionIconUrl as Node[])[0]?.$?.DefaultValue)).toBeGreaterThanOrEqual(64);
  });

  it("serves everything from https://localhost:3000 in development", () => {
    const urls = [...manifestText.matchAll(/(?:Value="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map(
      (m) => m[1] ?? "",
    );
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://localhost:3000"))).toEqual([]);
  });

  it("speaks Swedish by default, with English overrides", () => {
    expect([
      (manifest.DefaultLocale as string[])[0],
      all(manifest.DisplayName, "Override")[0]?.$?.Locale,
    ]).toEqual(["sv-SE", "en-US"]);
  });
});
