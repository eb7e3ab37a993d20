import type { MessageTable } from "../../contracts/refusal";
import { decimalComma, swedishAmount } from "../../format/swedishAmount";

/**
 * A value as a message quotes it: text in quotes, a number as written, or the
 * bare word `list` or `object` (which no quoted text can be) for a list or an object.
 */
type Found = string;

const svFound = (found: Found) => (found === "list" ? "en lista" : found === "object" ? "ett objekt" : found);
const enFound = (found: Found) => (found === "list" ? "a list" : found === "object" ? "an object" : found);
/** Amounts and units come as model decimals ("1234.5"); Swedish writes them "1 234,5". */
const kr = (amount: string) => swedishAmount(amount);
const svWhat = (what: string) => (what === "weights" ? "vikterna" : "andelarna");
/** How near a long total is to the decimals shown (sumExact's showTotal). */
const SV_NEAR: Readonly<Record<string, string>> = { about: "ungefär ", below: "mindre än " };
const EN_NEAR: Readonly<Record<string, string>> = { about: "about ", below: "less than " };
const SV_COUNTED: Readonly<Record<string, string>> = {
  parties: "parter",
  lines: "rader",
  scenarios: "scenarier",
  periods: "perioder",
};
const enWhat = (what: string) => (what === "weights" ? "weights" : "shares");

