import { readFileSync } from "node:fs";
import path from "node:path";
import { parseJson, stringifyModel } from "../../src/engine";
import { TEMPLATES } from "../../src/taskpane/templates";

// The bundle imports the templates as JSON modules, whose numbers are doubles: this holds them to their files digit for digit.
describe("the pane's templates", () => {
  it.each(TEMPLATES.map((t) => [t.id, t.document] as const))(
    "%s keeps every digit of its file",
    (id, document) => {
      const file = readFileSync(path.join(__dirname, "..", "..", "examples", `${id}.json`), "utf8");
      expect(stringifyModel(document)).toBe(stringifyModel(parseJson(file)));
    },
  );
});
