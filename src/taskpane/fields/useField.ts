import { createContext, useContext, useEffect, useRef } from "react";
import { joinPath } from "../../engine/model/fieldPath";
import type { FieldTarget } from "./fieldTarget";
import type { FieldProblem } from "./paneProblems";

/** What the pane knows about its fields: the problems on them, and a field the user asked to go to. */
export interface PaneFields {
  readonly problems: readonly FieldProblem[];
  /** The field to show, scroll to and focus, until it has been. */
  readonly target: FieldTarget | undefined;
  /** Goes to a field: its tab, its line, key or scenario, then the field itself. */
  readonly go: (target: FieldTarget) => void;
  /** Called once the field asked for has been focused. */
  readonly reached: () => void;
}

const NONE: PaneFields = { problems: [], target: undefined, go: () => undefined, reached: () => undefined };

/** The pane's fields, provided by the App around every view. */
export const FieldsContext = createContext<PaneFields>(NONE);

/**
 * Where the editors below keep their fields: "" in the base model, and
 * `scenarios[1].patch` in a scenario's editors, which edit the scenario's
 * model with the same views.
 */
export const FieldPrefix = createContext("");

/** Fluent `Field` props for a field with a problem: its message, shown as an error. */
export type FieldValidation =
  { readonly validationState: "error"; readonly validationMessage: string } | Record<string, never>;

/**
 * A field of the model, by the path of the value it holds: the Fluent
 * `Field` props that show its problem (the engine's refusal first, then the
 * checks while typing), and a ref for its control, which is scrolled into
 * view and focused when the user is sent to it (a refusal, a summary link).
 *
 * @example
 * const share = useField("lines.bidrag.split.shares.staten");
 * <Field label="Andel" {...share.validation}><Input ref={share.ref} … /></Field>
 */
export function useField<T extends HTMLElement = HTMLInputElement>(path: string) {
  const { problems, target, reached } = useContext(FieldsContext);
  const id = joinPath(useContext(FieldPrefix), path);
  const ref = useRef<T>(null);
  const problem = problems.find((p) => p.target.field === id);
  const wanted = target?.field === id ? target : undefined;
  useEffect(() => {
    const element = ref.current;
    if (wanted === undefined || element === null) return;
    element.scrollIntoView?.({ block: "center" });
    element.focus();
    reached();
  }, [wanted, reached]);
  const validation: FieldValidation =
    problem === undefined ? {} : { validationState: "error", validationMessage: problem.message };
  return { id, ref, validation };
}

/**
 * The field the user is being sent to, when it lies in this editor (its
 * prefix): for a view to choose the line, key or scenario that shows it.
 *
 * @example
 * const wanted = useWantedField(); if (wanted?.line !== undefined) setChosen(wanted.line);
 */
export function useWantedField(): FieldTarget | undefined {
  const { target } = useContext(FieldsContext);
  const prefix = useContext(FieldPrefix);
  if (target === undefined) return undefined;
  const inside =
    prefix === "" ? !target.field.startsWith("scenarios[") : target.field.startsWith(`${prefix}.`);
  return inside ? target : undefined;
}

/**
 * Whether a field of this editor has a problem: for an editor to show a field
 * it would otherwise leave out, such as a party's missing value in a key.
 *
 * @example
 * const flagged = useFlagged(); flagged("keys.k.values.a"); // true when a problem sits there
 */
export function useFlagged(): (path: string) => boolean {
  const { problems } = useContext(FieldsContext);
  const prefix = useContext(FieldPrefix);
  return (path) => problems.some((p) => p.target.field === joinPath(prefix, path));
}
