import { Caption1, Spinner, Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useState } from "react";
import type { ComparisonDocument } from "../../engine/compare/comparisonDocument";
import type { ResultDocument } from "../../engine/result/types";
import type { Language } from "../../contracts/language";
import { resultStrings } from "../resultStrings";
import type { Strings } from "../strings";
import { Allocation, type AllocationProps } from "./result/Allocation";

const CompareView = lazy(() =>
  import(/* webpackChunkName: "compare" */ "./CompareView").then((m) => ({ default: m.CompareView })),
);

export interface ResultViewProps extends Omit<AllocationProps, "words" | "document"> {
  readonly words: Strings;
  readonly document: ResultDocument | undefined;
  readonly language: Language;
  /** Compares scenario `b` with scenario `a` (0 is the base). */
  readonly compare: (a: number, b: number) => Promise<ComparisonDocument>;
}

/**
 * Result: each party's amount, share and rounding adjustment in a scenario,
 * "Varför?" for each and the download of every party's statement; or the
 * comparison of two scenarios.
 */
export function ResultView(props: ResultViewProps) {
  const { document, language, compare } = props;
  const words = { ...props.words, ...resultStrings(language) };
  const [part, setPart] = useState<"allocation" | "comparison">("allocation");
  // A new run gives a new document, and the comparison is asked for anew.
  const compareRun = useCallback((a: number, b: number) => compare(a, b), [compare, document]);
  if (document === undefined || document.results.length === 0) return <Caption1>{words.noResult}</Caption1>;
  return (
    <>
      <TabList
        size="small"
        appearance="subtle"
        selectedValue={part}
        onTabSelect={(_, data) => setPart(data.value as typeof part)}
      >
        <Tab value="allocation">{words.allocation}</Tab>
        <Tab value="comparison">{words.comparison}</Tab>
      </TabList>
      {part === "allocation" ? (
        <Allocation {...props} words={words} document={document} />
      ) : (
        <Suspense fallback={<Spinner size="tiny" />}>
          <CompareView
            words={words}
            language={language}
            scenarios={document.results.map((r) => r.scenario ?? words.base)}
            compare={compareRun}
          />
        </Suspense>
      )}
    </>
  );
}
