import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RefusalData } from "../../contracts/refusal";
import type { Language } from "../../contracts/language";
import type { FieldTarget, FieldView } from "./fieldTarget";
import type { FieldProblem } from "./paneProblems";
import type { PaneFields } from "./useField";

/**
 * The pane's fields for the App: the problems in the model's text (the
 * checks while typing and the last run's refusal, worked out off the first
 * paint's script, in the chunk the editors load), and going to a field:
 * `show` switches to its tab, then the field scrolls into view and takes the
 * focus. A new refusal is gone to at once, as the run's answer.
 *
 * @example
 * const fields = usePaneFields(runner.text, refusal, "sv", setView);
 * <FieldsContext.Provider value={fields}>…</FieldsContext.Provider>
 */
export function usePaneFields(
  text: string,
  refusal: RefusalData | undefined,
  language: Language,
  show: (view: FieldView) => void,
): PaneFields {
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [target, setTarget] = useState<FieldTarget | undefined>(undefined);
  const shown = useRef<RefusalData | undefined>(undefined);
  const go = useCallback(
    (next: FieldTarget) => {
      show(next.view);
      setTarget({ ...next });
    },
    [show],
  );
  const reached = useCallback(() => setTarget(undefined), []);
  useEffect(() => {
    let current = true;
    void import(/* webpackChunkName: "fields" */ "./paneProblems").then(({ paneProblems }) => {
      if (!current) return;
      const found = paneProblems(text, refusal, language);
      setProblems(found);
      const refused = found.find((p) => p.refusal);
      if (refusal !== shown.current && refused !== undefined) go(refused.target);
      shown.current = refusal;
    });
    return () => {
      current = false;
    };
  }, [text, refusal, language, go]);
  return useMemo(() => ({ problems, target, go, reached }), [problems, target, go, reached]);
}
