import path from "node:path";
import { cliLanguage } from "../../src/cli/cliLanguage";
import { CLI_MESSAGES } from "../../src/cli/cliMessages";
import { EXAMPLES, runBinIn, runCli, runCliIn } from "../helpers/cli";
import { englishWord, paramsRead, sentenceProblem, walk } from "../helpers/messageWalk";

const refused = path.join(__dirname, "..", "fixtures", "refused.json");
const samordning = path.join(EXAMPLES, "samordningsforbund.json");
const turism = path.join(EXAMPLES, "turism.json");

describe("the command line's language", () => {
  it.each<[string, Record<string, string>, "sv" | "en"]>([
    ["no locale at all", {}, "sv"],
    ["LANG=en_GB.UTF-8", { LANG: "en_GB.UTF-8" }, "en"],
    ["LANG=sv_SE.UTF-8", { LANG: "sv_SE.UTF-8" }, "sv"],
    ["LANG=C", { LANG: "C" }, "sv"],
    ["LANG=POSIX", { LANG: "POSIX" }, "sv"],
    ["LC_ALL=C before LANG=en_US", { LC_ALL: "C", LANG: "en_US.UTF-8" }, "sv"],
    ["LC_MESSAGES=en_US before LANG=sv_SE", { LC_MESSAGES: "en_US.UTF-8", LANG: "sv_SE.UTF-8" }, "en"],
    ["an empty LC_ALL, which is not set", { LC_ALL: "", LANG: "en_US.UTF-8" }, "en"],
  ])("is %s → %s without --lang", (_, env, language) => {
    expect(cliLanguage(["run", "m.json"], env)).toBe(language);
  });

  it("takes --lang over the environment", () => {
    expect(cliLanguage(["run", "m.json", "--lang", "sv"], { LANG: "en_US.UTF-8" })).toBe("sv");
    expect(cliLanguage(["validate", "--lang", "en", "m.json"], {})).toBe("en");
  });

  it("refuses a language it does not speak, in one line", async () => {
    const run = await runCli("run", samordning, "--lang", "de");
    expect([run.code, run.stderr]).toEqual([1, 'fordela: --lang: valet tar sv eller en, inte "de"\n']);
  });
});

describe("a refusal on the command line", () => {
  it("keeps the path and changes only the reason with the language", async () => {
    const sv = await runCli("validate", refused);
    const en = await runCli("validate", refused, "--lang", "en");
    expect([sv.code, sv.stderr]).toEqual([
      2,
      "fordela: lines.bidrag.split.shares: andelarna blir tillsammans 9/10, inte 1\n",
    ]);
    expect([en.code, en.stderr]).toEqual([
      2,
      "fordela: lines.bidrag.split.shares: the shares add up to 9/10, not 1\n",
    ]);
  });

  it("speaks English when the locale does", async () => {
    const run = await runCliIn({ LANG: "en_US.UTF-8" }, "run", path.join(EXAMPLES, "none.json"));
    expect(run.stderr).toBe(`fordela: ${path.join(EXAMPLES, "none.json")}: no such file\n`);
  });

  it("does so from the installed command too", () => {
    expect(runBinIn({ LANG: "en_GB.UTF-8" }, "validate", refused).stderr).toBe(
      "fordela: lines.bidrag.split.shares: the shares add up to 9/10, not 1\n",
    );
    expect(runBinIn({ LC_ALL: "C", LANG: "en_GB.UTF-8" }, "validate", refused).stderr).toBe(
      "fordela: lines.bidrag.split.shares: andelarna blir tillsammans 9/10, inte 1\n",
    );
  });
});

describe("validate and compare in the chosen language", () => {
  it("says OK in English", async () => {
    const run = await runCli("validate", samordning, "--lang", "en");
    expect(run.stdout).toBe(
      "OK: Samordningsförbundet i Jämtlands län 2025: 10 parties, 1 line, 3 scenarios\n",
    );
  });

  it("writes the comparison and its note in Swedish, the refusal inside it too", async () => {
    const run = await runCli("compare", turism, "--a", "Samma som i fjol", "--b", "base");
    const note = run.stdout.split("\n").find((line) => line.startsWith("Obs:")) ?? "";
    expect(note).toMatch(
      /^Obs: Radbelopp kunde inte mätas för sig och räknas under Regler m\.m\. \(.+: .+\)\.$/,
    );
    expect(note).not.toMatch(/\b(the|is|not|add up|there)\b/);
  });

  it("writes the comparison and its note in English with --lang en", async () => {
    const run = await runCli("compare", turism, "--a", "Samma som i fjol", "--b", "base", "--lang", "en");
    expect(run.stdout).toContain("Comparison: The base model against Samma som i fjol");
    const note = run.stdout.split("\n").find((line) => line.startsWith("Note:")) ?? "";
    expect(note).toMatch(
      /^Note: Line amounts could not be measured apart and is counted under Rules etc\. \(.+\)\.$/,
    );
    expect(run.stdout).not.toMatch(/\b(Skillnad|Summa|kunde|inte|blir|finns)\b/);
  });
});

describe("the command line's message table", () => {
  it.each(Object.keys(CLI_MESSAGES.sv))("uses the same parameters for %s in both languages", (code) => {
    expect(paramsRead(CLI_MESSAGES, code, "en")).toEqual(paramsRead(CLI_MESSAGES, code, "sv"));
  });

  it.each(walk(CLI_MESSAGES).filter((m) => m.language === "sv"))(
    "says $code in Swedish without English words",
    ({ text }) => {
      expect(englishWord(text)).toBeUndefined();
    },
  );

  it.each(walk(CLI_MESSAGES))("says $code in $language as a whole sentence", ({ text, language }) => {
    expect(sentenceProblem(text, language)).toBeUndefined();
  });
});
