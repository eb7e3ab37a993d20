import type { ReactNode } from "react";
import type { Language } from "../../contracts/language";
import type { ModelRunner } from "../useModelRunner";
import type { FieldView } from "./fieldTarget";
import { FieldsContext } from "./useField";
import { usePaneFields } from "./usePaneFields";

interface PaneFieldsProviderProps {
  readonly runner: ModelRunner;
  readonly language: Language;
  /** Shows a view: the one a problem's field is in, when the user is sent to it. */
  readonly show: (view: FieldView) => void;
  readonly children: ReactNode;
}

/**
 * The problems on the model's fields, for the views and the run bar inside:
 * the checks while typing, and the last run's refusal, which sits on its
 * field while the text is the one it refused.
 */
export function PaneFieldsProvider({ runner, language, show, children }: PaneFieldsProviderProps) {
  const { state, text } = runner;
  const refused = state.kind === "refused" && state.text === text ? state.refusal : undefined;
  const fields = usePaneFields(text, refused, language, show);
  return <FieldsContext.Provider value={fields}>{children}</FieldsContext.Provider>;
}
