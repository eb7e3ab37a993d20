import { makeStyles, tokens } from "@fluentui/react-components";
import { JsonNumber } from "../../../engine/json/jsonNumber";
import type { LineStrings } from "../../lineStrings";
import type { Strings } from "../../strings";

/** A rule as the editors hold it: the model's JSON, its numbers kept exact. */
export type Json = Record<string, unknown>;

/** The words every part of the rule editor reads. */
export type RuleWords = Strings & LineStrings;

/** The layout shared by the rule editor's parts: a column, a wrapping row (and one whose fields may show messages), and a nested rule's indent. */
export const useRuleStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  // A row whose fields may show a message below them: its fields line up by their tops, not their feet.
  topRow: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
    flexWrap: "wrap",
    // A message wraps within its field's width rather than widen the field and push the button onto a line of its own.
    "& .fui-Field__validationMessage": { contain: "inline-size" },
  },
  // A button beside a labelled field, level with the field's box: pushed down by the height of a
  // field's label (Fluent's Field: the label's line, its top and bottom padding and its margin).
  besideField: {
    marginTop: `calc(${tokens.lineHeightBase300} + 3 * ${tokens.spacingVerticalXXS})`,
  },
  nested: {
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** A rule field's value as a field shows it: the typed text or exact number, otherwise empty. */
export function fieldText(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || value instanceof JsonNumber
    ? String(value)
    : "";
}
