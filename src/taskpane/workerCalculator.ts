import type { RefusalData } from "../contracts/refusal";
import type { Calculator } from "./calculator";

type Reply = { id: number; value?: unknown; error?: { refusal?: RefusalData; message?: string } };

/**
 * A refusal the worker sent, as the ModelError it was. The engine's error
 * class and its message tables load with the first refusal, not at first paint.
 */
async function rebuilt(data: RefusalData): Promise<Error> {
  const { ModelError } = await import(/* webpackChunkName: "refusal" */ "../engine/model/ModelError");
  return ModelError.from(data);
}

/**
 * The calculator in a Web Worker: the engine runs off the pane's thread, and
 * a refused model comes back as the same ModelError, path and all.
 *
 * @example
 * const calculator = workerCalculator();
 */
export function workerCalculator(): Calculator {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  let worker: Worker | undefined;
  // Started at the first run, not at first paint: the engine is not needed to show the pane.
  const start = () => {
    if (worker !== undefined) return worker;
    worker = new Worker(new URL("./calculator.worker.ts", import.meta.url));
    worker.onmessage = receive;
    return worker;
  };
  const receive = (event: MessageEvent<Reply>) => {
    const { id, value, error } = event.data;
    const waiting = pending.get(id);
    pending.delete(id);
    if (error === undefined) waiting?.resolve(value);
    else if (error.refusal === undefined) waiting?.reject(new Error(error.message));
    else void rebuilt(error.refusal).then((refusal) => waiting?.reject(refusal));
  };
  const call = <T>(method: keyof Calculator, args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      start().postMessage({ id, method, args });
    });
  return {
    calculate: (text, language, options) => call("calculate", [text, language, options]),
    explain: (scenario, party, language) => call("explain", [scenario, party, language]),
    compare: (a, b) => call("compare", [a, b]),
    exportArchive: (scenario, language) => call("exportArchive", [scenario, language]),
  };
}
