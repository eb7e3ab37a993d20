import { Suspense, useCallback } from "react";
import type { Language } from "../../contracts/language";
import type { ExportFile } from "../../workbook/export/exportFiles";
import type { Calculator } from "../calculator";
import type { Strings } from "../strings";
import type { ModelRunner } from "../useModelRunner";
import { ResultView } from "./lazyViews";

interface ResultPaneProps {
  readonly words: Strings;
  readonly language: Language;
  readonly runner: ModelRunner;
  readonly calculator: Calculator;
  readonly save?: (file: ExportFile) => void;
}

/** Result, loaded when first shown, asking the calculator for explanations, comparisons and downloads. */
export function ResultPane({ words, language, runner, calculator, save }: ResultPaneProps) {
  // One function for the pane's life, so the comparison is not asked for again on every render.
  const compare = useCallback((a: number, b: number) => calculator.compare(a, b), [calculator]);
  return (
    <Suspense fallback={null}>
      <ResultView
        words={words}
        document={runner.results}
        explain={(scenario, party) => calculator.explain(scenario, party, language)}
        language={language}
        compare={compare}
        exportArchive={(scenario) => calculator.exportArchive(scenario, language)}
        {...(save === undefined ? {} : { save })}
      />
    </Suspense>
  );
}
