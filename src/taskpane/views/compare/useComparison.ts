import { useEffect, useState } from "react";
import type { ComparisonDocument, PartyComparisonResult } from "../../../engine/compare/comparisonDocument";

/** A comparison as shown: being asked for (undefined), its document, or why it failed. */
export type ComparisonShown = ComparisonDocument | { error: string } | undefined;

/** The party whose difference is largest, as the workbook's waterfall picks it. */
function largest(parties: readonly PartyComparisonResult[]): string {
  const size = (p: PartyComparisonResult) => Math.abs(Number(p.difference));
  return (
    parties.reduce<PartyComparisonResult | undefined>(
      (best, p) => (best && size(best) >= size(p) ? best : p),
      undefined,
    )?.id ?? ""
  );
}

/**
 * Scenario `b` compared with scenario `a`, asked for again whenever either
 * changes (an answer to an earlier choice is dropped), and the party whose
 * causes are shown: kept while it is in the comparison, at first the one
 * that changes most.
 *
 * @example
 * const { shown, party, setParty } = useComparison(a, b, compare, true);
 */
export function useComparison(
  a: number,
  b: number,
  compare: (a: number, b: number) => Promise<ComparisonDocument>,
  comparable: boolean,
) {
  const [shown, setShown] = useState<ComparisonShown>(undefined);
  const [party, setParty] = useState("");
  useEffect(() => {
    let current = true;
    if (!comparable) return;
    setShown(undefined);
    compare(a, b).then(
      (document) => {
        if (!current) return;
        setShown(document);
        setParty((chosen) =>
          document.parties.some((p) => p.id === chosen) ? chosen : largest(document.parties),
        );
      },
      (error: unknown) =>
        current && setShown({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [a, b, compare, comparable]);
  return { shown, party, setParty };
}
