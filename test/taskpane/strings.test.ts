import { loadStoreStrings, storeStrings } from "../../src/taskpane/storeStrings";
import { loadStrings, strings } from "../../src/taskpane/strings";

// Swedish is in the pane's first script; English is fetched before the pane shows in English.
describe("the pane's word tables", () => {
  it("has Swedish at once", () => {
    expect(strings("sv").run).toBe("Kör och skriv till arbetsboken");
    expect(storeStrings("sv").takeTheirs).toBe("Ta deras version");
  });

  it("says so, rather than show Swedish, when English is asked for before it is loaded", () => {
    jest.isolateModules(() => {
      const fresh = jest.requireActual<typeof import("../../src/taskpane/strings")>(
        "../../src/taskpane/strings",
      );
      expect(() => fresh.strings("en")).toThrow(/loadStrings\("en"\)/);
      const store = jest.requireActual<typeof import("../../src/taskpane/storeStrings")>(
        "../../src/taskpane/storeStrings",
      );
      expect(() => store.storeStrings("en")).toThrow(/loadStoreStrings\("en"\)/);
    });
  });

  it("has English once loaded, with the same words as Swedish has", async () => {
    await Promise.all([loadStrings("en"), loadStoreStrings("en")]);
    expect(strings("en").run).toBe("Run and write to the workbook");
    expect(storeStrings("en").takeTheirs).toBe("Take their version");
    expect(Object.keys(strings("en")).sort()).toEqual(Object.keys(strings("sv")).sort());
    expect(Object.keys(storeStrings("en")).sort()).toEqual(Object.keys(storeStrings("sv")).sort());
  });
});