const sv = {
  notObject: (p: { found: Found }) => `här ska stå ett objekt, inte ${svFound(p.found)}`,
  unknownField: (p: { known: string }) => `fältet är okänt; de fält som finns är ${p.known}`,
  notText: (p: { found: Found }) => `här ska stå text, inte ${svFound(p.found)}`,
  emptyText: () => "fältet får inte vara tomt",
  notList: (p: { found: Found }) => `här ska stå en lista, inte ${svFound(p.found)}`,
  required: () => "fältet saknas, men det måste finnas",
  unknownFormat: (p: { found: Found; expected: string }) =>
    `${svFound(p.found)} är inte ett format som den här versionen läser; det ska vara "${p.expected}"`,
  notCurrency: (p: { found: Found }) => `${svFound(p.found)} är inte en valutakod enligt ISO 4217, som "SEK"`,
  unitPositive: () => "avrundningsenheten måste vara större än noll",
  unknownRoundingMethod: (p: { found: Found; known: string }) =>
    `${svFound(p.found)} är ingen avrundningsmetod; välj en av ${p.known}`,
  noParties: () => "det måste finnas minst en part",
  duplicatePartyId: (p: { id: string }) => `id:t ${p.id} används redan av en tidigare part`,
  groupIsParty: () => "en grupp kan inte ha samma id som en part",
  noGroup: (p: { group: string }) => `det finns ingen grupp ${p.group}`,
  emptyPartyList: () => "listan nämner ingen part",
  notAParty: (p: { party: string }) => `${p.party} är inte en av modellens parter`,
  listedTwice: (p: { party: string }) => `${p.party} står två gånger i listan`,
  reservedKey: (p: { id: string }) =>
    `"${p.id}" är reserverat för lika delar i vikter och kan inte vara en nyckel`,
  negativeKeyValue: (p: { value: string }) =>
    `${p.value} är negativt, och ett nyckelvärde kan inte vara negativt`,
  notANumber: (p: { found: Found }) => `${svFound(p.found)} är inte ett tal`,
  notLines: (p: { found: Found }) => `här ska stå ett objekt med rader, inte ${svFound(p.found)}`,
  noLines: () => "det måste finnas minst en rad",
  badLineId: () =>
    'en rads id börjar med en bokstav eller "_" och innehåller bara bokstäver, siffror, "_" och "-"',
  amountAndAnchor: () => 'en rad har antingen "amount" eller "anchor", inte båda',
  amountOrAnchor: () => 'en rad behöver "amount" (sin summa) eller "anchor" (beloppet som en part får)',
  anchorNoShare: (p: { party: string }) =>
    `ett ankare behöver en part med en egen fast andel i radens regel "shares", och ${p.party} har ingen`,
  anchorZeroShare: (p: { party: string }) =>
    `${p.party} har andelen 0, så ingen summa ger den det förankrade beloppet`,
  notRule: (p: { found: Found }) => `här ska stå en regel (ett objekt med "by"), inte ${svFound(p.found)}`,
  unknownRule: (p: { found: Found; known: string }) =>
    `${svFound(p.found)} är ingen regel; välj en av ${p.known}`,
  noKey: (p: { key: string }) => `det finns ingen nyckel ${p.key}`,
  sumNotOne: (p: { what: string; sum: string; near?: string }) =>
    `${svWhat(p.what)} blir tillsammans ${SV_NEAR[p.near ?? ""] ?? ""}${p.near ? decimalComma(p.sum) : p.sum}, inte 1`,
  sharesNotObject: () => "här ska stå ett objekt med mottagare och deras andelar",
  notReceiver: (p: { receiver: string }) => `${p.receiver} är varken en part eller en grupp`,
  groupNeedsSplit: (p: { group: string }) =>
    `gruppen ${p.group} behöver { "share", "split" }: en andel och en regel för hur medlemmarna delar den`,
  partyNotSplit: (p: { party: string }) =>
    `${p.party} är en part och inte en grupp, så den kan inte delas vidare`,
  weightsNotObject: () => 'här ska stå ett objekt med nycklar (eller "equal") och deras vikter',
  fixedNotAmounts: (p: { found: Found }) =>
    `här ska stå { partens id: belopp }, en nyckels id eller { "from": nyckelns id, "factor": … }, inte ${svFound(p.found)}`,
  fixedNotWhole: (p: { amount: string; unit: string }) =>
    `${kr(p.amount)} är ett fast belopp men inte en hel multipel av avrundningsenheten ${kr(p.unit)}`,
  notFactor: (p: { found: Found }) => `${svFound(p.found)} är ingen faktor som "1.032" eller "103.2%"`,
  factorPositive: (p: { found: Found }) => `faktorn ${svFound(p.found)} måste vara större än noll`,
  noPeriods: () => "det måste finnas minst en period",
  dueBeforePrevious: (p: { due: string; previous: string }) =>
    `${p.due} kommer före den föregående periodens förfallodag ${p.previous}`,
  notDate: (p: { found: Found }) => `${svFound(p.found)} är inget datum skrivet som ÅÅÅÅ-MM-DD`,
  weightCount: (p: { weights: number; periods: number }) =>
    `det finns ${p.weights} ${Number(p.weights) === 1 ? "vikt" : "vikter"} för ${p.periods} perioder; ange en vikt per period`,
  duplicateScenario: (p: { name: string }) => `ett tidigare scenario heter redan ${p.name}`,
  patchNotObject: (p: { found: Found }) =>
    `här ska stå ett objekt med ändringar av modellen, inte ${svFound(p.found)}`,
  notWhole: (p: { found: Found; unit: string }) =>
    `${svFound(p.found)} är inte en hel multipel av avrundningsenheten ${kr(p.unit)}`,
  scenarioChangesScenarios: () => "ett scenario kan inte ändra listan med scenarier",
  inScenario: (p: { reason: string; name: string }) => `${p.reason} (i scenariot ${p.name})`,
  fixedNeedRest: (p: { fixed: string; amount: string }) =>
    `de fasta beloppen blir tillsammans ${kr(p.fixed)}, men det finns ${kr(p.amount)} att fördela; lägg till en regel "rest" för skillnaden`,
  restNegative: (p: { fixed: string; amount: string }) =>
    `de fasta beloppen blir tillsammans ${kr(p.fixed)}, mer än de ${kr(p.amount)} som finns att fördela, så resten skulle bli negativ`,
  anchorNotWhole: (p: { party: string; amount: string; total: string; unit: string }) =>
    `summan som ger ${p.party} exakt ${kr(p.amount)} skulle bli ${kr(p.total)}, vilket inte är en hel multipel av avrundningsenheten ${kr(p.unit)}`,
  minimumsTooHigh: (p: { sum: string; amount: string }) =>
    `minimibeloppen blir tillsammans ${kr(p.sum)}, mer än de ${kr(p.amount)} som finns att fördela`,
  someMinimumsTooHigh: (p: { parties: string; others: number; sum: string; amount: string }) =>
    `minimibeloppen för ${p.parties}${p.others > 0 ? ` och ${p.others} till` : ""} blir tillsammans ${kr(p.sum)}, ` +
    `mer än de ${kr(p.amount)} som finns att fördela`,
  someMaximumsTooLow: (p: { parties: string; others: number; sum: string; amount: string }) =>
    `maxbeloppen för ${p.parties}${p.others > 0 ? ` och ${p.others} till` : ""} blir tillsammans ${kr(p.sum)}, ` +
    `mindre än de ${kr(p.amount)} som finns att fördela`,
  maximumsTooLow: (p: { sum: string; amount: string }) =>
    `maxbeloppen blir tillsammans ${kr(p.sum)}, mindre än de ${kr(p.amount)} som finns att fördela`,
  missingKeyValue: (p: { party: string }) =>
    `${p.party} har inget värde i den här nyckeln, och ett värde som saknas läses aldrig som noll`,
  keySumZero: (p: { key: string }) =>
    `värdena i nyckeln ${p.key} blir tillsammans 0 hos mottagarna, så inget kan fördelas efter den`,
  noReceivers: () => "det finns ingen att fördela mellan",
  keyNoValues: (p: { key: string }) => `nyckeln ${p.key} har inga värden`,
  minAboveMax: (p: { party: string; min: string; max: string }) =>
    `${p.party} har minimum ${kr(p.min)}, vilket är mer än maximum ${kr(p.max)}`,
  boundNotReceiver: (p: { party: string }) =>
    `${p.party} får inget från den här regeln och kan därför inte ha en gräns i den`,
  boundsNeedRest: () =>
    "gränser på fasta belopp behöver en rest: de gäller varje parts fasta belopp plus dess del av resten",
  boundedRestRule: (p: { by: string }) =>
    `med gränser på regeln "fixed" måste resten fördelas efter nyckel, lika delar eller vikter, inte efter "${p.by}"`,
  restHasBounds: () =>
    'regeln "fixed" sätter redan gränser för varje parts hela belopp, så dess rest kan inte ha egna gränser',
  fixedBelowMin: (p: { party: string; amount: string; min: string }) =>
    `${p.party} får inget av resten, och dess fasta belopp ${kr(p.amount)} är lägre än dess minimum ${kr(p.min)}`,
  fixedAboveMax: (p: { party: string; amount: string; max: string }) =>
    `${p.party} har det fasta beloppet ${kr(p.amount)}, vilket är mer än dess maximum ${kr(p.max)}`,
  fixedBelowFloor: (p: { party: string; amount: string; floor: string }) =>
    `${p.party} får inget av resten, och dess fasta belopp ${kr(p.amount)} är lägre än de ${kr(p.floor)} som det inte får understiga`,
  shareOutOfRange: (p: { found: Found }) => `andelen ${svFound(p.found)} ligger inte mellan 0 och 1`,
  divideByZero: (p: { found: Found }) => `${svFound(p.found)} delar med noll`,
  notShare: (p: { found: Found }) => `${svFound(p.found)} är ingen andel`,
  unknownScenario: (p: { name: string; known: string }) =>
    `det finns inget scenario som heter ${p.name}; ` +
    (p.known === "" ? "modellen har inga scenarier" : `modellen har ${p.known}`),
  tooDeep: (p: { max: number }) => `här ligger fler än ${p.max} objekt eller listor inuti varandra`,
  repeatedField: () =>
    "fältet står två gånger i samma objekt, så det går inte att veta vilket värde som menas",
  tooManyDigits: (p: { found: Found; max: number }) =>
    `${svFound(p.found)} har fler än ${p.max} siffror när det skrivs ut`,
  percentTooLong: (p: { found: Found; max: number }) =>
    `procentsatsen ${svFound(p.found)} har en täljare eller nämnare med fler än ${p.max} siffror i enklaste form`,
  shareTooLong: (p: { found: Found; max: number }) =>
    `andelen ${svFound(p.found)} har en täljare eller nämnare med fler än ${p.max} siffror i enklaste form`,
  tooMany: (p: { what: string; max: string; count: string }) =>
    `här finns fler än ${p.max} ${SV_COUNTED[p.what] ?? p.what} (${p.count})`,
  tooManyPartyLines: (p: { parties: string; lines: string; models: string; total: string; max: string }) =>
    `${p.parties} parter × ${p.lines} rader × ${p.models} (grundmodellen och dess scenarier) ` +
    `blir ${p.total} partrader, fler än de ${p.max} som en modell får ha`,
  jsonTrailing: (p: { line: number; column: number }) =>
    `texten är inte giltig JSON: på rad ${p.line}, kolumn ${p.column} kommer text efter dokumentets slut`,
  jsonEndsEarly: (p: { line: number; column: number }) =>
    `texten är inte giltig JSON: den tar slut för tidigt, på rad ${p.line}, kolumn ${p.column}`,
  jsonUnexpected: (p: { line: number; column: number; char: string }) =>
    `texten är inte giltig JSON: på rad ${p.line}, kolumn ${p.column} står "${p.char}", som inte hör hemma där`,
  jsonFieldName: (p: { line: number; column: number }) =>
    `texten är inte giltig JSON: på rad ${p.line}, kolumn ${p.column} väntades ett fältnamn inom citattecken`,
  jsonColon: (p: { line: number; column: number }) =>
    `texten är inte giltig JSON: på rad ${p.line}, kolumn ${p.column} väntades ":" efter fältnamnet`,
  jsonComma: (p: { line: number; column: number; close: string }) =>
    `texten är inte giltig JSON: på rad ${p.line}, kolumn ${p.column} väntades "," eller "${p.close}"`,
  jsonOpenString: (p: { line: number; column: number }) =>
    `texten är inte giltig JSON: en text som börjar före rad ${p.line}, kolumn ${p.column} avslutas aldrig`,
  jsonControl: (p: { line: number; column: number }) =>
    `texten är inte giltig JSON: på rad ${p.line}, kolumn ${p.column} står ett styrtecken inne i en text`,
  jsonBadEscape: (p: { line: number; column: number; escape: string }) =>
    `texten är inte giltig JSON: på rad ${p.line}, kolumn ${p.column} står en felaktig escape-sekvens "${p.escape}"`,
  jsonBadNumber: (p: { line: number; column: number }) =>
    `texten är inte giltig JSON: på rad ${p.line}, kolumn ${p.column} står ett felskrivet tal`,
};

