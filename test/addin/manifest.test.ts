import { readFileSync } from "node:fs";
import path from "node:path";
import { parseStringPromise } from "xml2js";
import { EXCEL_API } from "../../src/workbook/office/requirements";
import { ROOT } from "../helpers/cli";

type Node = Record<string, unknown> & { $?: Record<string, string> };
const manifestText = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
let manifest: Node;

/** A resource's default value and its overrides by locale. */
interface Resource {
  value: string | undefined;
  overrides: Record<string, string | undefined>;
}
let urls: Map<string | undefined, Resource>;
let strings: Map<string | undefined, Resource>;

beforeAll(async () => {
  manifest = ((await parseStringPromise(manifestText)) as { OfficeApp: Node }).OfficeApp;
  const resources = (tag: string) =>
    new Map(
      all(manifest.VersionOverrides, tag).map((r) => [
        r.$?.id,
        {
          value: r.$?.DefaultValue,
          overrides: Object.fromEntries(all(r, "bt:Override").map((o) => [o.$?.Locale, o.$?.Value])),
        },
      ]),
    );
  urls = resources("bt:Url");
  strings = resources("bt:String");
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

  it("declares the worksheet functions' extension point: functions.js, the task pane's page, metadata and the FORDELA namespace", () => {
    const point = all(manifest.VersionOverrides, "ExtensionPoint").find(
      (p) => p.$?.["xsi:type"] === "CustomFunctions",
    );
    const resid = (tag: string) => all(point?.[tag], "SourceLocation")[0]?.$?.resid;
    expect([
      urls.get(resid("Script") ?? ""),
      resid("Page"),
      urls.get(resid("Metadata") ?? ""),
      strings.get(all(point, "Namespace")[0]?.$?.resid ?? ""),
    ]).toEqual([
      { value: "https://localhost:3000/functions.js", overrides: {} },
      "Taskpane.Url",
      {
        value: "https://localhost:3000/functions.json",
        overrides: { "sv-SE": "https://localhost:3000/functions.sv.json" },
      },
      { value: "FORDELA", overrides: { "sv-SE": "FÖRDELA" } },
    ]);
  });

  it("runs the functions, the ribbon and the pane in one long-lived shared runtime, the task pane's page", () => {
    const runtimes = all(manifest.VersionOverrides, "Runtime").map((r) => r.$);
    const functionFile = all(manifest.VersionOverrides, "FunctionFile")[0]?.$?.resid;
    expect([runtimes, functionFile]).toEqual([[{ resid: "Taskpane.Url", lifetime: "long" }], "Taskpane.Url"]);
  });

  it("requires CustomFunctionsRuntime and SharedRuntime inside VersionOverrides only, so the pane still opens without them", () => {
    const overrides = (manifest.VersionOverrides as Node[])[0];
    expect([
      all(overrides?.Requirements, "bt:Set").map((s) => s.$),
      all(manifest.Requirements, "Set").map((s) => s.$?.Name),
    ]).toEqual([
      [
        { Name: "CustomFunctionsRuntime", MinVersion: "1.2" },
        { Name: "SharedRuntime", MinVersion: "1.1" },
      ],
      ["ExcelApi"],
    ]);
  });

  it("speaks Swedish by default, with English overrides", () => {
    expect([
      (manifest.DefaultLocale as string[])[0],
      all(manifest.DisplayName, "Override")[0]?.$?.Locale,
    ]).toEqual(["sv-SE", "en-US"]);
  });
});
