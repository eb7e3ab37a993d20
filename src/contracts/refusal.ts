import type { Language } from "./language";

/** A parameter of a refusal: plain text or a number, so it survives a worker's structured clone. */
export type Param = string | number;

/** What a refusal's words are made from: its parameters by name. */
export type Params = Readonly<Record<string, Param>>;

/**
 * One layer's words in one language: each code a function from its
 * parameters to the reason. A reason that follows a path is a clause
 * (lowercase, no full stop: "andelarna blir tillsammans 9/10, inte 1"); a
 * reason with no path is whole sentences ("Uppdatera Excel.").
 */
export type Phrases = Readonly<Record<string, (params: never) => string>>;

/**
 * A layer's message table: the Swedish words define the codes and their
 * parameters, and the English must have every one of them with the same
 * parameters, or the table does not typecheck.
 */
export interface MessageTable<P extends Phrases> {
  readonly sv: P;
  readonly en: { readonly [C in keyof P]: P[C] };
}

/** The arguments a code takes after it: its parameters, or nothing for a code without. */
export type ParamArgs<P extends Phrases, C extends keyof P> = Parameters<P[C]>;

/** A refusal as plain data, which survives a worker's structured clone and JSON output. */
export interface RefusalData {
  readonly path: string;
  readonly code: string;
  readonly params: Params;
  /** The scenario whose patch made the refused model, when the field is not in the patch. */
  readonly scenario?: string;
}

/**
 * The words for a code in a language.
 *
 * @example
 * words(ENGINE_MESSAGES, "sv", "required", {}); // "fältet saknas men måste finnas"
 */
export function words<P extends Phrases>(
  table: MessageTable<P>,
  language: Language,
  code: string,
  params: Params,
): string {
  const phrase = (table[language] as unknown as Readonly<Record<string, (params: Params) => string>>)[code];
  return phrase === undefined ? code : phrase(params);
}

/**
 * A refusal as data: a code, the path or cell it is about ("" for none), its
 * parameters, and its layer's message table, which gives the words in either
 * language. `message` is `path: reason` in the language the layer was asked
 * to speak (Swedish by default); `messageIn` gives it in either.
 *
 * @example
 * new ModelError("rounding.unit", "unitPositive").messageIn("en"); // "rounding.unit: the rounding unit must be more than zero"
 */
export abstract class Refusal extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    readonly params: Params,
    private readonly table: MessageTable<Phrases>,
    language: Language = "sv",
  ) {
    super("");
    this.message = this.messageIn(language);
  }

  /** The reason alone, in a language. */
  reasonIn(language: Language): string {
    return words(this.table, language, this.code, this.params);
  }

  /** The reason in Swedish. */
  get reason(): string {
    return this.reasonIn("sv");
  }

  /** The refusal as plain data. */
  toData(): RefusalData {
    return { path: this.path, code: this.code, params: this.params };
  }

  /** `path: reason` in a language, or the reason alone when there is no path. */
  messageIn(language: Language): string {
    const reason = this.reasonIn(language);
    return this.path === "" ? reason : `${this.path}: ${reason}`;
  }
}

/** Lists text the way each language does: "a, b och c" / "a, b and c". */
export function listed(items: readonly string[], language: Language): string {
  const and = language === "sv" ? "och" : "and";
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1) ?? ""}`;
}
