import path from "node:path";
import { parseModel } from "../../../src/engine";
import { readModelFile } from "../../../src/cli/readModelFile";
import { describeRule } from "../../../src/workbook/render/describeRule";
import { EXAMPLES } from "../../helpers/cli";
import { oneLine } from "../../helpers/models";

const nbsp = (text: string) => text.replace(/ (?=\d{3}\b)/g, "\u00a0");
const finsam = parseModel(readModelFile(path.join(EXAMPLES, "finsam-staten.json")));
const split = (document: unknown) => {
  const model = parseModel(document);
  const rule = model.lines[0]?.split;
  if (rule === undefined) throw new Error("the model has no line");
  return { model, rule };
};

describe("describeRule: a fixed rule with a rest and bounds on the whole amount", () => {
  it("says the state's Finsam model in Swedish", () => {
    const rule = finsam.lines[0]?.split;
    expect(rule && describeRule(finsam, rule, "sv")).toBe(
      nbsp(
        "400 000 kr per förbund, resten 75 % efter försörjningsmått och 25 % efter befolkning 16–64 år, ingen under 90 % av fjolårets belopp",
      ),
    );
  });

  it("says it in English on request", () => {
    const rule = finsam.lines[0]?.split;
    expect(rule && describeRule(finsam, rule, "en")).toBe(
      nbsp(
        "400 000 kr per förbund, the rest 75 % by försörjningsmått and 25 % by befolkning 16–64 år, nobody below 90 % of fjolårets belopp",
      ),
    );
  });

  it("names one minimum and one maximum for all, and says per party when they differ", () => {
    const all = split(
      oneLine({ by: "fixed", amounts: { a: "10" }, rest: { by: "equal" }, min: "20", max: "60" }),
    );
    expect(describeRule(all.model, all.rule, "sv")).toBe(
      "fasta belopp, resten lika delar, ingen under 20 kr, ingen över 60 kr",
    );
    const each = split(
      oneLine({ by: "fixed", amounts: { a: "10" }, rest: { by: "equal" }, max: { b: "60" } }),
    );
    expect(describeRule(each.model, each.rule, "en")).toBe(
      "fixed amounts, the rest equal parts, with maximums",
    );
  });

  it("says the same amount to every party as an amount each", () => {
    const same = split(oneLine({ by: "fixed", amounts: { a: "10", b: "10" }, rest: { by: "equal" } }));
    expect(describeRule(same.model, same.rule, "sv")).toBe("10 kr var, resten lika delar");
  });
});
