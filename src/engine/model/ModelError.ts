import type { ParamArgs, Params, RefusalData } from "../../contracts/refusal";
import { Refusal, words } from "../../contracts/refusal";
import type { Language } from "../../contracts/language";
import { ENGINE_MESSAGES, type EngineCode, type EnginePhrases } from "../messages/engineMessages";
import { quote, quoted } from "./quote";

/**
 * The one error a refused model raises, as data: `path` names the offending
 * field (`lines.bidrag.split.shares`, `keys.folkmangd.values.2326`,
 * `parties[2].id`), `code` what is wrong, `params` the values the words
 * quote; the words come from {@link ENGINE_MESSAGES}, in Swedish unless asked.
 * `scenario` names the scenario whose patch made the model, when the
 * refused field is not in the patch itself. Nothing is computed from a model
 * that raised it.
 *
 * @example
 * const error = new ModelError("lines.bidrag.split.shares", "sumNotOne", { what: "shares", sum: "9/10" });
 * error.message; // "lines.bidrag.split.shares: andelarna blir tillsammans 9/10, inte 1"
 * error.messageIn("en"); // "lines.bidrag.split.shares: the shares add up to 9/10, not 1"
 */
export class ModelError<C extends EngineCode = EngineCode> extends Refusal {
  declare readonly code: C;
  readonly scenario: string | undefined;

  constructor(path: string, code: C, ...params: ParamArgs<EnginePhrases, C>) {
    super(path, code, (params[0] as Params | undefined) ?? {}, ENGINE_MESSAGES);
    this.name = "ModelError";
    this.scenario = undefined;
  }

  /**
   * A refusal rebuilt from its data (a worker's message, say), its code unchecked.
   *
   * @example
   * ModelError.of("rounding.unit", "unitPositive", {}).reason; // "avrundningsenheten måste vara större än noll"
   */
  static of(path: string, code: string, params: Params, scenario?: string): ModelError {
    const error = new ModelError(path, code as "required");
    Object.assign(error, { params, scenario });
    error.message = error.messageIn("sv");
    return error;
  }

  /**
   * A refusal rebuilt from its data.
   *
   * @example
   * ModelError.from(error.toData()).message === error.message; // true
   */
  static from(data: RefusalData): ModelError {
    return ModelError.of(data.path, data.code, data.params, data.scenario);
  }

  override toData(): RefusalData {
    return this.scenario === undefined ? super.toData() : { ...super.toData(), scenario: this.scenario };
  }

  /** The same refusal, said to be about the model that a scenario's patch made. */
  inScenario(name: string): ModelError {
    return ModelError.of(this.path, this.code, this.params, name);
  }

  override reasonIn(language: Language): string {
    // A long run of text (a computed fraction of a thousand digits) is cut, so a message stays one readable line.
    const reason = super.reasonIn(language).replace(/\S{81,}/g, quote);
    if (this.scenario === undefined) return reason;
    return words(ENGINE_MESSAGES, language, "inScenario", { reason, name: quoted(this.scenario) });
  }
}

/**
 * A refusal's data in words: `path: reason` in a language.
 *
 * @example
 * refusalMessage({ path: "rounding.unit", code: "unitPositive", params: {} }, "en"); // "rounding.unit: the rounding unit must be more than zero"
 */
export function refusalMessage(data: RefusalData, language: Language): string {
  return ModelError.from(data).messageIn(language);
}

/**
 * Throws a {@link ModelError} unless the condition holds.
 *
 * @example
 * check(total.equals(Rational.ONE), "lines.a.split.shares", "sumNotOne", { what: "shares", sum: "9/10" });
 */
export function check<C extends EngineCode>(
  condition: boolean,
  path: string,
  code: C,
  ...params: ParamArgs<EnginePhrases, C>
): asserts condition {
  if (!condition) throw new ModelError(path, code, ...params);
}

export { at } from "./fieldPath";
