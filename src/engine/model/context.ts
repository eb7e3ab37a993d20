import type { Rational } from "../exact/rational";
import type { Key, Party } from "./types";

/** What rules are checked against: the model's parties, groups, keys and unit. */
export interface ParseContext {
  readonly unit: Rational;
  readonly partyById: ReadonlyMap<string, Party>;
  readonly groups: ReadonlyMap<string, readonly string[]>;
  readonly keys: ReadonlyMap<string, Key>;
}
