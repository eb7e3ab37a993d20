import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./browser";

const web = (file: string) => readFileSync(path.join(ROOT, "dist", "web", file), "utf8");

describe("the production build (npm run build)", () => {
  it("rewrites the manifest's localhost URLs to the production address", () => {
    const manifest = web("manifest.xml");
    expect([
      manifest.includes("localhost"),
      manifest.includes(
        `${(process.env.ADDIN_URL ?? "https://fordela.example.se").replace(/\/$/, "")}/taskpane.html`,
      ),
    ]).toEqual([false, true]);
  });

  it("loads office.js from Microsoft's CDN", () => {
    expect(web("taskpane.html")).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it("loads only the first paint's script at start; the rest comes on demand", () => {
    const scripts = [...web("taskpane.html").matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts.filter((s) => !s?.startsWith("https://"))).toEqual([
      expect.stringMatching(/^taskpane\.[0-9a-f]+\.js$/),
    ]);
  });

  it("emits the worksheet functions as their own script, with their metadata in English and Swedish", () => {
    const ids = (file: string) =>
      (JSON.parse(web(file)) as { functions: { id: string; name: string }[] }).functions.map((f) => [
        f.id,
        f.name,
      ]);
    expect([
      web("functions.js").includes('CustomFunctions.associate("SPLIT"'),
      ids("functions.json"),
      ids("functions.sv.json"),
    ]).toEqual([
      true,
      [
        ["SPLIT", "SPLIT"],
        ["WEIGHTED", "WEIGHTED"],
        ["SEATS", "SEATS"],
        ["PLAN", "PLAN"],
        ["MODEL", "MODEL"],
      ],
      [
        ["SPLIT", "BELOPP"],
        ["WEIGHTED", "VIKTAT"],
        ["SEATS", "PLATSER"],
        ["PLAN", "PLAN"],
        ["MODEL", "MODELL"],
      ],
    ]);
  });
});
