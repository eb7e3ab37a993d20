/**
 * The Fördela engine: pure, exact, with no Office and no React. Everything
 * the product computes is a function of a model document.
 */
export { Rational, sum } from "./exact/rational";
export { parseDecimal, decimalFromText } from "./exact/parseDecimal";
export { parseShare } from "./exact/parseShare";
export { formatDecimal, formatTrimmed, decimalsOf, roundHalfUp } from "./exact/formatDecimal";
export { JsonNumber, isRecord } from "./json/jsonNumber";
export { parseJson, JsonSyntaxError, MAX_DEPTH } from "./json/parseJson";
export { stringifyJson } from "./json/stringifyJson";
export { copyJson } from "./json/copyJson";
export { idRecord, ownField } from "./json/ownField";
export { parseModelJson, stringifyModel } from "./json/modelJson";
export { mergePatch } from "./json/mergePatch";
export { mergeDiff } from "./json/mergeDiff";
export { ModelError, refusalMessage, check } from "./model/ModelError";
export { LIMITS } from "./model/limits";
export { at, joinPath, splitPath } from "./model/fieldPath";
export { quote, quoted } from "./model/quote";
export { ENGINE_MESSAGES, type EngineCode } from "./messages/engineMessages";
export { Refusal, type RefusalData, type MessageTable } from "../contracts/refusal";
export type { Language } from "../contracts/language";
export { parseModel, MODEL_FORMAT } from "./model/parseModel";
export type * from "./model/types";
export { allocate } from "./rounding/allocate";
export { largestRemainder } from "./rounding/largestRemainder";
export { divisorMethod } from "./rounding/divisorMethod";
export type { RoundingMethod, ExactParts, RoundedParts } from "./rounding/types";
export { evaluateModel } from "./rules/evaluateModel";
export type { Evaluation, PartyLine, Step, Allocation, Held } from "./rules/types";
export { evaluateScenarios, type ScenarioEvaluation } from "./scenarios/evaluateScenarios";
export { scenarioModel } from "./scenarios/scenarioModel";
export { resultDocument } from "./result/resultDocument";
export { scenarioTotals } from "./result/scenarioTotals";
export type {
  ResultDocument,
  ScenarioResult,
  ScenarioTotals,
  PartyResult,
  PartyTotal,
  PartyLineResult,
} from "./result/types";
export { receiversOf } from "./rules/receiversOf";
export { EQUAL_PARTS } from "./model/parseKeys";
export { populationKey } from "./model/populationKey";
export { controlledRounding } from "./rounding/controlledRounding";
export type { PaymentPlan } from "./schedule/paymentPlan";
export { CAUSES, causeLadder, type Cause, type MergedCause } from "./compare/causeLadder";
export {
  compareEvaluations,
  type Comparison,
  type PartyComparison,
  type CauseAmounts,
} from "./compare/compareEvaluations";
export { compareScenarios, UnknownScenarioError } from "./compare/compareScenarios";
export {
  comparisonDocument,
  type ComparisonDocument,
  type PartyComparisonResult,
} from "./compare/comparisonDocument";
