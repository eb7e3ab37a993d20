import type { Words } from "../messages";
import { modelResult } from "./modelResult";
import type { ModelSource } from "./ModelSource";

/** What Excel hands a streaming function: where its results go, and what it calls when the cell no longer needs them. */
export interface Stream {
  setResult(value: unknown): void;
  onCanceled?: () => void;
}

/**
 * Keeps one FÖRDELA.MODELL cell up to date: computes the table now and
 * again whenever the source says the stored models changed, until Excel
 * cancels the cell. Only the latest computation's result is set, so a slow
 * earlier read never overwrites a newer one. A refusal goes through `failure`
 * (Excel's error object).
 *
 * @example
 * streamModel(source, words, "Turism 2025", null, invocation, toExcelError);
 */
export function streamModel(
  source: ModelSource,
  words: Words,
  name: unknown,
  scenario: unknown,
  stream: Stream,
  failure: (error: unknown) => unknown,
): void {
  let latest = 0;
  const compute = async () => {
    const run = ++latest;
    let value: unknown;
    try {
      value = await modelResult(source, words, name, scenario);
    } catch (error) {
      value = failure(error);
    }
    if (run === latest) stream.setResult(value);
  };
  const stop = source.onChange(() => void compute());
  stream.onCanceled = () => {
    latest = Number.POSITIVE_INFINITY;
    stop();
  };
  void compute();
}
