import {
  EQUAL_PARTS,
  Rational,
  receiversOf,
  type Bounds,
  type Model,
  type ProportionalRule,
  type Rule,
} from "../../engine";
import { cellAddress, runs, sheetRef } from "../description/address";
import type { IndataLayout } from "./context";

/** One part of a party's exact amount: a fixed sum, or an amount times shares. */
export type Term =
  | { readonly kind: "fixed"; readonly amount: string }
  | {
      readonly kind: "scaled";
      readonly base: string;
      readonly factors: readonly string[];
      readonly keyCell?: string;
    }
  | { readonly kind: "engine" };

/**
 * A rational as a formula literal: "3", or "(1/3)" where a decimal would not be exact.
 *
 * @example
 * literal(Rational.of(1n, 4n)); // "(1/4)"
 */
export function literal(value: Rational): string {
  const reduced = value.reduced();
  return reduced.den === 1n ? reduced.num.toString() : `(${reduced.num}/${reduced.den})`;
}

/**
 * Where the sum of a key over a rule's receivers is: a cell that holds
 * {@link keySumFormula}, so that each share refers to it instead of repeating the sum.
 */
export type KeySumCell = (keyId: string, receivers: readonly string[]) => string;

/**
 * Walks a line's rule tree and says, per party, how its exact amount is made,
 * as formula pieces over the line's total (`base`), the Indata sheet's key
 * cells and the key sums' cells (`sumCell`). A rule with bounds, or the rest
 * of a fixed rule with bounds, cannot be written as a plain formula; its
 * parts are taken from the engine ("engine" terms).
 *
 * @example
 * partyTerms(model, line.split, "$B$5", indata, () => "$B$20").get("2303");
 * // [{ kind: "scaled", base: "$B$5", factors: ["(1/4)", "Indata!$D$9/$B$20"], keyCell: "Indata!$D$9" }]
 */
export function partyTerms(
  model: Model,
  rule: Rule,
  base: string,
  indata: IndataLayout,
  sumCell: KeySumCell,
): Map<string, Term[]> {
  const terms = new Map<string, Term[]>();
  const add = (party: string, term: Term) => {
    const list = terms.get(party);
    if (list === undefined) terms.set(party, [term]);
    else list.push(term);
  };
  const walk = (
    r: Rule,
    amount: string,
    factors: readonly string[],
    scope: readonly string[] | undefined,
  ): void => {
    if (r.by === "shares") {
      for (const entry of r.entries) {
        const next = [...factors, literal(entry.share)];
        if (entry.split !== undefined && entry.group !== undefined)
          walk(entry.split, amount, next, entry.group);
        else add(entry.receiver, { kind: "scaled", base: amount, factors: next });
      }
    } else if (r.by === "fixed") {
      let fixed = 0n;
      for (const f of r.amounts) {
        add(f.party, { kind: "fixed", amount: literal(f.amount) });
        fixed += f.amount.div(model.unit).floor();
      }
      const fixedMoney = literal(model.unit.mul(Rational.of(fixed)));
      const whole = factors.length === 0 ? amount : `${amount}*${factors.join("*")}`;
      if (r.rest === undefined) return;
      // Bounds on whole amounts clamp the rest as no plain formula can: its parts come from the engine.
      if (bounded(r.bounds) && r.rest.by !== "shares" && r.rest.by !== "fixed")
        receiversOf(model, r.rest, scope).forEach((party) => add(party, { kind: "engine" }));
      else walk(r.rest, `(${whole}-${fixedMoney})`, [], scope);
    } else {
      const receivers = receiversOf(model, r, scope);
      const held = bounded(r.bounds);
      // Every party of this rule divides by the same sums: each is asked for once, not once per party.
      const sums = new Map<string, string>();
      const sumOf = (keyId: string) => {
        const known = sums.get(keyId) ?? sumCell(keyId, receivers);
        sums.set(keyId, known);
        return known;
      };
      for (const party of receivers) {
        if (held) add(party, { kind: "engine" });
        else
          add(party, scaledByRule(r, party, { amount, factors, receivers: receivers.length, indata, sumOf }));
      }
    }
  };
  walk(rule, base, [], undefined);
  return terms;
}

function bounded(bounds: Bounds): boolean {
  return bounds.min !== undefined || bounds.max !== undefined || bounds.maxDecrease !== undefined;
}

function keyRef(indata: IndataLayout, keyId: string, party: string): string {
  return `${indataRef(indata.sheet)}!${cellAddress(indata.partyRow.get(party) ?? 0, indata.keyColumn.get(keyId) ?? 0, true)}`;
}

/**
 * The sum of a key over the receivers, as a formula over the Indata sheet.
 *
 * @example
 * keySumFormula(indata, "folkmangd", ["2303", "2305"]); // "SUM(Indata!$D$8:$D$9)"
 */
export function keySumFormula(indata: IndataLayout, keyId: string, receivers: readonly string[]): string {
  const col = indata.keyColumn.get(keyId) ?? 0;
  const ranges = runs(receivers.map((p) => indata.partyRow.get(p) ?? 0)).map(([from, to]) =>
    from === to
      ? cellAddress(from, col, true)
      : `${cellAddress(from, col, true)}:${cellAddress(to, col, true)}`,
  );
  return `SUM(${ranges.map((r) => `${sheetRef(indata.sheet)}!${r}`).join(",")})`;
}

/** The Indata sheet's name as formulas refer to it, for the last name asked: each share refers to a key cell there. */
let indataSheet: { name: string; ref: string } | undefined;

function indataRef(name: string): string {
  if (indataSheet?.name !== name) indataSheet = { name, ref: sheetRef(name) };
  return indataSheet.ref;
}

/** Where a party's share under a key, equal or weights rule is, as {@link partyTerms} walks to it. */
interface ShareSite {
  readonly amount: string;
  readonly factors: readonly string[];
  readonly receivers: number;
  readonly indata: IndataLayout;
  readonly sumOf: (keyId: string) => string;
}

/** A receiver's term under a key, equal or weights rule: a key rule's names the key cell its share divides. */
function scaledByRule(rule: ProportionalRule, party: string, site: ShareSite): Term {
  const { amount, factors, receivers, indata, sumOf } = site;
  if (rule.by !== "key")
    return {
      kind: "scaled",
      base: amount,
      factors: [...factors, shareFormula(rule, party, receivers, indata, sumOf)],
    };
  const keyCell = keyRef(indata, rule.key, party);
  return { kind: "scaled", base: amount, factors: [...factors, `${keyCell}/${sumOf(rule.key)}`], keyCell };
}

/** A receiver's share under a key, equal or weights rule, as a formula over the Indata sheet. */
function shareFormula(
  rule: ProportionalRule,
  party: string,
  receivers: number,
  indata: IndataLayout,
  sumOf: (keyId: string) => string,
): string {
  const equal = `(1/${receivers})`;
  if (rule.by === "equal") return equal;
  const byKey = (keyId: string) => `${keyRef(indata, keyId, party)}/${sumOf(keyId)}`;
  if (rule.by === "key") return byKey(rule.key);
  const parts = rule.weights
    .filter((w) => w.weight.sign() > 0)
    .map((w) => `${literal(w.weight)}*${w.source === EQUAL_PARTS ? equal : byKey(w.source)}`);
  return `(${parts.join("+")})`;
}
