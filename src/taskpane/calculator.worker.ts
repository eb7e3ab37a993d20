import { ModelError } from "../engine/model/ModelError";
import { inlineCalculator, type Calculator } from "./calculator";

/** The Web Worker's side: runs the engine off the pane's thread, so the pane never freezes while it computes. */
const calculator = inlineCalculator();
const scope = self as unknown as {
  onmessage: (event: MessageEvent) => void;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, method, args } = event.data as { id: number; method: keyof Calculator; args: unknown[] };
  const call = calculator[method] as (...a: unknown[]) => Promise<unknown>;
  call(...args).then(
    (value) => scope.postMessage({ id, value }),
    (error: unknown) =>
      scope.postMessage({
        id,
        error:
          error instanceof ModelError
            ? { refusal: error.toData() }
            : { message: error instanceof Error ? error.message : String(error) },
      }),
  );
};
