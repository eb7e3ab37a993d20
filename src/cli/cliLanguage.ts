import type { Language } from "../contracts/language";
import { CliError } from "./CliError";

/**
 * The language the command line speaks: `--lang sv|en` when given;
 * otherwise English when the first of LC_ALL, LC_MESSAGES and LANG that is
 * set starts with "en", and Swedish in every other case (unset, "C", "POSIX",
 * "sv_SE.UTF-8", …).
 *
 * @example
 * cliLanguage(["run", "m.json"], { LANG: "en_GB.UTF-8" }); // "en"
 */
export function cliLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Language {
  const at = argv.indexOf("--lang");
  if (at >= 0) {
    const lang = argv[at + 1];
    if (lang === "sv" || lang === "en") return lang;
    if (lang === undefined || lang.startsWith("--")) throw new CliError("--lang", "needsValue");
    throw new CliError("--lang", "badLanguage", { lang });
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return locale?.startsWith("en") === true ? "en" : "sv";
}
