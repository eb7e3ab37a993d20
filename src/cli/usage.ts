import type { Language } from "../contracts/language";

const SV = `Användning:
  fordela run MODELL.json [--json] [--out FIL.xlsx [--tables] [--statements] [--force]] [--lang sv|en]
                                    fördelar varje rad i modellen och i varje scenario och
                                    skriver ut en tabell per scenario, eller med --json
                                    resultatdokumentet; --out skriver fördelningen som en
                                    Excel-arbetsbok och skriver då bara ut varje scenarios
                                    summa, --tables skriver ut tabellerna också,
                                    --statements lägger till varje parts besked som ett blad,
                                    --force ersätter en arbetsbok som redan finns
  fordela compare MODELL.json [--a NAMN] [--b NAMN] [--json] [--lang sv|en]
                                    scenario B mot scenario A, part för part, med skillnaden
                                    delad i orsaker; A är grundmodellen om inget annat anges,
                                    B det första scenariot om inget annat anges ("base" är grundmodellen)
  fordela export MODELL.json --out-dir MAPP [--scenario NAMN] [--force] [--lang sv|en]
                                    varje parts besked som en egen .xlsx-fil och
                                    fordelning.csv för alla parter, för grundmodellen
                                    eller det namngivna scenariot; skrivs helt eller inte alls,
                                    --force ersätter filer med samma namn i MAPP
  fordela validate MODELL.json [--lang sv|en]
                                    kontrollerar en modell utan att skriva ut resultatet
  fordela import FIL.csv [--party KOL] [--name KOL] [--key KOL=ID]... [--decimal comma|point] [--lang sv|en]
                                    läser parter och nycklar från en CSV-fil eller en export från SCB,
                                    som aktivitetsfönstret i Excel gör, och skriver ut dem som JSON { "parties", "keys" };
                                    KOL är en kolumnrubrik eller ett kolumnnummer
  fordela --help                    den här texten

MODELL.json kan vara - för att läsa modellen från standard in (stdin).

Alla kommandon talar svenska, eller engelska med --lang en eller när den första
av LC_ALL, LC_MESSAGES och LANG som är satt börjar med "en". Ett fel är en rad
på stderr, "fordela: SÖKVÄG: orsak"; bara orsaken byter språk.

Slutstatus: 0 klart, 2 modellen eller filen avvisades (fältet eller FIL:RAD:KOLUMN och orsaken
på stderr), 1 allt annat.`;

const EN = `Usage:
  fordela run MODEL.json [--json] [--out FILE.xlsx [--tables] [--statements] [--force]] [--lang sv|en]
                                    split every line of the model and of each scenario and
                                    print a table per scenario, or with --json the result
                                    document; --out writes the allocation as an Excel
                                    workbook and then prints only each scenario's total,
                                    --tables prints the tables as well,
                                    --statements adds each party's statement as a sheet,
                                    --force replaces a workbook that is already there
  fordela compare MODEL.json [--a NAME] [--b NAME] [--json] [--lang sv|en]
                                    scenario B against scenario A, party by party, with the
                                    difference split into causes; A is the base model unless
                                    named, B the first scenario unless named ("base" names the base)
  fordela export MODEL.json --out-dir DIR [--scenario NAME] [--force] [--lang sv|en]
                                    each party's statement as its own .xlsx file and
                                    fordelning.csv for all parties, for the base model
                                    or the named scenario; written whole or not at all,
                                    --force to replace files of the same names in DIR
  fordela validate MODEL.json [--lang sv|en]
                                    check a model without printing its results
  fordela import FILE.csv [--party COL] [--name COL] [--key COL=ID]... [--decimal comma|point] [--lang sv|en]
                                    read parties and keys from a CSV file or SCB export, as the
                                    pane does, and print them as { "parties", "keys" } JSON;
                                    COL is a heading or a column number
  fordela --help                    this text

MODEL.json may be - to read the model from standard input.

Every command speaks Swedish, or English with --lang en or when the first of
LC_ALL, LC_MESSAGES and LANG that is set starts with "en". A refusal is one
line on stderr, "fordela: PATH: reason"; only the reason changes with the language.

Exit status: 0 done, 2 the model or file was refused (the field or FILE:LINE:COLUMN and the reason
on stderr), 1 anything else.`;

/**
 * The command line's usage, in Swedish by default or in English.
 *
 * @example
 * usage("en").startsWith("Usage:"); // true
 */
export function usage(language: Language): string {
  return language === "en" ? EN : SV;
}