const en: MessageTable<typeof sv>["en"] = {
  notObject: (p) => `expected an object, found ${enFound(p.found)}`,
  unknownField: (p) => `unknown field; expected one of ${p.known}`,
  notText: (p) => `expected text, found ${enFound(p.found)}`,
  emptyText: () => "the field must not be empty",
  notList: (p) => `expected a list, found ${enFound(p.found)}`,
  required: () => "this field is required",
  unknownFormat: (p) => `${enFound(p.found)} is not a format this version reads; expected "${p.expected}"`,
  notCurrency: (p) => `${enFound(p.found)} is not an ISO 4217 code such as "SEK"`,
  unitPositive: () => "the rounding unit must be more than zero",
  unknownRoundingMethod: (p) => `${enFound(p.found)} is not a rounding method; expected one of ${p.known}`,
  noParties: () => "there must be at least one party",
  duplicatePartyId: (p) => `the id ${p.id} is used by an earlier party`,
  groupIsParty: () => "a group cannot have the same id as a party",
  noGroup: (p) => `there is no group ${p.group}`,
  emptyPartyList: () => "the list names no party",
  notAParty: (p) => `${p.party} is not one of the model's parties`,
  listedTwice: (p) => `${p.party} is listed twice`,
  reservedKey: (p) => `"${p.id}" is reserved for equal parts in weights and cannot be a key`,
  negativeKeyValue: (p) => `${p.value} is negative, and a key value cannot be negative`,
  notANumber: (p) => `${enFound(p.found)} is not a number`,
  notLines: (p) => `expected an object of lines, found ${enFound(p.found)}`,
  noLines: () => "there must be at least one line",
  badLineId: () => 'a line id starts with a letter or "_" and holds only letters, digits, "_" and "-"',
  amountAndAnchor: () => 'a line has either "amount" or "anchor", not both',
  amountOrAnchor: () => 'a line needs "amount" (its total) or "anchor" (the amount one party receives)',
  anchorNoShare: (p) =>
    `an anchor needs a party with its own fixed share in the line's "shares" rule, and ${p.party} has none`,
  anchorZeroShare: (p) => `${p.party} has the share 0, so no total gives it the anchored amount`,
  notRule: (p) => `expected a rule (an object with "by"), found ${enFound(p.found)}`,
  unknownRule: (p) => `${enFound(p.found)} is not a rule; expected one of ${p.known}`,
  noKey: (p) => `there is no key ${p.key}`,
  sumNotOne: (p) => `the ${enWhat(p.what)} add up to ${EN_NEAR[p.near ?? ""] ?? ""}${p.sum}, not 1`,
  sharesNotObject: () => "expected an object of receivers and their shares",
  notReceiver: (p) => `${p.receiver} is neither a party nor a group`,
  groupNeedsSplit: (p) =>
    `the group ${p.group} needs { "share", "split" }: a share and a rule for how its members split it`,
  partyNotSplit: (p) => `${p.party} is a party, not a group, so it cannot be split further`,
  weightsNotObject: () => 'expected an object of keys (or "equal") and their weights',
  fixedNotAmounts: (p) =>
    `expected { partyId: amount }, a key id or { "from": keyId, "factor": … }, found ${enFound(p.found)}`,
  fixedNotWhole: (p) =>
    `${p.amount} is used as a fixed amount but is not a whole multiple of the rounding unit ${p.unit}`,
  notFactor: (p) => `${enFound(p.found)} is not a factor such as "1.032" or "103.2%"`,
  factorPositive: (p) => `the factor ${enFound(p.found)} must be more than zero`,
  noPeriods: () => "there must be at least one period",
  dueBeforePrevious: (p) => `${p.due} comes before the previous period's due date ${p.previous}`,
  notDate: (p) => `${enFound(p.found)} is not a date written as YYYY-MM-DD`,
  weightCount: (p) =>
    `there are ${p.weights} ${Number(p.weights) === 1 ? "weight" : "weights"} for ${p.periods} periods; give one weight per period`,
  duplicateScenario: (p) => `an earlier scenario is already called ${p.name}`,
  patchNotObject: (p) => `expected an object of changes to the model, found ${enFound(p.found)}`,
  notWhole: (p) => `${enFound(p.found)} is not a whole multiple of the rounding unit ${p.unit}`,
  scenarioChangesScenarios: () => "a scenario cannot change the list of scenarios",
  inScenario: (p) => `${p.reason} (in the scenario ${p.name})`,
  fixedNeedRest: (p) =>
    `the fixed amounts add up to ${p.fixed}, but there is ${p.amount} to split; add a "rest" rule for the difference`,
  restNegative: (p) =>
    `the fixed amounts add up to ${p.fixed}, more than the ${p.amount} there is to split, so the rest would be negative`,
  anchorNotWhole: (p) =>
    `the total that gives ${p.party} exactly ${p.amount} would be ${p.total}, which is not a whole multiple of the rounding unit ${p.unit}`,
  minimumsTooHigh: (p) => `the minimums add up to ${p.sum}, more than the ${p.amount} there is to split`,
  someMinimumsTooHigh: (p) =>
    `the minimums of ${p.parties}${p.others > 0 ? ` and ${p.others} more` : ""} add up to ${p.sum}, ` +
    `more than the ${p.amount} there is to split`,
  someMaximumsTooLow: (p) =>
    `the maximums of ${p.parties}${p.others > 0 ? ` and ${p.others} more` : ""} add up to ${p.sum}, ` +
    `less than the ${p.amount} there is to split`,
  maximumsTooLow: (p) => `the maximums add up to ${p.sum}, less than the ${p.amount} there is to split`,
  missingKeyValue: (p) => `${p.party} has no value in this key, and a missing value is never read as zero`,
  keySumZero: (p) =>
    `the values of the key ${p.key} add up to 0 among the receivers, so nothing can be split by it`,
  noReceivers: () => "there is nobody to split among",
  keyNoValues: (p) => `the key ${p.key} has no values`,
  minAboveMax: (p) => `${p.party}'s minimum ${p.min} is above its maximum ${p.max}`,
  boundNotReceiver: (p) => `${p.party} does not receive from this rule, so it cannot have a bound in it`,
  boundsNeedRest: () =>
    "bounds on fixed amounts need a rest: they bound each party's fixed amount plus its part of the rest",
  boundedRestRule: (p) =>
    `with bounds on the fixed rule, the rest must be split by key, equal parts or weights, not by ${p.by}`,
  restHasBounds: () =>
    "the fixed rule already bounds each party's whole amount, so its rest cannot have bounds of its own",
  fixedBelowMin: (p) =>
    `${p.party} receives nothing from the rest, and its fixed amount ${p.amount} is below its minimum ${p.min}`,
  fixedAboveMax: (p) => `${p.party}'s fixed amount ${p.amount} is above its maximum ${p.max}`,
  fixedBelowFloor: (p) =>
    `${p.party} receives nothing from the rest, and its fixed amount ${p.amount} is below the ${p.floor} it may not fall under`,
  shareOutOfRange: (p) => `the share ${enFound(p.found)} is not between 0 and 1`,
  divideByZero: (p) => `${enFound(p.found)} divides by zero`,
  notShare: (p) => `${enFound(p.found)} is not a share`,
  unknownScenario: (p) =>
    `there is no scenario called ${p.name}; ` +
    (p.known === "" ? "the model has none" : `the model has ${p.known}`),
  tooDeep: (p) => `more than ${p.max} objects or lists inside one another`,
  repeatedField: () =>
    "this field is written twice in the same object, so which value was meant cannot be known",
  tooManyDigits: (p) => `${enFound(p.found)} has more than ${p.max} digits written out`,
  percentTooLong: (p) =>
    `the percentage ${enFound(p.found)} has a numerator or denominator of more than ${p.max} digits in lowest terms`,
  shareTooLong: (p) =>
    `the share ${enFound(p.found)} has a numerator or denominator of more than ${p.max} digits in lowest terms`,
  tooMany: (p) => `more than ${p.max} ${p.what} (${p.count})`,
  tooManyPartyLines: (p) =>
    `${p.parties} parties × ${p.lines} lines × ${p.models} (the base model and its scenarios) ` +
    `make ${p.total} party-lines, more than the ${p.max} a model may hold`,
  jsonTrailing: (p) =>
    `the text is not valid JSON: line ${p.line}, column ${p.column}: text after the end of the document`,
  jsonEndsEarly: (p) =>
    `the text is not valid JSON: it ends too early, at line ${p.line}, column ${p.column}`,
  jsonUnexpected: (p) =>
    `the text is not valid JSON: line ${p.line}, column ${p.column}: unexpected "${p.char}"`,
  jsonFieldName: (p) =>
    `the text is not valid JSON: line ${p.line}, column ${p.column}: expected a field name in double quotes`,
  jsonColon: (p) =>
    `the text is not valid JSON: line ${p.line}, column ${p.column}: expected ":" after a field name`,
  jsonComma: (p) =>
    `the text is not valid JSON: line ${p.line}, column ${p.column}: expected "," or "${p.close}"`,
  jsonOpenString: (p) =>
    `the text is not valid JSON: a string begun before line ${p.line}, column ${p.column} is not closed`,
  jsonControl: (p) =>
    `the text is not valid JSON: line ${p.line}, column ${p.column}: a control character inside a string`,
  jsonBadEscape: (p) =>
    `the text is not valid JSON: line ${p.line}, column ${p.column}: a bad escape "${p.escape}"`,
  jsonBadNumber: (p) => `the text is not valid JSON: line ${p.line}, column ${p.column}: a malformed number`,
};

/**
 * The engine's words for every refusal of a model or a JSON text, Swedish and
 * English. A code missing from either language, or taking other parameters
 * in English, does not typecheck.
 *
 * @example
 * ENGINE_MESSAGES.sv.sumNotOne({ what: "shares", sum: "9/10" }); // "andelarna blir tillsammans 9/10, inte 1"
 */
export const ENGINE_MESSAGES: MessageTable<typeof sv> = { sv, en };

/** The engine's refusal codes. */
export type EngineCode = keyof typeof sv;

/** The engine's phrases, by code. */
export type EnginePhrases = typeof sv;
