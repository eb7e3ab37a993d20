import { Suspense } from "react";
import type { WorkbookServices } from "../../contracts/workbookServices";
import type { Language } from "../../contracts/language";
import type { Strings } from "../strings";
import type { ModelRunner } from "../useModelRunner";
import { LinesView, ModelView, PartiesKeysView, ScenariosView } from "./lazyViews";
import type { View } from "./PaneTabs";

interface ModelPanesProps {
  readonly view: View;
  readonly words: Strings;
  readonly language: Language;
  readonly runner: ModelRunner;
  readonly services: WorkbookServices;
}

/** The views that edit the open model (parties and keys, lines, scenarios, the JSON), each loaded when first shown. */
export function ModelPanes({ view, words, language, runner, services }: ModelPanesProps) {
  const model = { words, language, text: runner.text, onText: runner.setText };
  return (
    <Suspense fallback={null}>
      {view === "parties" && <PartiesKeysView {...model} services={services} />}
      {view === "lines" && <LinesView {...model} />}
      {view === "scenarios" && <ScenariosView {...model} />}
      {view === "model" && (
        <ModelView
          {...model}
          state={runner.state}
          statements={runner.statements}
          onStatements={runner.setStatements}
        />
      )}
    </Suspense>
  );
}
