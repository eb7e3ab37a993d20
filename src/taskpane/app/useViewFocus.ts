import { useCallback, useRef } from "react";

/**
 * The frame around the pane's views, and a way to put the focus into it: where
 * the pane itself changes the view (a template or a stored model opened),
 * the focus goes to the view shown instead of falling back to the top of the
 * page, so the next Tab continues in that view.
 *
 * @example
 * const { frame, focusView } = useViewFocus();
 * <div ref={frame} tabIndex={-1} />; focusView();
 */
export function useViewFocus() {
  const frame = useRef<HTMLDivElement>(null);
  const focusView = useCallback(() => {
    // After React has shown the new view; the frame itself is always there, even while the view loads.
    requestAnimationFrame(() => frame.current?.focus());
  }, []);
  return { frame, focusView };
}
