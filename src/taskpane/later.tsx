import { createElement, lazy, Suspense, type ComponentProps, type ComponentType } from "react";
import type * as Parts from "./laterParts";

type PartName = keyof typeof Parts;

let loaded: typeof Parts | undefined;
const load = async () => (loaded ??= await import(/* webpackChunkName: "later" */ "./laterParts"));

/**
 * The model's lossless JSON codec (with the engine's refusals it can raise):
 * not needed to show Start, fetched at the warm-up or at the first template
 * opened, whichever comes first.
 *
 * @example
 * const { stringifyModel } = await loadModelJson();
 */
export const loadModelJson = () => import(/* webpackChunkName: "model-json" */ "../engine/json/modelJson");

/**
 * Fetches what the first view does not show; the pane calls it just after
 * its first paint, so that a notice, a field or an opened template shows at
 * once when its time comes, with no empty frame.
 *
 * @example
 * root.render(<App … />);
 * void warmLaterParts();
 */
export async function warmLaterParts(): Promise<void> {
  await Promise.all([load(), loadModelJson()]);
}

/**
 * A Fluent part from the later chunk, used as the part itself: drawn at
 * once when the chunk is there (after the warm-up), else after a moment
 * with nothing in its place.
 */
function later<K extends PartName>(name: K): ComponentType<ComponentProps<(typeof Parts)[K]>> {
  type Props = ComponentProps<(typeof Parts)[K]>;
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType<Props> }));
  function Later(props: Props) {
    const part = loaded?.[name] as ComponentType<Props> | undefined;
    if (part !== undefined) return createElement(part, props);
    return <Suspense fallback={null}>{createElement(Lazy, props)}</Suspense>;
  }
  Later.displayName = `Later(${name})`;
  return Later;
}

export const Input = later("Input");
export const MessageBar = later("MessageBar");
export const MessageBarActions = later("MessageBarActions");
export const MessageBarBody = later("MessageBarBody");
export const MessageBarTitle = later("MessageBarTitle");
export const Switch = later("Switch");
export const ProgressBar = later("ProgressBar");
