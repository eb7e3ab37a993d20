import {
  Button,
  makeStyles,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useOverflowMenu,
} from "@fluentui/react-components";
import { forwardRef, lazy, Suspense, useEffect, useState } from "react";
import type { Strings } from "../strings";

/** The pane's views, one tab each. */
export type View = "start" | "parties" | "lines" | "scenarios" | "model" | "result";

const VIEWS: readonly View[] = ["start", "parties", "lines", "scenarios", "model", "result"];

// Only a narrow pane needs the menu: Fluent's Menu is a chunk of its own.
const TabMenu = lazy(() =>
  import(/* webpackChunkName: "tab-menu" */ "./TabMenu").then((m) => ({ default: m.TabMenu })),
);

const useStyles = makeStyles({
  // One line that never wraps: what does not fit goes into the menu at its end.
  tabs: { minWidth: 0, overflow: "hidden" },
  more: { minWidth: 0, flexShrink: 0 },
});

/** Each view with its tab's label. */
function tabs(words: Strings): readonly (readonly [View, string])[] {
  const labels: Record<View, string> = {
    start: words.start,
    parties: words.partiesTab,
    lines: words.linesTab,
    scenarios: words.scenarios,
    model: words.model,
    result: words.result,
  };
  return VIEWS.map((v) => [v, labels[v]] as const);
}

interface PaneTabsProps {
  readonly words: Strings;
  readonly view: View;
  readonly onView: (view: View) => void;
}

/** The tabs between the pane's views; in a narrow pane, those that do not fit are in a menu after the rest. */
export function PaneTabs({ words, view, onView }: PaneTabsProps) {
  const styles = useStyles();
  return (
    // Room kept for what the tabs' measured widths leave out: the tab list's gaps (6 px between tabs, which
    // Overflow does not count) and rounding. 32 px let Mer run up to 18 px past the pane's edge at 420 px;
    // 50 is the least with which none overruns at 320 and 420 px (polish.e2e.ts) and 420 px still shows four tabs.
    <Overflow minimumVisible={2} padding={50}>
      <TabList
        className={styles.tabs}
        // Inline, over the pane's rule that wraps every other tab list.
        style={{ flexWrap: "nowrap" }}
        size="small"
        selectedValue={view}
        onTabSelect={(_, data) => onView(data.value as View)}
      >
        {tabs(words).map(([v, label]) => (
          // The chosen view's tab stays in sight: it is the last to go into the menu.
          <OverflowItem key={v} id={v} priority={v === view ? 2 : 1}>
            <Tab value={v}>{label}</Tab>
          </OverflowItem>
        ))}
        <MoreTabs words={words} onView={onView} className={styles.more} />
      </TabList>
    </Overflow>
  );
}

interface MoreTabsProps {
  readonly words: Strings;
  readonly onView: (view: View) => void;
  readonly className: string;
}

/**
 * True from just after the pane's first paint. The tabs are measured (and found not to fit)
 * between the first render and its paint, and that re-render runs this component's pending
 * effects at once: so the effect waits for the next frame, and a task after it, for the paint.
 * Asking for the menu's chunk only then keeps its fetch, and running it, out of the first paint.
 */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (task = setTimeout(() => setPainted(true))));
    return () => (cancelAnimationFrame(frame), clearTimeout(task));
  }, []);
  return painted;
}

/** "Mer", opening the menu of the tabs that do not fit; nothing while every tab does. */
function MoreTabs({ words, onView, className }: MoreTabsProps) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  const painted = usePainted();
  if (!isOverflowing) return null;
  const button = (
    <MoreButton ref={ref} className={className} label={words.moreTabs(overflowCount)} text={words.more} />
  );
  if (!painted) return button;
  return (
    <Suspense fallback={button}>
      <TabMenu tabs={tabs(words)} onView={onView} trigger={button} />
    </Suspense>
  );
}

/** The button itself: a tab of the tab list, as the tab list's children must be, that opens the menu. */
const MoreButton = forwardRef<HTMLButtonElement, { className: string; label: string; text: string }>(
  function MoreButton({ className, label, text, ...trigger }, ref) {
    return (
      <Button
        ref={ref}
        role="tab"
        appearance="transparent"
        className={className}
        aria-label={label}
        {...trigger}
      >
        {text}
      </Button>
    );
  },
);
