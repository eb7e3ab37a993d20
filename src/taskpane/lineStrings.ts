import type { Language } from "../workbook/render/labels";

/** The words of the lines-and-rules editor, in a chunk of their own with it. */
const SV = {
  rounding: "Avrundning",
  roundingUnit: "Avrunda till",
  units: {
    "0.01": "öre",
    "1": "hela kronor",
    "100": "hundratal kronor",
    "1000": "tusental kronor (tkr)",
  } as Record<string, string>,
  method: "Metod",
  methods: {
    "largest-remainder": "Största rest",
    "sainte-lague": "Sainte-Laguë",
    dhondt: "D'Hondt",
  } as Record<string, string>,
  addLine: "Lägg till rad",
  newLine: "Ny rad",
  removeLine: "Ta bort raden",
  lineLabel: "Benämning",
  lineAmount: "Belopp att fördela",
  anchorParty: "Förankra i partens belopp",
  noAnchor: "Ingen förankring",
  anchorAmount: "Partens belopp",
  ruleKind: "Fördelas",
  kinds: {
    shares: "i fasta andelar",
    key: "efter en nyckel",
    equal: "i lika delar",
    weights: "efter en blandad nyckel",
    fixed: "med fasta belopp och rest",
  } as Record<string, string>,
  key: "Nyckel",
  among: "Bland",
  amongDefault: "alla som nyckeln gäller",
  equalParts: "lika delar",
  weight: "Vikt",
  addWeight: "Lägg till vikt",
  receiver: "Mottagare",
  addShare: "Lägg till andel",
  groupSplit: "Gruppen fördelar sin del",
  fixedFrom: "Fasta belopp från",
  perParty: "beloppen nedan, per part",
  factor: "Uppräkning",
  factorHint: "Tomt: samma belopp som i nyckeln. Till exempel 1,032 eller 103,2 % (uppräknat med 3,2 %).",
  fixedAmount: "Belopp",
  addAmount: "Lägg till belopp",
  rest: "Resten",
  noRest: "ingen rest",
  min: "Lägsta belopp",
  sameForAll: (bound: string) => `${bound}: samma för alla`,
  perPartyBound: (bound: string) => `${bound} per part`,
  addBound: (bound: string) => `Lägg till ${bound.toLowerCase()}`,
  max: "Högsta belopp",
  maxDecrease: "Högst minskning mot",
  maxDecreasePercent: "Högst minskning",
  none: "ingen",
  removeRow: "Ta bort",
};

export type LineStrings = typeof SV;

const EN: LineStrings = {
  rounding: "Rounding",
  roundingUnit: "Round to",
  units: {
    "0.01": "öre",
    "1": "whole kronor",
    "100": "hundreds of kronor",
    "1000": "thousands of kronor (tkr)",
  },
  method: "Method",
  methods: { "largest-remainder": "Largest remainder", "sainte-lague": "Sainte-Laguë", dhondt: "D'Hondt" },
  addLine: "Add a line",
  newLine: "New line",
  removeLine: "Remove the line",
  lineLabel: "Label",
  lineAmount: "Amount to split",
  anchorParty: "Anchor on a party's amount",
  noAnchor: "No anchor",
  anchorAmount: "The party's amount",
  ruleKind: "Split",
  kinds: {
    shares: "in fixed shares",
    key: "by a key",
    equal: "in equal parts",
    weights: "by a mixed key",
    fixed: "with fixed amounts and a rest",
  },
  key: "Key",
  among: "Among",
  amongDefault: "everyone the key covers",
  equalParts: "equal parts",
  weight: "Weight",
  addWeight: "Add a weight",
  receiver: "Receiver",
  addShare: "Add a share",
  groupSplit: "The group splits its part",
  fixedFrom: "Fixed amounts from",
  perParty: "the amounts below, per party",
  factor: "Index factor",
  factorHint: "Empty: the key's amounts as they are. For example 1,032 or 103,2 % (raised by 3.2 %).",
  fixedAmount: "Amount",
  addAmount: "Add an amount",
  rest: "The rest",
  noRest: "no rest",
  min: "Minimum",
  sameForAll: (bound: string) => `${bound}: the same for all`,
  perPartyBound: (bound: string) => `${bound} per party`,
  addBound: (bound: string) => `Add a ${bound.toLowerCase()}`,
  max: "Maximum",
  maxDecrease: "At most a decrease against",
  maxDecreasePercent: "Largest decrease",
  none: "none",
  removeRow: "Remove",
};

/**
 * The editor's words in a language.
 *
 * @example
 * lineStrings("sv").addLine; // "Lägg till rad"
 */
export function lineStrings(language: Language): LineStrings {
  return language === "en" ? EN : SV;
}
