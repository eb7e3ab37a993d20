import { Tab, TabList } from "@fluentui/react-components";
import type { Strings } from "../strings";
import { useAppStyles } from "./useAppStyles";

/** The pane's views, one tab each. */
export type View = "start" | "parties" | "lines" | "scenarios" | "model" | "result";

interface PaneTabsProps {
  readonly words: Strings;
  readonly view: View;
  readonly onView: (view: View) => void;
}

/** The tabs between the pane's views. */
export function PaneTabs({ words, view, onView }: PaneTabsProps) {
  const styles = useAppStyles();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      selectedValue={view}
      onTabSelect={(_, data) => onView(data.value as View)}
    >
      <Tab value="start">{words.start}</Tab>
      <Tab value="parties">{words.partiesTab}</Tab>
      <Tab value="lines">{words.linesTab}</Tab>
      <Tab value="scenarios">{words.scenarios}</Tab>
      <Tab value="model">{words.model}</Tab>
      <Tab value="result">{words.result}</Tab>
    </TabList>
  );
}
